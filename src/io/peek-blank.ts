import { Readable } from "node:stream";

/** Bytes that a blank input may hold: white space, and the UTF-8 byte-order mark. */
const BLANK = new Set([0x20, 0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0xef, 0xbb, 0xbf]);

const NEWLINE = 0x0a;

/**
 * Most bytes read past the first byte of content, when no line ends sooner: enough for a check
 * of what the input is (binary data, UTF-16 without its mark) to judge by.
 */
export const HEAD_BYTES = 4096;

/**
 * Read `source` until a byte that is not white space (or a UTF-8 byte-order mark) comes, or to
 * its end: `blank` says which. Past that byte it goes on to the end of that line of content, or
 * `HEAD_BYTES` more, or the end, so that `head` (every byte read) holds enough to judge the input
 * by however the source is cut into chunks, and a slow source (`tail -f`) is not waited on for
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
  while (blank || (!lineEnded && content < HEAD_BYTES)) {
    const next = await chunks.next();
    if (next.done) {
      done = true;
      break;
    }
    const chunk = next.value as Buffer | string;
    const bytes = typeof chunk === "string" ? Buffer.from(chunk) : chunk;
    read.push(bytes);
    const first = blank ? bytes.findIndex((b) => !BLANK.has(b)) : 0;
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
