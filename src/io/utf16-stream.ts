/** The UTF-16 encoding whose byte-order mark opens `bytes`, or null (UTF-8 never opens so). */
export function utf16Bom(bytes: Uint8Array): "utf-16le" | "utf-16be" | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return "utf-16le";
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return "utf-16be";
  return null;
}

/** The encoding a byte stream turned out to be in (`asUtf8`). */
export interface SourceEncoding {
  /** `utf-8` until a UTF-16 byte-order mark is seen. */
  encoding: "utf-8" | "utf-16le" | "utf-16be";
}

/**
 * What stands for a UTF-16 unit that is not text (an unpaired surrogate, an odd byte at the end):
 * 0xFF, a byte that no UTF-8 holds. The line it is in fails as not valid text; the others are read.
 */
const NOT_UTF8 = Buffer.from([0xff]);

/** An unpaired surrogate: a `u` regular expression reads a paired one as one code point. */
const LONE_SURROGATE = /[\uD800-\uDFFF]/u;

const EMPTY = Buffer.alloc(0);

/**
 * The bytes of `stream` as UTF-8. A stream that opens with a UTF-16 byte-order mark (neither
 * `FF FE` nor `FE FF` can open UTF-8) is decoded from UTF-16LE or UTF-16BE chunk by chunk, its
 * mark dropped, and re-encoded, and `source.encoding` says so; any other stream passes through
 * untouched. A unit of broken UTF-16 becomes a byte that is not UTF-8 (`NOT_UTF8`), so only
 * its line fails, as a stray byte in a UTF-8 stream does.
 */
export async function* asUtf8(
  stream: AsyncIterable<unknown>,
  source: SourceEncoding = { encoding: "utf-8" },
): AsyncGenerator<Buffer> {
  let head: Buffer | null = EMPTY;
  let utf16: Utf16ToUtf8 | null = null;
  for await (const chunk of stream) {
    let bytes = typeof chunk === "string" ? Buffer.from(chunk) : (chunk as Buffer);
    if (head !== null) {
      // The mark is two bytes: wait for them, however the stream was cut into chunks.
      head = Buffer.concat([head, bytes]);
      if (head.length < 2) continue;
      bytes = head;
      head = null;
      const bom = utf16Bom(bytes);
      if (bom !== null) {
        source.encoding = bom;
        utf16 = new Utf16ToUtf8(bom === "utf-16be");
        bytes = bytes.subarray(2);
      }
    }
    if (utf16 === null) yield bytes;
    else yield utf16.push(bytes);
  }
  if (head !== null && head.length > 0) yield head;
  if (utf16 !== null) {
    const rest = utf16.end();
    if (rest.length > 0) yield rest;
  }
}

/**
 * UTF-16 chunks re-encoded as UTF-8. A chunk may end inside a unit or between the two halves of a
 * surrogate pair: that part waits for the next chunk.
 */
class Utf16ToUtf8 {
  private carry: Buffer = EMPTY;

  constructor(private readonly bigEndian: boolean) {}

  push(chunk: Buffer): Buffer {
    const bytes = this.carry.length > 0 ? Buffer.concat([this.carry, chunk]) : chunk;
    let whole = bytes.length - (bytes.length % 2);
    // A high surrogate at the end waits for its low half.
    if (whole >= 2 && isHighSurrogate(this.unitAt(bytes, whole - 2))) whole -= 2;
    this.carry = Buffer.from(bytes.subarray(whole));
    return this.encode(bytes.subarray(0, whole));
  }

  /** What is left at the end of the stream: an unpaired high surrogate, an odd byte. */
  end(): Buffer {
    const rest = this.carry;
    this.carry = EMPTY;
    if (rest.length === 0) return EMPTY;
    const whole = rest.length - (rest.length % 2);
    const text = this.encode(rest.subarray(0, whole));
    return whole < rest.length ? Buffer.concat([text, NOT_UTF8]) : text;
  }

  private unitAt(bytes: Buffer, at: number): number {
    return this.bigEndian ? bytes.readUInt16BE(at) : bytes.readUInt16LE(at);
  }

  /** Whole units as UTF-8 (Buffer's `utf16le` keeps an unpaired surrogate as it is). */
  private encode(units: Buffer): Buffer {
    if (units.length === 0) return EMPTY;
    const le = this.bigEndian ? Buffer.from(units).swap16() : units;
    const text = le.toString("utf16le");
    if (!LONE_SURROGATE.test(text)) return Buffer.from(text, "utf8");
    const parts: Buffer[] = [];
    for (const [i, piece] of text.split(LONE_SURROGATE).entries()) {
      if (i > 0) parts.push(NOT_UTF8);
      parts.push(Buffer.from(piece, "utf8"));
    }
    return Buffer.concat(parts);
  }
}

function isHighSurrogate(unit: number): boolean {
  return unit >= 0xd800 && unit <= 0xdbff;
}
