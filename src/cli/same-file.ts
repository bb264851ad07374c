import { fstat, type Stats } from "node:fs";
import { stat } from "node:fs/promises";
import { promisify } from "node:util";
import { STDIN } from "../io/read-input.js";

const fstatAsync = promisify(fstat);

/** Stdout, as `isSameFile` takes it: the file behind file descriptor 1. */
export const STDOUT = Symbol("stdout");

/**
 * The file behind `path` (links followed), behind stdin for `-`, or behind stdout for `STDOUT`;
 * null when there is none.
 */
async function fileBehind(path: string | typeof STDOUT): Promise<Stats | null> {
  try {
    if (path === STDOUT) return await fstatAsync(1);
    return path === STDIN ? await fstatAsync(0) : await stat(path);
  } catch {
    return null;
  }
}

/**
 * True when writing `output` (a path, or `STDOUT`) would write into the regular file read as
 * `input` (a path, or `-` for stdin redirected from a file): the same file by device and inode,
 * so that another spelling of the path, a symbolic link or a hard link to it is caught too, and
 * so is stdout appended to the input (`batch in.jsonl >> in.jsonl`), which would read its own
 * output lines without end.
 */
export async function isSameFile(output: string | typeof STDOUT, input: string): Promise<boolean> {
  const [out, src] = await Promise.all([fileBehind(output), fileBehind(input)]);
  if (out === null || src === null) return false;
  return src.isFile() && out.dev === src.dev && out.ino === src.ino;
}
