// Run by pathological.test.ts in a child process (so that a hang can be stopped): summarize each
// long pathological input, check its invariants, print one line per input.
import { KhulasaError } from "../../src/errors.js";
import { summarize } from "../../src/summarize.js";
import { violations } from "./check.js";

const S = "أعلنت الحكومة خطة جديدة لخفض الأسعار في الشهر المقبل";

/** Long inputs that once took time quadratic (or worse) in their length, by name. */
export const PATHOLOGICAL: Record<string, () => string> = {
  // 400 KB of spaces before an aside: the aside pattern was tried from every one of them.
  "spaces before an aside": () => `${S} ${" ".repeat(400_000)}(لخفض الأسعار في) الشهر.`,
  // a run of full stops inside an attribution tail: the final-marks pattern, from each of them.
  "full stops inside a tail": () => `${S}، بحسب ${".".repeat(400_000)}x ما ذكرت الوكالة.`,
  // an agency name then spaces: the photo-credit pattern tried every split of the run.
  "spaces after an agency name": () => `${S} afp${" ".repeat(200_000)}x.`,
  // NFKC turns `ﹰ` into a space and a haraka: leading spaces for the dateline pattern.
  "spaces before a dateline": () => `${"ﹰ".repeat(40_000)}${S} (${S}.`,
  "spaces before a photo credit": () => `ـ\u200f${" \u200f".repeat(100_000)}${S}.`,
  // thousands of asides in one sentence: every aside looked at every word.
  "many asides": () => `${"أعلنت الحكومة خطة جديدة (لخفض الأسعار) ".repeat(40_000)}.`,
};

for (const [name, make] of Object.entries(PATHOLOGICAL)) {
  const text = make();
  for (const options of [{}, { compress: false }]) {
    try {
      const summary = summarize(text, options);
      const found = violations(text, summary, options);
      console.log(`${name}: ${found.length === 0 ? "ok" : found.join("; ")}`);
    } catch (error) {
      console.log(`${name}: ${error instanceof KhulasaError ? error.code : String(error)}`);
    }
  }
}
