/** One training document: a feature row per sentence and a soft label per sentence. */
export interface TrainingDoc {
  rows: Float64Array[];
  labels: Float64Array;
  /** Sentences that selection may pick (others are left out of the softmax). */
  eligible: boolean[];
}

/** Fitting settings: softmax temperature of the labels, L2 strength, learning rate, epochs. */
export interface ListNetOptions {
  temperature: number;
  l2: number;
  learningRate: number;
  epochs: number;
}

export const DEFAULT_LISTNET: Readonly<ListNetOptions> = Object.freeze({
  temperature: 0.05,
  l2: 1e-3,
  learningRate: 0.05,
  epochs: 2000,
});

/** Column means and standard deviations of every row of every document. */
export function standardization(
  docs: readonly TrainingDoc[],
  dims: number,
): { mean: number[]; std: number[] } {
  const mean = new Array<number>(dims).fill(0);
  const sq = new Array<number>(dims).fill(0);
  let n = 0;
  for (const d of docs) {
    for (const row of d.rows) {
      n++;
      for (let f = 0; f < dims; f++) {
        const x = row[f] as number;
        mean[f] = (mean[f] as number) + x;
        sq[f] = (sq[f] as number) + x * x;
      }
    }
  }
  const std = mean.map((s, f) => {
    const m = s / Math.max(n, 1);
    const v = (sq[f] as number) / Math.max(n, 1) - m * m;
    return v > 1e-12 ? Math.sqrt(v) : 1;
  });
  return { mean: mean.map((s) => s / Math.max(n, 1)), std };
}

function softmax(values: Float64Array): Float64Array {
  let max = Number.NEGATIVE_INFINITY;
  for (const v of values) max = Math.max(max, v);
  const out = Float64Array.from(values, (v) => Math.exp(v - max));
  const sum = out.reduce((a, b) => a + b, 0);
  for (let i = 0; i < out.length; i++) out[i] = (out[i] as number) / sum;
  return out;
}

/**
 * ListNet (top-one probability) with a linear scorer: for each document the softmax of the
 * scores is pulled towards the softmax of the labels / temperature. Full-batch gradient descent
 * from zero weights: deterministic. Rows must already be standardized. Returns the weights.
 */
export function fitListNet(
  docs: readonly TrainingDoc[],
  dims: number,
  options: Partial<ListNetOptions> = {},
  onEpoch?: (epoch: number, loss: number) => void,
): number[] {
  const { temperature, l2, learningRate, epochs } = { ...DEFAULT_LISTNET, ...options };
  const w = new Float64Array(dims);
  const usable = docs
    .map((d) => {
      const idx = d.eligible.flatMap((e, i) => (e ? [i] : []));
      return {
        rows: idx.map((i) => d.rows[i] as Float64Array),
        labels: Float64Array.from(idx, (i) => d.labels[i] as number),
      };
    })
    .filter((d) => d.rows.length >= 2);
  const targets = usable.map((d) => softmax(Float64Array.from(d.labels, (l) => l / temperature)));
  for (let epoch = 0; epoch < epochs; epoch++) {
    const grad = new Float64Array(dims);
    let loss = 0;
    usable.forEach((d, k) => {
      const scores = Float64Array.from(d.rows, (row) => {
        let s = 0;
        for (let f = 0; f < dims; f++) s += (w[f] as number) * (row[f] as number);
        return s;
      });
      const p = softmax(scores);
      const q = targets[k] as Float64Array;
      d.rows.forEach((row, i) => {
        const diff = (p[i] as number) - (q[i] as number);
        loss -= (q[i] as number) * Math.log(Math.max(p[i] as number, 1e-12));
        for (let f = 0; f < dims; f++) grad[f] = (grad[f] as number) + diff * (row[f] as number);
      });
    });
    const n = Math.max(usable.length, 1);
    for (let f = 0; f < dims; f++) {
      w[f] = (w[f] as number) - learningRate * ((grad[f] as number) / n + l2 * (w[f] as number));
    }
    onEpoch?.(epoch, loss / n);
  }
  return Array.from(w);
}
