/** Quotation marks, as code units. */
export const STRAIGHT = 0x22; // "
export const GUILLEMET_OPEN = 0xab; // «
export const GUILLEMET_CLOSE = 0xbb; // »
export const CURLY_OPEN = 0x201c; // “
export const CURLY_CLOSE = 0x201d; // ”

/** Any of those marks. */
export const QUOTE_MARK = /["«»“”]/u;

/** Quotation marks counted over a stretch of text, fed piece by piece (each unit read once). */
export class QuoteCount {
  private guillemets = 0;
  private curly = 0;
  private straight = 0;

  /** Count the marks in `input[from, to)`. */
  feed(input: string, from: number, to: number): this {
    for (let i = from; i < to; i++) {
      const unit = input.charCodeAt(i);
      if (unit === STRAIGHT) this.straight++;
      else if (unit === GUILLEMET_OPEN) this.guillemets++;
      else if (unit === GUILLEMET_CLOSE) this.guillemets--;
      else if (unit === CURLY_OPEN) this.curly++;
      else if (unit === CURLY_CLOSE) this.curly--;
    }
    return this;
  }

  /**
   * Whether a quotation is open after what was fed: more `«` than `»`, more `“` than `”`, or an
   * odd number of straight quotes (unless `straightClosed`: the last straight quote is known to
   * close one).
   */
  open(straightClosed = false): boolean {
    return this.guillemets > 0 || this.curly > 0 || (!straightClosed && this.straight % 2 === 1);
  }
}

/** Whether a quotation opened in `input[from, at)` is still open at `at` (see `QuoteCount`). */
export function quoteOpenAt(
  input: string,
  from: number,
  at: number,
  straightClosed = false,
): boolean {
  return new QuoteCount().feed(input, from, at).open(straightClosed);
}
