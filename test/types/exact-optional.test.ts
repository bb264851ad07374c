// The option types as a strict TypeScript user compiles them: with `exactOptionalPropertyTypes`, a
// property typed `count?: number | null` refuses `{ count: settings.count }` when that may be
// undefined, although summarize takes undefined as the default.
import assert from "node:assert/strict";
import { join } from "node:path";
import { test } from "node:test";
import ts from "typescript";
import { ROOT } from "../helpers/shared.js";

const CONSUMER = join(ROOT, "test", "types", "exact-optional-consumer.ts");

test("options that may be undefined, or null, compile under exactOptionalPropertyTypes", () => {
  const program = ts.createProgram([CONSUMER], {
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    target: ts.ScriptTarget.ES2022,
    lib: ["lib.es2023.d.ts"],
    strict: true,
    exactOptionalPropertyTypes: true,
    resolveJsonModule: true,
    allowArbitraryExtensions: true,
    skipLibCheck: true,
    types: ["node"],
    noEmit: true,
  });
  const errors = ts
    .getPreEmitDiagnostics(program)
    .map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n").split("\n")[0]);
  assert.deepEqual(errors, []);
});
