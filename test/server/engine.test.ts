import assert from "node:assert/strict";
import { test } from "node:test";
import { createEngine } from "../../src/server/engine.js";
import { ARTICLE } from "./helpers.js";

test("an `article` over the inline limit is told apart (page or text) by a worker thread, not on the event loop", {
  timeout: 60_000,
}, async () => {
  const engine = createEngine(1, 1000);
  try {
    const page = await engine.run({ article: `<p>${ARTICLE.repeat(2)}</p>`, includeText: true });
    assert.ok(page.ok);
    assert.ok(page.text !== undefined && !page.text.includes("<p>"), "a long page, read as one");
    const text = await engine.run({ article: ARTICLE.repeat(2), includeText: true });
    assert.ok(text.ok);
    assert.equal(text.text, ARTICLE.repeat(2));
    const short = await engine.run({ article: `<p>${ARTICLE.slice(0, 500)}</p>` });
    assert.ok(short.ok, "a short page is told apart here, and goes to the thread");
  } finally {
    await engine.close();
  }
});

test("the pool says a job has begun when its thread takes it, not while it waits for the thread", {
  timeout: 60_000,
}, async () => {
  const engine = createEngine(1, 0);
  try {
    const at = new Map<string, number>();
    const run = (name: string, text: string) =>
      engine
        .run({ text }, undefined, () => at.set(`${name} begun`, performance.now()))
        .then((outcome) => {
          at.set(`${name} done`, performance.now());
          return outcome;
        });
    // One thread: the second job waits in the queue until the first is done.
    const outcomes = await Promise.all([run("first", ARTICLE.repeat(20)), run("second", ARTICLE)]);
    assert.ok(outcomes.every((o) => o.ok));
    const time = (event: string) => at.get(event) ?? Number.NaN;
    // The thread's "begun" and the pool's result travel on different ports, so the second job's
    // "begun" may reach this thread just before the first job's result does: allow that skew,
    // far below the first job's time on the thread (about 100 ms).
    const skew = 20;
    assert.ok(time("first done") - time("first begun") > 2 * skew, "the first job takes a while");
    assert.ok(time("second begun") >= time("first done") - skew, JSON.stringify([...at]));
    assert.ok(time("second done") >= time("second begun"));
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
