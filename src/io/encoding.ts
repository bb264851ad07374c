import { isUtf8 } from "node:buffer";
import sniffHtmlEncoding from "html-encoding-sniffer";
import { compressedError } from "./compressed.js";
import { type DecodeOptions, decodeAs } from "./decode.js";
import { misdeclaredCharsetError } from "./misdeclared-charset.js";
import { utf16WithoutBomError } from "./utf16-guess.js";

/** The hint for input that is neither UTF-8 nor valid in the encoding it declares. */
export const CONVERT_HINT =
  "Convert it to UTF-8 (e.g. `iconv -f windows-1256 -t utf-8 FILE` for a file saved by Arabic " +
  "Windows), or give a page that declares its charset in a <meta> tag.";

/** What the sniffer answers when a page declares no charset (never an encoding's name). */
const UNDECLARED = "undeclared";

/** `<meta` in any case, read in a single-byte decoding where each byte is one unit. */
const META_TAG = /<meta[\s/]/gi;

/**
 * What a parser reads as no tags: comments, and the text of scripts and styles (a `<meta` in a
 * script's string, `var s = "<meta charset=…>"`, declares nothing).
 */
const NOT_MARKUP = /<!--[\s\S]*?(?:-->|$)|<(script|style)\b[\s\S]*?(?:<\/\1\s*>|$)/gi;

/**
 * The charset a page declares in a `<meta>` tag that the prescan did not read: one past its first
 * 1024 bytes (after a long inline script) or running across that bound. The HTML standard's
 * prescan reads 1024 bytes only, but a browser still honours a later declaration: it re-reads the
 * page in that charset when its parser meets the tag. Each `<meta` outside comments, scripts and
 * styles is handed to the sniffer's own prescan, first to last, and the first one that declares a
 * charset gives it; null when none does.
 */
function lateMetaCharset(bytes: Uint8Array): string | null {
  // Comments, scripts and styles blanked to the same length: offsets stay those of the bytes,
  // and the sniffer, which reads 1024 bytes on from a tag, finds no declaration in them either.
  const markup = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
    .toString("latin1")
    .replace(NOT_MARKUP, (skipped) => " ".repeat(skipped.length));
  const blanked = Buffer.from(markup, "latin1");
  for (const match of markup.matchAll(META_TAG)) {
    const declared = sniffHtmlEncoding(blanked.subarray(match.index), {
      defaultEncoding: UNDECLARED,
    });
    if (declared !== UNDECLARED) return declared.toLowerCase();
  }
  return null;
}

/**
 * Decode an article file (plain text or an HTML page): a byte-order mark says UTF-8, UTF-16LE
 * or UTF-16BE; else valid UTF-8 is UTF-8 (even under a stale `<meta charset>`, which would make
 * it mojibake); else a page is read in the encoding it declares with `<meta charset>` or
 * `<meta http-equiv="Content-Type">` in its first 1024 bytes (the HTML standard's prescan),
 * e.g. windows-1256 or ISO-8859-6, or failing that in a later `<meta>`. The encoding of
 * undeclared text is never guessed: it is NOT_TEXT with a hint to convert it, named as UTF-16
 * when it looks like UTF-16 without a BOM; so is a page declared in a charset with no Arabic
 * letters whose bytes read as Arabic in an Arabic encoding (`misdeclaredCharsetError`).
 * BOM and binary data as in `decodeText`; compressed data (gzip, …) is NOT_TEXT that says so.
 */
export function decodeInput(
  bytes: Uint8Array,
  name = "the input",
  options: DecodeOptions = {},
): string {
  const compressed = compressedError(bytes, name);
  if (compressed !== null) throw compressed;
  // An encoding's name, lowercased (`utf-8`, `utf-16le`, `windows-1256`).
  const sniffed = sniffHtmlEncoding(bytes, { defaultEncoding: UNDECLARED }).toLowerCase();
  // Only a byte-order mark gives UTF-16: the prescan reads a declared UTF-16 as UTF-8.
  const utf16 = sniffed === "utf-16le" || sniffed === "utf-16be";
  let encoding = "utf-8";
  if (utf16) encoding = sniffed;
  else if (!isUtf8(bytes)) {
    encoding = sniffed !== UNDECLARED ? sniffed : (lateMetaCharset(bytes) ?? "utf-8");
  }
  if (!utf16) {
    const error = utf16WithoutBomError(bytes, name);
    if (error !== null) throw error;
  }
  const text = decodeAs(bytes, encoding, name, { ...options, hint: CONVERT_HINT });
  if (!utf16 && encoding !== "utf-8") {
    const misdeclared = misdeclaredCharsetError(bytes, encoding, text, name);
    if (misdeclared !== null) throw misdeclared;
  }
  return text;
}
