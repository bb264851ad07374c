import assert from "node:assert/strict";
import { test } from "node:test";
import { createEngine } from "../../src/server/engine.js";
import { ARTICLE } from "./helpers.js";

test("the pool says a job has begun when its thread takes it, not while it waits for the thread", {
  timeout: 60_000,
}, async () => {
  const engine = createEngine(1, 0);
  try {
    const events: string[] = [];
    const run = (name: string, text: string) =>
      engine
        .run({ text }, undefined, () => events.push(`${name} begun`))
        .then((outcome) => {
          events.push(`${name} done`);
          return outcome;
        });
    // One thread: the second job waits in the queue until the first is done.
    const outcomes = await Promise.all([run("first", ARTICLE.repeat(20)), run("second", ARTICLE)]);
    assert.ok(outcomes.every((o) => o.ok));
    assert.deepEqual(events, ["first begun", "first done", "second begun", "second done"]);
  } finally {
    await engine.close();
  }
});

test("a job queued behind one stopped at its deadline begins on the replacement thread", {
  timeout: 60_000,
}, async () => {
  const engine = createEngine(1, 0);
  try {
    const events: string[] = [];
    const controller = new AbortController();
    const stopped = engine.run({ text: ARTICLE.repeat(2000) }, controller.signal, () => {
      events.push("long begun");
      controller.abort(new Error("deadline"));
    });
    const queued = engine.run({ text: ARTICLE }, undefined, () => events.push("queued begun"));
    await assert.rejects(stopped, /deadline/);
    events.push("long stopped");
    const outcome = await queued;
    assert.ok(outcome.ok);
    assert.deepEqual(events, ["long begun", "long stopped", "queued begun"]);
  } finally {
    await engine.close();
  }
});
