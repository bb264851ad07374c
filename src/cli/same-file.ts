import { fstat, type Stats } from "node:fs";
import { stat } from "node:fs/promises";
import { promisify } from "node:util";
import { STDIN } from "../io/read-input.js";

const fstatAsync = promisify(fstat);

/** The file behind `path` (links followed), or behind stdin for `-`; null when there is none. */
async function fileBehind(path: string): Promise<Stats | null> {
  try {
    return path === STDIN ? await fstatAsync(0) : await stat(path);
  } catch {
    return null;
  }
}

/**
 * True when writing `output` would overwrite the regular file read as `input` (a path, or `-`
 * for stdin redirected from a file): the same file by device and inode, so that another
 * spelling of the path, a symbolic link or a hard link to it is caught too.
 */
export async function isSameFile(output: string, input: string): Promise<boolean> {
  const [out, src] = await Promise.all([fileBehind(output), fileBehind(input)]);
  if (out === null || src === null) return false;
  return src.isFile() && out.dev === src.dev && out.ino === src.ino;
}
