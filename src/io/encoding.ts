import { isUtf8 } from "node:buffer";
import sniffHtmlEncoding from "html-encoding-sniffer";
import { type DecodeOptions, decodeAs } from "./decode.js";
import { utf16WithoutBomError } from "./utf16-guess.js";

/** The hint for input that is neither UTF-8 nor valid in the encoding it declares. */
export const CONVERT_HINT =
  "Convert it to UTF-8 (e.g. `iconv -f windows-1256 -t utf-8 FILE` for a file saved by Arabic " +
  "Windows), or give a page that declares its charset in a <meta> tag.";

/**
 * Decode an article file (plain text or an HTML page): a byte-order mark says UTF-8, UTF-16LE
 * or UTF-16BE; else valid UTF-8 is UTF-8 (even under a stale `<meta charset>`, which would make
 * it mojibake); else a page is read in the encoding it declares with `<meta charset>` or
 * `<meta http-equiv="Content-Type">` in its first 1024 bytes (the HTML standard's prescan),
 * e.g. windows-1256 or ISO-8859-6. The encoding of undeclared text is never guessed: it is
 * NOT_TEXT with a hint to convert it, named as UTF-16 when it looks like UTF-16 without a BOM.
 * BOM and binary data as in `decodeText`.
 */
export function decodeInput(
  bytes: Uint8Array,
  name = "the input",
  options: DecodeOptions = {},
): string {
  // An encoding's name, lowercased (`utf-8`, `utf-16le`, `windows-1256`).
  const sniffed = sniffHtmlEncoding(bytes, { defaultEncoding: "utf-8" }).toLowerCase();
  // Only a byte-order mark gives UTF-16: the prescan reads a declared UTF-16 as UTF-8.
  const utf16 = sniffed === "utf-16le" || sniffed === "utf-16be";
  const encoding = utf16 || !isUtf8(bytes) ? sniffed : "utf-8";
  if (!utf16) {
    const error = utf16WithoutBomError(bytes, name);
    if (error !== null) throw error;
  }
  return decodeAs(bytes, encoding, name, { ...options, hint: CONVERT_HINT });
}
