import { CLOSE, classAt, OPEN } from "../../../text/chars.js";
import { BRACKET_OPENERS } from "../data/punctuation.js";
import { dotInInitials } from "./dots.js";
import { isTerminatorAt } from "./units.js";

/** How far a terminator may sit inside a short quotation or bracket and still not end the sentence. */
export interface QuoteOptions {
  /** The quotation opened at most this many characters before the terminator... */
  before: number;
  /** ...and closes at most this many characters after it, with no terminator in between. */
  after: number;
}

/** `"العندليب والسندريلا.. الحقيقة الغائبة"`, `(!)`, `(...)`, `قال: "نعم. سنذهب".` stay whole. */
export const DEFAULT_QUOTE_OPTIONS: QuoteOptions = { before: 60, after: 40 };

/**
 * Open quotations and brackets while scanning a paragraph: Unicode opening/closing
 * punctuation (Ps/Pi, Pe/Pf) is counted, the ASCII `"` toggles.
 */
export class QuoteTracker {
  private depth = 0;
  private ascii = false;
  /** Where the outermost open quotation or bracket started (-1 when none). */
  openedAt = -1;

  /** Forget everything (at a paragraph break). */
  reset(): void {
    this.depth = 0;
    this.ascii = false;
    this.openedAt = -1;
  }

  /** Whether a quotation or bracket is open. */
  get inside(): boolean {
    return this.depth > 0 || this.ascii;
  }

  /** Whether more than one quotation or bracket is open (`«قرأت "الحرب والسلم`). */
  get nested(): boolean {
    return this.depth + (this.ascii ? 1 : 0) > 1;
  }

  /**
   * Before the terminator at `i`: a straight quote right before it that the count took for an
   * opening one (`…بالعبور". وكشفت …`) closes a quotation instead, since no quotation opens on
   * a full stop. A mark with no partner earlier in the paragraph (`"سياسة الترويع" هذه"`) had
   * turned the count around, and every later sentence end would have been read as inside. A
   * quotation may open on an ellipsis, its elided start (`قال "... ولن نعود"`).
   */
  closeBefore(input: string, i: number): void {
    const ellipsis = input[i] === "\u2026" || (input[i] === "." && input[i + 1] === ".");
    if (
      !ellipsis &&
      this.ascii &&
      this.depth === 0 &&
      this.openedAt === i - 1 &&
      input.charCodeAt(i - 1) === 0x22
    ) {
      this.ascii = false;
      this.openedAt = -1;
    }
  }

  /** Account for the character at `i`. */
  feed(input: string, i: number): void {
    const unit = input.charCodeAt(i);
    if (unit === 0x22) {
      this.toggleAscii(i);
      return;
    }
    if (unit < 0x28) return;
    const flags = classAt(input, i);
    if ((flags & OPEN) !== 0) {
      if (!this.inside) this.openedAt = i;
      this.depth++;
    } else if ((flags & CLOSE) !== 0 && this.depth > 0) {
      this.depth--;
      if (!this.inside) this.openedAt = -1;
    }
  }

  private toggleAscii(i: number): void {
    if (!this.inside) this.openedAt = i;
    this.ascii = !this.ascii;
    if (!this.inside) this.openedAt = -1;
  }

  /**
   * Whether a terminator ending at `k` sits inside a SHORT quotation or bracket that closes
   * soon after, before any other terminator and before `limit` (the paragraph end). In a
   * bracket, the full stop glued between two letter names of dotted initials is no other
   * terminator (`(إم.إي. تي.إل)`: the bracket holds a name, not a sentence).
   */
  closesSoon(input: string, k: number, limit: number, options: QuoteOptions): boolean {
    if (!this.inside || this.openedAt < 0 || k - this.openedAt > options.before) return false;
    let depth = this.depth;
    let ascii = this.ascii;
    const bracket = BRACKET_OPENERS.has(input[this.openedAt] ?? "");
    const stop = Math.min(limit, k + options.after);
    for (let i = k; i < stop; i++) {
      if (isTerminatorAt(input, i) && !(bracket && dotInInitials(input, i))) return false;
      if (input.charCodeAt(i) === 0x22) ascii = !ascii;
      else {
        const flags = classAt(input, i);
        if ((flags & OPEN) !== 0) depth++;
        else if ((flags & CLOSE) !== 0 && depth > 0) depth--;
      }
      if (depth === 0 && !ascii) return true;
    }
    return false;
  }
}
