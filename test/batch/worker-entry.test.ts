import assert from "node:assert/strict";
import { test } from "node:test";
import { whenLoaded } from "../../src/batch/worker-entry.js";

// A pool is closed only once each of its threads has loaded its module: a thread stopped while
// Node instantiates its ES module can abort the process (the `--workers 64` batch test saw it).

test("whenLoaded waits until every thread has counted itself in the shared counter", async () => {
  const loaded = new Int32Array(new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT));
  const entry = { filename: "esm-worker.cjs", workerData: { module: "file:///worker.js", loaded } };
  let done = false;
  const waiting = whenLoaded(entry, 2).then(() => {
    done = true;
  });
  await new Promise((resolve) => setTimeout(resolve, 30));
  Atomics.add(loaded, 0, 1);
  await new Promise((resolve) => setTimeout(resolve, 30));
  assert.equal(done, false, "resolved with one thread of two loaded");
  Atomics.add(loaded, 0, 1);
  await waiting;
  assert.equal(done, true);
});

test("whenLoaded has nothing to wait for without a counting entry (the TypeScript sources)", async () => {
  await whenLoaded({ filename: "worker.ts" }, 64);
});
