import { Readable } from "node:stream";
import { utf16Bom } from "./utf16-stream.js";

/** Bytes that a blank input may hold: white space, and the UTF-8 byte-order mark. */
const BLANK = new Set([0x20, 0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0xef, 0xbb, 0xbf]);

/** UTF-16 units that a blank input may hold after its byte-order mark: white space, a BOM. */
const BLANK_UNITS = new Set([0x20, 0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0xfeff]);

/**
 * Finds where the content of a stream begins, chunk after chunk. A stream that opens with a
 * UTF-16 byte-order mark is judged by its units (a UTF-16 file of white space only is blank, as
 * the batch reader reads it); any other by its bytes (`BLANK`).
 */
class ContentFinder {
  /** Unknown until the first byte (or the first two, when they may be a UTF-16 mark) is read. */
  private encoding: "utf-8" | "utf-16le" | "utf-16be" | undefined;
  /** A first byte that may open a UTF-16 mark, or a UTF-16 unit's first byte, waiting. */
  private held: number | null = null;

  /** Offset in `bytes` where content begins (0 when it began in the byte held over), or -1. */
  find(bytes: Uint8Array): number {
    for (let i = 0; i < bytes.length; i++) {
      const b = bytes[i] as number;
      if (this.encoding === undefined) {
        if (this.held === null && (b === 0xff || b === 0xfe)) {
          this.held = b;
          continue;
        }
        if (this.held !== null) {
          const bom = utf16Bom(Uint8Array.of(this.held, b));
          this.held = null;
          if (bom === null) return Math.max(0, i - 1); // 0xFF or 0xFE is no UTF-8 white space
          this.encoding = bom;
          continue;
        }
        this.encoding = "utf-8";
      }
      if (this.encoding === "utf-8") {
        if (!BLANK.has(b)) return i;
        continue;
      }
      if (this.held === null) {
        this.held = b;
        continue;
      }
      const unit = this.encoding === "utf-16le" ? this.held | (b << 8) : (this.held << 8) | b;
      this.held = null;
      if (!BLANK_UNITS.has(unit)) return Math.max(0, i - 1);
    }
    return -1;
  }

  /** Whether the stream ended inside a mark or a unit: a byte of content. */
  endsHeld(): boolean {
    return this.held !== null;
  }
}

const NEWLINE = 0x0a;

/**
 * Most bytes read past the first byte of content, when no line ends sooner: enough for a check
 * of what the input is (binary data, UTF-16 without its mark) to judge by.
 */
export const HEAD_BYTES = 4096;

/**
 * Read `source` until a byte that is not white space (or a UTF-8 byte-order mark) comes, or to
 * its end: `blank` says which (after a UTF-16 byte-order mark, units are judged: ContentFinder).
 * Past that byte it goes on to the end of that line of content, or `HEAD_BYTES` more, or the end,
 * so that `head` (every byte read) holds enough to judge the input by however the source is cut
 * into chunks, and a slow source (`tail -f`) is not waited on for
 * more than its first line. `stream` gives every byte of `source` from the start again, the ones
 * read here included. Lets a command refuse an input with nothing in it before it opens (and
 * truncates) its output file.
 */
export async function peekBlank(
  source: Readable,
): Promise<{ blank: boolean; head: Buffer; stream: Readable }> {
  const chunks = source[Symbol.asyncIterator]();
  const read: Buffer[] = [];
  let blank = true;
  let done = false;
  // Bytes read from the first byte of content on, and whether a line ended among them.
  let content = 0;
  let lineEnded = false;
  const finder = new ContentFinder();
  while (blank || (!lineEnded && content < HEAD_BYTES)) {
    const next = await chunks.next();
    if (next.done) {
      done = true;
      if (blank && finder.endsHeld()) blank = false;
      break;
    }
    const chunk = next.value as Buffer | string;
    const bytes = typeof chunk === "string" ? Buffer.from(chunk) : chunk;
    read.push(bytes);
    const first = blank ? finder.find(bytes) : 0;
    if (first === -1) continue;
    blank = false;
    content += bytes.length - first;
    lineEnded = bytes.indexOf(NEWLINE, first) !== -1;
  }
  async function* replay(): AsyncGenerator<Buffer> {
    yield* read;
    if (done) return;
    for (let next = await chunks.next(); !next.done; next = await chunks.next()) {
      const chunk = next.value as Buffer | string;
      yield typeof chunk === "string" ? Buffer.from(chunk) : chunk;
    }
  }
  const head = Buffer.concat(read);
  return { blank: blank && done, head, stream: Readable.from(replay(), { objectMode: false }) };
}
