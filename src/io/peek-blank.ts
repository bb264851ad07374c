import { Readable } from "node:stream";

/** Bytes that a blank input may hold: white space, and the UTF-8 byte-order mark. */
const BLANK = new Set([0x20, 0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0xef, 0xbb, 0xbf]);

/**
 * Read `source` until a byte that is not white space (or a UTF-8 byte-order mark) comes, or to
 * its end: `blank` says which, and `head` holds the bytes read so far (the first chunk with
 * content). `stream` gives every byte of `source` from the start again, the ones read here
 * included. Lets a command refuse an input with nothing in it before it opens
 * (and truncates) its output file.
 */
export async function peekBlank(
  source: Readable,
): Promise<{ blank: boolean; head: Buffer; stream: Readable }> {
  const chunks = source[Symbol.asyncIterator]();
  const read: Buffer[] = [];
  let blank = true;
  let done = false;
  while (blank) {
    const next = await chunks.next();
    if (next.done) {
      done = true;
      break;
    }
    const chunk = next.value as Buffer | string;
    const bytes = typeof chunk === "string" ? Buffer.from(chunk) : chunk;
    read.push(bytes);
    blank = bytes.every((b) => BLANK.has(b));
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
