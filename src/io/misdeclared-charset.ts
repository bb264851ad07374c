import { arabicLetterShare } from "../analysis/check.js";
import { createError, type KhulasaError } from "../errors.js";
import { ARABIC, LETTER, unitClass } from "../text/chars.js";

/** The legacy encodings of Arabic text, in the order a page's bytes are tried in them. */
const ARABIC_ENCODINGS = ["iso-8859-6", "windows-1256"] as const;

/** Fewest Arabic letters that make a page's bytes read as Arabic text. */
const MIN_ARABIC_LETTERS = 20;

/** Least share of Arabic letters among the characters beyond ASCII in that reading. */
const MIN_ARABIC_SHARE = 0.6;

/** Whether the UTF-16 unit `unit` is an Arabic letter (all are in the BMP). */
function isArabicLetter(unit: number): boolean {
  return (unitClass(unit) & (ARABIC | LETTER)) === (ARABIC | LETTER);
}

/**
 * How many of `text`'s units beyond ASCII are Arabic letters, and how many there are (a
 * single-byte decoding gives no surrogates).
 */
function arabicLetters(text: string): { arabic: number; beyondAscii: number } {
  let arabic = 0;
  let beyondAscii = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit < 0x80) continue;
    beyondAscii++;
    if (isArabicLetter(unit)) arabic++;
  }
  return { arabic, beyondAscii };
}

/** Whether `text` has Arabic letters enough, and mostly such beyond ASCII, to be Arabic text. */
function readsAsArabic(text: string): boolean {
  const { arabic, beyondAscii } = arabicLetters(text);
  return arabic >= MIN_ARABIC_LETTERS && arabic >= MIN_ARABIC_SHARE * beyondAscii;
}

/**
 * NOT_TEXT for a page that declares a charset with no Arabic letters (`latin1`, `iso-8859-1`,
 * `windows-1252`: a server's or an editor's default) while its bytes are Arabic in an Arabic
 * legacy encoding: read as declared, it has no Arabic letter and was NOT_ARABIC, "found no
 * Arabic letters", of an Arabic article. The encoding is named, not used: a page is read in the
 * charset it declares, and the hint says how to convert it. `text` is the page read as
 * `declared`; null when it holds Arabic letters or the bytes read as Arabic in neither
 * ISO-8859-6 (tried first: its bytes are all defined in windows-1256 too, as other letters) nor
 * windows-1256.
 */
export function misdeclaredCharsetError(
  bytes: Uint8Array,
  declared: string,
  text: string,
  name: string,
): KhulasaError | null {
  if (arabicLetterShare(text) > 0) return null;
  for (const encoding of ARABIC_ENCODINGS) {
    let arabic: string;
    try {
      arabic = new TextDecoder(encoding, { fatal: true }).decode(bytes);
    } catch {
      continue;
    }
    if (!readsAsArabic(arabic)) continue;
    return createError(
      "NOT_TEXT",
      `${name} declares the charset ${declared}, which has no Arabic letters, but its text reads as Arabic in ${encoding}`,
      `Convert it to UTF-8 (\`iconv -f ${encoding} -t utf-8 FILE\`): its <meta> names the wrong charset.`,
    );
  }
  return null;
}
