import assert from "node:assert/strict";
import { test } from "node:test";
import { buildServer } from "../../src/server/app.js";
import { Counter, escapeLabelValue, Histogram, Registry } from "../../src/server/metrics.js";
import { ARTICLE, JSON_HEADERS, NDJSON_HEADERS } from "./helpers.js";

const SAMPLE =
  /^([a-zA-Z_:][a-zA-Z0-9_:]*)(\{(?:[a-zA-Z_][a-zA-Z0-9_]*="(?:[^"\\\n]|\\[\\"n])*",?)*\})? (-?[0-9.e+-]+|\+Inf|-Inf|NaN)$/;

/** Check the text exposition format: HELP/TYPE before samples, sample syntax, histogram rules. */
function checkExposition(text: string): Map<string, number> {
  assert.ok(text.endsWith("\n"));
  const types = new Map<string, string>();
  const samples = new Map<string, number>();
  for (const line of text.trimEnd().split("\n")) {
    const meta = /^# (HELP|TYPE) ([a-zA-Z_:][a-zA-Z0-9_:]*) (.+)$/.exec(line);
    if (meta) {
      if (meta[1] === "TYPE") {
        assert.ok(!types.has(meta[2] ?? ""), `one TYPE line for ${meta[2]}`);
        assert.match(meta[3] ?? "", /^(counter|gauge|histogram|summary|untyped)$/);
        types.set(meta[2] ?? "", meta[3] ?? "");
      }
      continue;
    }
    const m = SAMPLE.exec(line);
    assert.ok(m, `sample line: ${line}`);
    const name = m[1] ?? "";
    const family = name.replace(/_(bucket|sum|count)$/, "");
    assert.ok(types.has(name) || types.get(family) === "histogram", `TYPE before ${name}`);
    samples.set(`${name}${m[2] ?? ""}`, Number(m[3] === "+Inf" ? Number.POSITIVE_INFINITY : m[3]));
  }
  return samples;
}

test("histograms are cumulative, with +Inf equal to the count, and labels are escaped", () => {
  const registry = new Registry();
  const h = registry.add(new Histogram("t_seconds", "help", ["route"], [0.1, 0.5, 1]));
  for (const v of [0.05, 0.2, 0.3, 0.7, 3]) h.observe({ route: "/a" }, v);
  const c = registry.add(new Counter("t_total", 'help with "quotes"\nand a line', ["code"]));
  c.inc({ code: 'we"ird\\x\ny' });
  c.inc({ code: 'we"ird\\x\ny' }, 2);
  const text = registry.render();
  const s = checkExposition(text);
  assert.equal(s.get('t_seconds_bucket{route="/a",le="0.1"}'), 1);
  assert.equal(s.get('t_seconds_bucket{route="/a",le="0.5"}'), 3);
  assert.equal(s.get('t_seconds_bucket{route="/a",le="1"}'), 4);
  assert.equal(s.get('t_seconds_bucket{route="/a",le="+Inf"}'), 5);
  assert.equal(s.get('t_seconds_count{route="/a"}'), 5);
  assert.ok(Math.abs((s.get('t_seconds_sum{route="/a"}') ?? 0) - 4.25) < 1e-9);
  assert.equal(s.get(`t_total{code="${escapeLabelValue('we"ird\\x\ny')}"}`), 3);
  assert.match(text, /# HELP t_total help with "quotes"\\nand a line\n/);
  assert.throws(() => c.inc({}, -1));
});

test("GET /metrics counts requests by route and status, latency, and errors by code", async () => {
  const { app } = await buildServer({ workers: 0, logLevel: "silent" });
  try {
    const post = (payload: string) =>
      app.inject({ method: "POST", url: "/v1/summarize", headers: JSON_HEADERS, payload });
    await post(JSON.stringify({ text: ARTICLE }));
    await post(JSON.stringify({ text: ARTICLE, count: 2 }));
    await post(JSON.stringify({ text: "no Arabic here." }));
    await post("{broken");
    await app.inject({
      method: "POST",
      url: "/v1/summarize/batch",
      headers: NDJSON_HEADERS,
      payload: `${JSON.stringify({ article: ARTICLE })}\n{bad\n`,
    });
    await app.inject({ method: "GET", url: "/missing" });
    const res = await app.inject({ method: "GET", url: "/metrics" });
    assert.equal(res.statusCode, 200);
    assert.equal(res.headers["content-type"], "text/plain; version=0.0.4; charset=utf-8");
    const s = checkExposition(res.body);
    const r = (route: string, method: string, status: number) =>
      s.get(`khulasa_http_requests_total{route="${route}",method="${method}",status="${status}"}`);
    assert.equal(r("/v1/summarize", "POST", 200), 2);
    assert.equal(r("/v1/summarize", "POST", 422), 1);
    assert.equal(r("/v1/summarize", "POST", 400), 1);
    assert.equal(r("/v1/summarize/batch", "POST", 200), 1);
    assert.equal(r("unmatched", "GET", 404), 1);
    const count = s.get('khulasa_http_request_duration_seconds_count{route="/v1/summarize"}');
    assert.equal(count, 4);
    assert.equal(
      s.get('khulasa_http_request_duration_seconds_bucket{route="/v1/summarize",le="+Inf"}'),
      4,
    );
    assert.equal(s.get('khulasa_errors_total{code="NOT_ARABIC"}'), 1);
    assert.equal(s.get('khulasa_errors_total{code="BAD_JSON"}'), 2, "request and batch record");
    assert.equal(s.get('khulasa_errors_total{code="NOT_FOUND"}'), 1);
    assert.equal(s.get('khulasa_batch_records_total{outcome="ok"}'), 1);
    assert.equal(s.get('khulasa_batch_records_total{outcome="error"}'), 1);
    assert.equal(s.get("khulasa_inflight_requests"), 0);
  } finally {
    await app.close();
  }
});
