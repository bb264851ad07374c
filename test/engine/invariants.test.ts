// The span, count and "words only from the article, in order" invariants on every article of the
// three dev files, for default options, `count: 1`, `count: 10` (compression on many more
// sentences) and `compress: false`; and determinism.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { describe, test } from "node:test";
import type { SummarizeOptions } from "../../src/options.js";
import { summarize } from "../../src/summarize.js";
import type { Summary } from "../../src/text/types.js";
import { sharedPath, sharedSkip } from "../helpers/shared.js";
import { stableJson, violations } from "./check.js";

const FILES = ["easc-dev.jsonl", "ant-bbc-dev.jsonl", "ant-bbc-nolead-dev.jsonl"];
const VARIANTS: Record<string, SummarizeOptions> = {
  default: {},
  "count 1": { count: 1 },
  "count 10": { count: 10 },
  "compress false": { compress: false },
};
/** Violations listed in a failure message (the total is always given). */
const SHOWN = 25;

interface DevRecord {
  id: string;
  title: string | null;
  article: string;
}

function records(path: string): DevRecord[] {
  return readFileSync(path, "utf8")
    .split("\n")
    .filter((l) => l.trim() !== "")
    .map((l) => JSON.parse(l) as DevRecord);
}

/** The article's title when the record has one (as `khulasa batch` passes it), then the variant. */
function optionsFor(r: DevRecord, variant: SummarizeOptions): SummarizeOptions {
  return { title: r.title ?? null, ...variant };
}

for (const file of FILES) {
  const path = sharedPath(`data/${file}`);
  describe(file, sharedSkip(path), () => {
    const all = sharedSkip(path).skip ? [] : records(path);
    const outputs = new Map<string, string>();

    for (const [name, variant] of Object.entries(VARIANTS)) {
      test(`invariants hold on every article (${name})`, () => {
        assert.ok(all.length > 0, `${file} has no records`);
        const found: string[] = [];
        for (const r of all) {
          const options = optionsFor(r, variant);
          let summary: Summary;
          try {
            summary = summarize(r.article, options);
          } catch (error) {
            found.push(`${r.id}: threw ${String(error)}`);
            continue;
          }
          outputs.set(`${name}\u0000${r.id}`, stableJson(summary));
          for (const v of violations(r.article, summary, options)) found.push(`${r.id}: ${v}`);
        }
        assert.deepEqual(
          found.slice(0, SHOWN),
          [],
          `${found.length} violation(s) in ${file} (${name})`,
        );
      });
    }

    test("same input and options give byte-identical output (second pass in reverse order)", () => {
      if (outputs.size === 0) {
        // Run alone (the invariant tests did not run): the first pass, in order, here.
        for (const [name, variant] of Object.entries(VARIANTS)) {
          for (const r of all) {
            try {
              outputs.set(
                `${name}\u0000${r.id}`,
                stableJson(summarize(r.article, optionsFor(r, variant))),
              );
            } catch {
              // The invariant tests report it.
            }
          }
        }
      }
      assert.ok(outputs.size > 0, "no article could be summarized");
      const differ: string[] = [];
      for (const [name, variant] of Object.entries(VARIANTS)) {
        for (const r of [...all].reverse()) {
          const first = outputs.get(`${name}\u0000${r.id}`);
          if (first === undefined) continue;
          const again = stableJson(summarize(r.article, optionsFor(r, variant)));
          if (again !== first) differ.push(`${r.id} (${name})`);
        }
      }
      assert.deepEqual(differ.slice(0, SHOWN), [], `${differ.length} article(s) changed`);
    });
  });
}
