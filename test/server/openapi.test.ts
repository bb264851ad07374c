import assert from "node:assert/strict";
import { test } from "node:test";
import { buildServer } from "../../src/server/app.js";
import { JSON_HEADERS } from "./helpers.js";

type Json = Record<string, unknown>;

/** Every `$ref` in `node`. */
function refs(node: unknown, out: string[] = []): string[] {
  if (Array.isArray(node)) for (const n of node) refs(n, out);
  else if (node && typeof node === "object") {
    for (const [k, v] of Object.entries(node)) {
      if (k === "$ref" && typeof v === "string") out.push(v);
      else refs(v, out);
    }
  }
  return out;
}

function resolve(doc: Json, ref: string): unknown {
  assert.ok(ref.startsWith("#/"), `local ref ${ref}`);
  let node: unknown = doc;
  for (const part of ref.slice(2).split("/")) node = (node as Json | undefined)?.[part];
  return node;
}

test("GET /openapi.json is an OpenAPI 3.1 document of every route, and its example works", async () => {
  const { app } = await buildServer({ workers: 0, logLevel: "silent" });
  try {
    const res = await app.inject({ method: "GET", url: "/openapi.json" });
    assert.equal(res.statusCode, 200);
    assert.match(String(res.headers["content-type"]), /^application\/json/);
    const doc = JSON.parse(res.body) as Json;
    assert.equal(doc.openapi, "3.1.0");
    const info = doc.info as Json;
    assert.equal(info.title, "khulasa");
    assert.equal(typeof info.version, "string");
    const paths = doc.paths as Record<string, Record<string, Json>>;
    const expected: Record<string, string> = {
      "/v1/summarize": "post",
      "/v1/summarize/batch": "post",
      "/healthz": "get",
      "/metrics": "get",
      "/openapi.json": "get",
    };
    assert.deepEqual(Object.keys(paths).sort(), Object.keys(expected).sort());
    const ids = new Set<string>();
    for (const [path, method] of Object.entries(expected)) {
      const op = paths[path]?.[method];
      assert.ok(op, `${method} ${path}`);
      assert.equal(typeof op.operationId, "string");
      assert.ok(!ids.has(op.operationId as string), "operationIds are unique");
      ids.add(op.operationId as string);
      const responses = op.responses as Record<string, Json>;
      assert.ok(Object.keys(responses).length > 0);
      for (const [status, r] of Object.entries(responses)) {
        assert.match(status, /^[1-5]\d\d$/);
        assert.equal(typeof r.description, "string");
      }
    }
    const summarize = paths["/v1/summarize"]?.post as Json;
    assert.deepEqual(Object.keys(summarize.responses as Json).sort(), [
      "200",
      "400",
      "413",
      "415",
      "422",
      "503",
    ]);
    for (const ref of refs(doc)) assert.ok(resolve(doc, ref), `${ref} resolves`);

    // The documented example is accepted by the server as documented.
    const body = summarize.requestBody as Json;
    const example = ((body.content as Json)["application/json"] as Json).example;
    const run = await app.inject({
      method: "POST",
      url: "/v1/summarize",
      headers: JSON_HEADERS,
      payload: JSON.stringify(example),
    });
    assert.equal(run.statusCode, 200);
    const summary = run.json() as { highlights: unknown[] };
    assert.equal(summary.highlights.length, (example as { count: number }).count);
  } finally {
    await app.close();
  }
});
