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
