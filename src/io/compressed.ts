import { createError, type KhulasaError } from "../errors.js";

/**
 * Compressed formats a file may be saved in (a page fetched without `--compressed`, a corpus
 * shard left packed): the bytes that open it and the command that expands it. None of these
 * openings is text: each holds a byte that no UTF-8 text opens with, or a control byte.
 */
const FORMATS: readonly { name: string; magic: readonly number[]; expand: string }[] = [
  { name: "gzip", magic: [0x1f, 0x8b], expand: "gunzip -c FILE > FILE.txt" },
  { name: "zip", magic: [0x50, 0x4b, 0x03, 0x04], expand: "unzip -p FILE > FILE.txt" },
  { name: "xz", magic: [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00], expand: "xz -dc FILE > FILE.txt" },
  { name: "zstd", magic: [0x28, 0xb5, 0x2f, 0xfd], expand: "zstd -dc FILE > FILE.txt" },
];

/**
 * The NOT_TEXT error for `bytes` (named `name`) when they open as compressed data, with the
 * command that expands them; else null. Without it such a file is "not valid UTF-8", and the
 * hint to convert a charset misleads.
 */
export function compressedError(bytes: Uint8Array, name: string): KhulasaError | null {
  const format = FORMATS.find((f) => f.magic.every((byte, i) => bytes[i] === byte));
  if (format === undefined) return null;
  return createError(
    "NOT_TEXT",
    `${name} is ${format.name}-compressed data, not text`,
    `Expand it first (e.g. \`${format.expand}\`), and give the text.`,
  );
}
