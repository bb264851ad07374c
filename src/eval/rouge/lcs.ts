/**
 * Longest common subsequences over interned token ids, with typed arrays. `markLcs` reproduces
 * the scorer's table and backtrack exactly (which of several LCSs is picked matters for the
 * ROUGE-Lsum union).
 */

let table = new Int32Array(1024);

/** Length of a longest common subsequence of `a` and `b`. */
export function lcsLength(a: Int32Array, b: Int32Array): number {
  if (a.length === 0 || b.length === 0) return 0;
  const [outer, inner] = a.length >= b.length ? [a, b] : [b, a];
  const cols = inner.length;
  let prev = new Int32Array(cols + 1);
  let cur = new Int32Array(cols + 1);
  for (let i = 0; i < outer.length; i++) {
    const x = outer[i];
    for (let j = 1; j <= cols; j++) {
      if (x === inner[j - 1]) cur[j] = (prev[j - 1] as number) + 1;
      else {
        const up = prev[j] as number;
        const left = cur[j - 1] as number;
        cur[j] = Math.max(up, left);
      }
    }
    const t = prev;
    prev = cur;
    cur = t;
  }
  return prev[cols] as number;
}

/**
 * Sets `marks[i] = 1` for every index `i` of `ref` on the LCS of `ref` and `cand` that the
 * scorer's `lcs_ind` returns (bottom-up table, backtrack from the end preferring a match,
 * then moving left only when the left cell is strictly larger than the upper one).
 */
export function markLcs(ref: Int32Array, cand: Int32Array, marks: Uint8Array): void {
  const rows = ref.length;
  const cols = cand.length;
  if (rows === 0 || cols === 0) return;
  const width = cols + 1;
  const size = (rows + 1) * width;
  if (table.length < size) table = new Int32Array(Math.max(size, table.length * 2));
  const t = table;
  t.fill(0, 0, width);
  for (let i = 1; i <= rows; i++) {
    const row = i * width;
    const up = row - width;
    const x = ref[i - 1];
    t[row] = 0;
    for (let j = 1; j <= cols; j++) {
      if (x === cand[j - 1]) t[row + j] = (t[up + j - 1] as number) + 1;
      else {
        const u = t[up + j] as number;
        const l = t[row + j - 1] as number;
        t[row + j] = Math.max(u, l);
      }
    }
  }
  let i = rows;
  let j = cols;
  while (i > 0 && j > 0) {
    if (ref[i - 1] === cand[j - 1]) {
      marks[i - 1] = 1;
      i--;
      j--;
    } else if ((t[i * width + j - 1] as number) > (t[(i - 1) * width + j] as number)) j--;
    else i--;
  }
}
