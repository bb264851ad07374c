// Run by pathological.test.ts in a child process (so that a hang can be stopped): summarize each
// long pathological input, check its invariants, print one line per input.
import { KhulasaError } from "../../src/errors.js";
import { prepareArticle } from "../../src/io/article.js";
import { summarize } from "../../src/summarize.js";
import { violations } from "./check.js";
import { DEGENERATE, PATHOLOGICAL, PATHOLOGICAL_PAGES } from "./pathological-inputs.js";

const REFUSALS: ReadonlySet<string> = new Set(["EMPTY_INPUT", "NOT_ARABIC"]);
const PAGE_REFUSALS: ReadonlySet<string> = new Set(["NO_ARTICLE"]);

function run(name: string, text: string, refusals: ReadonlySet<string>): void {
  for (const options of [{}, { compress: false }]) {
    try {
      const summary = summarize(text, options);
      const found = violations(text, summary, options);
      console.log(`${name}: ${found.length === 0 ? "ok" : found.join("; ")}`);
    } catch (error) {
      console.log(`${name}: ${refused(error, refusals) ? "ok" : codeOf(error)}`);
    }
  }
}

function codeOf(error: unknown): string {
  return error instanceof KhulasaError ? error.code : String(error);
}

function refused(error: unknown, refusals: ReadonlySet<string>): boolean {
  return refusals.has(codeOf(error));
}

for (const [name, make] of Object.entries(PATHOLOGICAL)) run(name, make(), new Set());
for (const [name, make] of Object.entries(DEGENERATE)) run(name, make(), REFUSALS);
for (const [name, make] of Object.entries(PATHOLOGICAL_PAGES)) {
  try {
    const page = await prepareArticle(make());
    run(name, page.text, new Set());
  } catch (error) {
    const line = `${name}: ${refused(error, PAGE_REFUSALS) ? "ok" : codeOf(error)}`;
    console.log(line);
    console.log(line);
  }
}
