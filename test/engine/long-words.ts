// Run by long-words.test.ts in a child process with a small heap: summarize article after
// article, each with a word of its own a million units long (a base64 blob, say). Held by the
// word caches, they would fill the heap after a few dozen articles.
import { summarize } from "../../src/summarize.js";

const S = "أعلنت الحكومة خطة جديدة لخفض الأسعار في الشهر المقبل.";
const ARTICLES = 80;

for (let n = 0; n < ARTICLES; n++) {
  // A different letter each time: a word never seen before.
  const word = String.fromCharCode(0x0628 + (n % 20)).repeat(1_000_000 + n);
  const text = `${S} ${word} ${S}\n\n${S.replace("الحكومة", "الوزارة")}`;
  summarize(text);
}
console.log(`${ARTICLES} articles: ok`);
