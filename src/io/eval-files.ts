import {
  type GoldItem,
  type PredictionFile,
  parseGold,
  parsePredictions,
} from "../eval/dataset.js";
import { displayName } from "./read-input.js";
import { readTextFile, readTextFileSync } from "./text-file.js";

export type { GoldItem, PredictionFile };

/** The hint for a gold or predictions file that is not UTF-8 (or UTF-16 with its mark). */
export const ENCODING_HINT =
  "Give JSONL in UTF-8 (e.g. `iconv -f windows-1256 -t utf-8 FILE`), as `khulasa batch` writes it.";

/** The records of a gold JSONL file (`-` is standard input); see `parseGold`. */
export function loadGold(path: string): GoldItem[] {
  return parseGold(readTextFileSync(path, ENCODING_HINT), displayName(path));
}

/** The predictions of a JSONL file (`-` is standard input); see `parsePredictions`. */
export function loadPredictions(path: string): PredictionFile {
  return parsePredictions(readTextFileSync(path, ENCODING_HINT), displayName(path));
}

/**
 * `loadGold` and `loadPredictions` for `khulasa eval`, which reads `-` as a stream
 * (`readTextFile`): standard input may be a pipe another process left non-blocking.
 */
export async function readGold(path: string): Promise<GoldItem[]> {
  return parseGold(await readTextFile(path, ENCODING_HINT), displayName(path));
}

/** See `readGold`. */
export async function readPredictions(path: string): Promise<PredictionFile> {
  return parsePredictions(await readTextFile(path, ENCODING_HINT), displayName(path));
}
