import { TextDecoder } from "node:util";
import { createError } from "../errors.js";

/** The UTF-16 encoding whose byte-order mark opens `bytes`, or null (UTF-8 never opens so). */
export function utf16Bom(bytes: Uint8Array): "utf-16le" | "utf-16be" | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return "utf-16le";
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return "utf-16be";
  return null;
}

/**
 * The bytes of `stream` as UTF-8. A stream that opens with a UTF-16 byte-order mark (neither
 * `FF FE` nor `FE FF` can open UTF-8) is decoded from UTF-16LE or UTF-16BE chunk by chunk, its
 * mark dropped, and re-encoded; any other stream passes through untouched. A stream whose
 * UTF-16 is broken (an unpaired surrogate, an odd byte at its end) is NOT_TEXT.
 */
export async function* asUtf8(stream: AsyncIterable<unknown>): AsyncGenerator<Buffer> {
  let head: Buffer | null = Buffer.alloc(0);
  let decoder: TextDecoder | null = null;
  for await (const chunk of stream) {
    let bytes = typeof chunk === "string" ? Buffer.from(chunk) : (chunk as Buffer);
    if (head !== null) {
      // The mark is two bytes: wait for them, however the stream was cut into chunks.
      head = Buffer.concat([head, bytes]);
      if (head.length < 2) continue;
      bytes = head;
      head = null;
      const bom = utf16Bom(bytes);
      if (bom !== null) decoder = utf16Decoder(bom);
    }
    if (decoder === null) yield bytes;
    else yield Buffer.from(decode(decoder, bytes), "utf8");
  }
  if (head !== null && head.length > 0) yield head;
  if (decoder !== null) {
    const rest = decode(decoder);
    if (rest !== "") yield Buffer.from(rest, "utf8");
  }
}

function utf16Decoder(encoding: "utf-16le" | "utf-16be"): TextDecoder {
  return new TextDecoder(encoding, { fatal: true });
}

/** Decode the next chunk (or, with none, flush what is left) of a UTF-16 stream. */
function decode(decoder: TextDecoder, bytes?: Uint8Array): string {
  try {
    return bytes === undefined ? decoder.decode() : decoder.decode(bytes, { stream: true });
  } catch {
    throw createError(
      "NOT_TEXT",
      `the input opens with a ${decoder.encoding.toUpperCase()} byte-order mark but is not valid ${decoder.encoding.toUpperCase()}`,
    );
  }
}
