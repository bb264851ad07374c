// Run by pathological.test.ts in a child process (so that a hang can be stopped): summarize each
// long pathological input, check its invariants, print one line per input.
import { KhulasaError } from "../../src/errors.js";
import { summarize } from "../../src/summarize.js";
import { violations } from "./check.js";
import { DEGENERATE, PATHOLOGICAL } from "./pathological-inputs.js";

const REFUSALS: ReadonlySet<string> = new Set(["EMPTY_INPUT", "NOT_ARABIC"]);

function run(name: string, text: string, refusals: ReadonlySet<string>): void {
  for (const options of [{}, { compress: false }]) {
    try {
      const summary = summarize(text, options);
      const found = violations(text, summary, options);
      console.log(`${name}: ${found.length === 0 ? "ok" : found.join("; ")}`);
    } catch (error) {
      const code = error instanceof KhulasaError ? error.code : String(error);
      console.log(`${name}: ${refusals.has(code) ? "ok" : code}`);
    }
  }
}

for (const [name, make] of Object.entries(PATHOLOGICAL)) run(name, make(), new Set());
for (const [name, make] of Object.entries(DEGENERATE)) run(name, make(), REFUSALS);
