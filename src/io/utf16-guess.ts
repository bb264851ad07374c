import { createError, type KhulasaError } from "../errors.js";

/** Share of a text's NUL bytes that must sit on one side of each 2-byte unit. */
const ONE_SIDE = 0.9;
/** Bytes looked at: enough to tell, bounded on a large file. */
const SAMPLE = 4096;

/**
 * `utf-16le` or `utf-16be` when `bytes` look like UTF-16 text saved without a byte-order mark
 * (the NUL bytes, from spaces, digits and Latin letters, sit almost all on one side of each
 * 2-byte unit), else null. Only used to word an error: such text is never decoded by guess.
 */
export function utf16WithoutBom(bytes: Uint8Array): "utf-16le" | "utf-16be" | null {
  const n = Math.min(bytes.length, SAMPLE) & ~1;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i++) {
    if (bytes[i] !== 0) continue;
    if (i % 2 === 0) even++;
    else odd++;
  }
  const nuls = even + odd;
  if (nuls < 4) return null;
  const guess = odd >= nuls * ONE_SIDE ? "utf-16le" : even >= nuls * ONE_SIDE ? "utf-16be" : null;
  // Binary data can put its zeros on one side too: UTF-16 text reads as mostly letters.
  return guess !== null && mostlyLetters(new TextDecoder(guess).decode(bytes.subarray(0, n)))
    ? guess
    : null;
}

/** Whether at least half the characters of `text` that are not white space are letters or marks. */
function mostlyLetters(text: string): boolean {
  const visible = text.replace(/\s+/gu, "");
  const letters = visible.match(/[\p{L}\p{M}]/gu)?.length ?? 0;
  return visible.length > 0 && letters * 2 >= visible.length;
}

/**
 * The NOT_TEXT error for `bytes` (named `name`) when they look like UTF-16 text saved without a
 * byte-order mark (`utf16WithoutBom`), with the `iconv` command that converts them; else null.
 */
export function utf16WithoutBomError(bytes: Uint8Array, name: string): KhulasaError | null {
  const guess = utf16WithoutBom(bytes);
  if (guess === null) return null;
  const label = guess === "utf-16le" ? "UTF-16LE" : "UTF-16BE";
  return createError(
    "NOT_TEXT",
    `${name} looks like ${label} text without a byte-order mark`,
    `Convert it to UTF-8 (e.g. \`iconv -f ${label} -t UTF-8 FILE\`), or save it with a byte-order mark.`,
  );
}
