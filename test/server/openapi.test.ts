import assert from "node:assert/strict";
import { test } from "node:test";
import Fastify, { type InjectOptions } from "fastify";
import { buildServer } from "../../src/server/app.js";
import { ARTICLE, errorOf, JSON_HEADERS, NDJSON_HEADERS } from "./helpers.js";

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

/** A response object, or the one its `$ref` names. */
function response(doc: Json, r: Json): Json {
  return typeof r.$ref === "string" ? (resolve(doc, r.$ref) as Json) : r;
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
    // 405 and 404 answer methods and paths the document does not list: said once, for all.
    assert.match(String(info.description), /405 METHOD_NOT_ALLOWED.*`Allow`.*404 NOT_FOUND/s);
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
        assert.equal(typeof response(doc, r).description, "string");
      }
      // Every route can fail unexpectedly: 500 INTERNAL, in the error format.
      const internal = responses["500"];
      assert.ok(internal, `${method} ${path} documents 500`);
      const content = response(doc, internal).content as Record<string, Json>;
      assert.deepEqual(content["application/json"]?.schema, { $ref: "#/components/schemas/Error" });
    }
    const summarize = paths["/v1/summarize"]?.post as Json;
    assert.deepEqual(Object.keys(summarize.responses as Json).sort(), [
      "200",
      "400",
      "408",
      "413",
      "415",
      "422",
      "431",
      "500",
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

/** A request each documented operation accepts (the POST routes get a valid body). */
function requestFor(method: string, path: string): InjectOptions {
  const text = ARTICLE.split(/\n\s*\n/)[0] ?? "";
  if (path === "/v1/summarize/batch") {
    return {
      method: "POST",
      url: path,
      headers: NDJSON_HEADERS,
      payload: JSON.stringify({ id: 1, article: text }),
    };
  }
  if (path === "/v1/summarize") {
    return { method: "POST", url: path, headers: JSON_HEADERS, payload: JSON.stringify({ text }) };
  }
  return { method: method.toUpperCase() as "GET", url: path };
}

test("every documented route answers an unexpected failure with 500 INTERNAL, as it documents", async () => {
  const { app } = await buildServer({ workers: 0, logLevel: "silent" });
  // A fault in handling the request, on any route that was asked for it.
  app.addHook("preHandler", async (request) => {
    if (request.headers["x-test-fault"] !== undefined) throw new Error("injected fault");
  });
  try {
    const doc = (await app.inject({ method: "GET", url: "/openapi.json" })).json() as Json;
    const paths = doc.paths as Record<string, Record<string, Json>>;
    let operations = 0;
    for (const [path, methods] of Object.entries(paths)) {
      for (const [method, op] of Object.entries(methods)) {
        operations++;
        const what = `${method.toUpperCase()} ${path}`;
        const request = requestFor(method, path);
        const fine = await app.inject(request);
        assert.equal(fine.statusCode, 200, `${what} without the fault`);
        const res = await app.inject({
          ...request,
          headers: { ...request.headers, "x-test-fault": "1" },
        });
        assert.equal(res.statusCode, 500, what);
        const documented = (op.responses as Record<string, Json>)[String(res.statusCode)];
        assert.ok(documented, `${what} documents the ${res.statusCode} it sends`);
        assert.match(String(res.headers["content-type"]), /^application\/json/);
        assert.ok((response(doc, documented).content as Json)["application/json"]);
        assert.equal(errorOf(res.body).code, "INTERNAL");
      }
    }
    assert.equal(operations, 5);
  } finally {
    await app.close();
  }
});

test("while shutting down, every documented route answers a status it documents, with or without a query", async () => {
  const { app, context } = await buildServer({ workers: 0, logLevel: "silent" });
  try {
    const doc = (await app.inject({ method: "GET", url: "/openapi.json" })).json() as Json;
    const paths = doc.paths as Record<string, Record<string, Json>>;
    context.admission.close();
    for (const [path, methods] of Object.entries(paths)) {
      for (const [method, op] of Object.entries(methods)) {
        for (const query of ["", "?probe=1"]) {
          const what = `${method.toUpperCase()} ${path}${query}`;
          const request = requestFor(method, path);
          const res = await app.inject({ ...request, url: `${request.url}${query}` });
          assert.equal(res.statusCode, 503, what);
          const documented = (op.responses as Record<string, Json>)["503"];
          assert.ok(documented, `${what} documents the 503 it sends`);
          const content = response(doc, documented).content as Record<string, Json>;
          const schema = content["application/json"]?.schema;
          assert.ok(schema, `${what}: a JSON body`);
          const body = res.json() as Json;
          if ((schema as Json).$ref === "#/components/schemas/Health") {
            assert.equal(body.status, "closing", what);
          } else {
            assert.equal(errorOf(res.body).code, "BUSY", what);
          }
        }
      }
    }
  } finally {
    await app.close();
  }
});

test("the published BatchRecord schema accepts exactly the records the batch route accepts", async () => {
  const { app } = await buildServer({ workers: 0, logLevel: "silent" });
  // A validator of the document's schema, with the ajv options the server uses.
  const checker = Fastify({
    ajv: { customOptions: { removeAdditional: false, coerceTypes: false, allErrors: false } },
  });
  try {
    const doc = (await app.inject({ method: "GET", url: "/openapi.json" })).json() as Json;
    const schema = ((doc.components as Json).schemas as Json).BatchRecord as Json;
    checker.post("/check", { schema: { body: schema } }, async () => ({ ok: true }));
    const text = ARTICLE.split(/\n\s*\n/)[0] ?? "";
    const cases: [unknown, boolean][] = [
      [{ id: "a", article: text }, true],
      [{ id: 2, text, title: null, count: 2, compress: false }, true],
      [{ html: `<article><p>${text}</p></article>`, title: "عنوان" }, true],
      [{ id: "j" }, false],
      [{ id: "l", article: text, text: "x" }, false],
      [{ id: "m", text, html: "<p>x</p>" }, false],
      [{ id: "n", article: text, colour: "red" }, false],
      [{ id: true, article: text }, false],
      [{ id: "", article: text }, false],
      [{ id: 0, article: text }, true],
      [{ id: "o", article: 5 }, false],
      [{ id: "r", article: text, title: 5 }, false],
      [{ id: "p", article: text, count: 11 }, false],
      [{ id: "q", article: text, compress: "yes" }, false],
      [["an array"], false],
    ];
    const batch = await app.inject({
      method: "POST",
      url: "/v1/summarize/batch",
      headers: { "content-type": "application/x-ndjson" },
      payload: cases.map(([record]) => JSON.stringify(record)).join("\n"),
    });
    const results = batch.body
      .trimEnd()
      .split("\n")
      .map((l) => JSON.parse(l) as { line: number; error?: { code: string } });
    assert.equal(results.length, cases.length);
    for (const [i, [record, valid]] of cases.entries()) {
      const res = await checker.inject({
        method: "POST",
        url: "/check",
        payload: record as object,
      });
      const what = JSON.stringify(record).slice(0, 60);
      assert.equal(res.statusCode === 200, valid, `schema on ${what}`);
      const code = results[i]?.error?.code;
      assert.equal(code === undefined, valid, `server on ${what}: ${code}`);
    }
  } finally {
    await checker.close();
    await app.close();
  }
});
