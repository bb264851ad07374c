import assert from "node:assert/strict";
import { Writable } from "node:stream";
import { test } from "node:test";
import { OrderedOutput } from "../../src/batch/ordered-output.js";

test("a slow output with a worker's pipe on it already is waited for without a listener-leak warning", async () => {
  // Nine workers' stdout pipes each listen for 'error' on the parent's stdout; the output is
  // slow (a full pipe), so every write waits for 'drain'.
  const written: string[] = [];
  const out = new Writable({
    highWaterMark: 1,
    write(chunk: Buffer, _encoding, done) {
      written.push(chunk.toString());
      setTimeout(done, 1);
    },
  });
  for (let i = 0; i < 9; i++) out.on("error", () => {});
  const warnings: Error[] = [];
  const warn = (warning: Error) => warnings.push(warning);
  process.on("warning", warn);
  try {
    const ordered = new OrderedOutput(
      out,
      { records: 4, units: Number.POSITIVE_INFINITY },
      () => {},
    );
    for (let i = 0; i < 20; i++) {
      await ordered.push(Promise.resolve({ failed: false, json: `{"id":${i}}` }));
    }
    await ordered.flush();
    // Warnings are emitted on the next tick.
    await new Promise((resolve) => setImmediate(resolve));
  } finally {
    process.off("warning", warn);
  }
  assert.deepEqual(
    warnings.map((w) => w.name),
    [],
    warnings.map((w) => w.message).join("\n"),
  );
  assert.equal(written.length, 20);
  assert.equal(written[19], '{"id":19}\n');
});

/** An output that takes each line and says it is done only when `release` is called. */
function heldOutput(): { out: Writable; lines: string[]; release: () => void } {
  const lines: string[] = [];
  let held: (() => void) | null = null;
  const out = new Writable({
    highWaterMark: 1,
    write(chunk: Buffer, _encoding, done) {
      lines.push(chunk.toString());
      held = done;
    },
  });
  return { out, lines, release: () => held?.() };
}

const ok = (i: number) => Promise.resolve({ failed: false, json: `{"id":${i}}` });

test("a line is counted when it is handed over, not once the output has drained", async () => {
  // A signal that stops the run while the output is full must count the line the output holds.
  const { out, lines, release } = heldOutput();
  let counted = 0;
  const ordered = new OrderedOutput(out, { records: 4, units: Number.POSITIVE_INFINITY }, () => {
    counted++;
  });
  await ordered.push(ok(0));
  await new Promise((resolve) => setImmediate(resolve));
  assert.equal(lines.length, 1, "the line is in the output, which waits to drain");
  assert.equal(counted, 1);
  release();
  await ordered.flush();
});

test("once halted, no line is handed over and push and flush reject: the count is what was written", async () => {
  const { out, lines, release } = heldOutput();
  const halt = new AbortController();
  let counted = 0;
  const ordered = new OrderedOutput(
    out,
    { records: 2, units: Number.POSITIVE_INFINITY },
    () => {
      counted++;
    },
    halt.signal,
  );
  await ordered.push(ok(0));
  await new Promise((resolve) => setImmediate(resolve));
  halt.abort();
  release();
  await assert.rejects(ordered.push(ok(1)), { name: "AbortError" });
  await assert.rejects(ordered.flush(), { name: "AbortError" });
  assert.deepEqual(lines, ['{"id":0}\n']);
  assert.equal(counted, 1);
});
