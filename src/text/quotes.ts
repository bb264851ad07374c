const STRAIGHT = 0x22; // "
const GUILLEMET_OPEN = 0xab; // «
const GUILLEMET_CLOSE = 0xbb; // »
const CURLY_OPEN = 0x201c; // “
const CURLY_CLOSE = 0x201d; // ”

/**
 * Whether a quotation opened in `input[from, at)` is still open at `at`: more `«` than `»`, more
 * `“` than `”`, or an odd number of straight quotes. `straightClosed`: a straight quote right
 * before `at` is known to close one, whatever the count. One pass over the code units.
 */
export function quoteOpenAt(
  input: string,
  from: number,
  at: number,
  straightClosed = false,
): boolean {
  let guillemets = 0;
  let curly = 0;
  let straight = 0;
  for (let i = from; i < at; i++) {
    const unit = input.charCodeAt(i);
    if (unit === STRAIGHT) straight++;
    else if (unit === GUILLEMET_OPEN) guillemets++;
    else if (unit === GUILLEMET_CLOSE) guillemets--;
    else if (unit === CURLY_OPEN) curly++;
    else if (unit === CURLY_CLOSE) curly--;
  }
  return guillemets > 0 || curly > 0 || (!straightClosed && straight % 2 === 1);
}
