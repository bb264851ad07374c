// Builds src/lang/ar/data/clitics.json: the words that open a sentence in
// ../shared/data/ant-news-unlabeled.jsonl (25,109 articles) with a clitic `و` ("and") in front of
// a word of their own (`وتأهلت` = و + `تأهلت`), as opposed to words whose `و` is their first
// letter (`وصف`, `وزارة`, `وراء`). Compression drops the clitic at the start of a bullet. Only
// normalized word forms and the thresholds are written, never text. Re-run after any change to
// the normalizer or tokenizer:
//   npx tsx scripts/build-clitics.ts [CORPUS.jsonl]
//
// A word `و` + R counts as clitic when, over the corpus (the thresholds are in
// scripts/lib/clitic-table.ts):
//   - R is a word of its own: it occurs at least MIN_REST times, and at least REST_SHARE times as
//     often as the whole word (`وراء` is 717 times the bare `راء`'s 3);
//   - the word itself takes the clitic: `و` + the word (`ووصف`, `ووزارة`) is at most
//     DOUBLED_SHARE of its count (at most once for rare words). A word that begins with a root
//     `و` can take a clitic `و` in front; a word that already has one cannot.
//   - it opens at least one sentence (MIN_COUNT: once is enough; the evidence is R's count).
// A future verb (`وسيمر`, `وستلتقي` = و + the future `س` + `يمر`, `تلتقي`) is rarely a word of its
// own after the `و`, so for `وس` + `ي`/`ت`/`ن` the present verb after `وس` may be R instead, when
// it has at least three letters (`وسيط`, `وسيلة`, `وستهام` are not `س` + a word).
// A rare verb whose rest is seen too few times for that test counts when the corpus conjugates
// it: `و` + `ي`/`ت`/`ن` + a stem of three letters or more that the corpus has with both `ي` and
// `ت` (`ويعزو`: `يعزو`, `تعزو`), or `وت` + a past of Form V or VI whose present it has
// (`وتجمعت`: `يتجمع`).
//
// The same pass writes src/lang/ar/data/perfect-verbs.json: the words that follow the particle
// `قد` (`قد`, `وقد`, `لقد`) at least MIN_AFTER_QAD times and have the shape of a past verb
// (`pastShape`: `قد أعلنت` "has announced", not `قد يكون` "may be"). Nouns do not follow `قد`,
// so the table tells `فقد أعلنت` ("for it announced") from `فقد الكولومبي …` ("the Colombian
// lost"); compression drops such an opening particle.
//
// And src/lang/ar/data/particle-verbs.json: the words that follow `قد` or the negation `لم`
// (`لم`, `ولم`) at least MIN_AFTER_QAD times and open on a present prefix (`ي`, `ت`, `ن`, or `ا`
// but not the article `ال`): `قد يكون`, `لم يعد`, and `قد تفاعل`, whose tense the shape leaves open.
// Only verbs follow those particles, so after `فقد` or `فلم` such a word makes the `ف` a clitic
// (`فقد يكون` → `قد يكون`, `فلم يعد` → `لم يعد`), where `فقد` may be the verb "lost" and `فلم`
// the noun "film".
import { writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { buildCliticTable } from "./lib/clitic-table.js";
import { corpusOrExit, defaultCorpus, root } from "./lib/corpus.js";

const corpus = corpusOrExit("build-clitics", process.argv[2] ?? defaultCorpus);
const { table, perfect, verbs: anyTense, openers } = await buildCliticTable(corpus);
const data = resolve(root, "src", "lang", "ar", "data");
const out = resolve(data, "clitics.json");
writeFileSync(out, `${JSON.stringify(table)}\n`);
const verbs = resolve(data, "perfect-verbs.json");
writeFileSync(verbs, `${JSON.stringify(perfect)}\n`);
const particleVerbs = resolve(data, "particle-verbs.json");
writeFileSync(particleVerbs, `${JSON.stringify(anyTense)}\n`);
console.log(
  `build-clitics: ${table.docs} articles, ${openers} sentence openers, ${table.words.split(" ").length} with a clitic و -> ${out}; ${perfect.words.split(" ").length} past verbs after قد -> ${verbs}; ${anyTense.words.split(" ").length} verbs after قد or لم -> ${particleVerbs}`,
);
