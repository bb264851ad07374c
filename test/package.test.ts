// The package as npm packs it and as a user installs it.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { ROOT } from "./helpers/shared.js";

const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as {
  engines: { node: string };
};

test("package.json: engines.node names the oldest Node that runs khulasa, as the README does", () => {
  // 20.10 brought `import … with { type: "json" }` (the word tables); 20.19 brought `require` of
  // ES modules, which @fastify/static (khulasa serve) and a CommonJS consumer need.
  assert.equal(pkg.engines.node, ">=20.19");
  const readme = readFileSync(join(ROOT, "README.md"), "utf8");
  assert.match(readme, /Node\.js 20\.19 or later is needed/);
});
