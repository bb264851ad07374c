import {
  CHART_WORDS,
  INFOGRAPHIC_WORDS,
  MEDIA_PLACES,
  MEDIA_WITHIN_WORDS,
  MEDIA_WORDS,
  PRESENTATION_OPENINGS,
  PRESENTER_WITHIN_WORDS,
  PRESENTER_WORDS,
} from "../lang/ar/data/boilerplate.js";
import { matchAt, phraseWords } from "../text/phrases.js";
import type { Token } from "../text/types.js";

const INFOGRAPHIC: ReadonlySet<string> = new Set(INFOGRAPHIC_WORDS);
const MEDIA: ReadonlySet<string> = new Set(MEDIA_WORDS);
const PLACE: ReadonlySet<string> = new Set(MEDIA_PLACES);
const CHART: ReadonlySet<string> = new Set(CHART_WORDS);
/** `الرسم`, `الرسوم`: a chart only before CHART_WORDS (`يطبق هذا الرسم` is a fee). */
const DRAWING: ReadonlySet<string> = new Set(["الرسم", "الرسوم"]);
/** `هذا` before a video: `في هذا الفيديو …` (`هذه الصور` may open a story told in pictures). */
const THIS: ReadonlySet<string> = new Set(["هذا"]);
/** `في هذا التقرير`, `في هذه الحلقة`. */
const PRESENTATION = phraseWords(PRESENTATION_OPENINGS);
const PRESENTER: ReadonlySet<string> = new Set(PRESENTER_WORDS);

/**
 * Whether a sentence opens by pointing at a picture or a video that goes with the article: an
 * infographic in its first words (`الإنفوغرافيك المرفق يستعرض …`, `يوضح الإنفوغرافيك …`), or
 * other media followed by where it is or after `هذا` (`الفيديو التالي يظهر …`, `يظهر في هذا
 * الفيديو …`, `الرسم البياني أدناه …`). The reader of the highlights gets no picture; a sentence
 * that cites one further on (`…، كما يوضح الإنفوغرافيك المرفق`) keeps its news.
 */
export function pointsAtMedia(tokens: readonly Token[], first: number): boolean {
  const end = Math.min(tokens.length, first + MEDIA_WITHIN_WORDS);
  for (let i = first; i < end; i++) {
    const norm = tokens[i]?.norm ?? "";
    const word = withoutClitic(norm);
    if (INFOGRAPHIC.has(word) || INFOGRAPHIC.has(word.replace(/^ال/u, ""))) return true;
    if (!MEDIA.has(word)) continue;
    if (DRAWING.has(word) && !CHART.has(tokens[i + 1]?.norm ?? "")) continue;
    if (THIS.has(tokens[i - 1]?.norm ?? "") && i > first) return true;
    const next = tokens[i + 1]?.norm ?? "";
    if (PLACE.has(next) || PLACE.has(tokens[i + 2]?.norm ?? "")) return true;
  }
  return false;
}

/**
 * Whether a sentence opens by presenting a video report: `في هذا التقرير` or `في هذه الحلقة`,
 * then within PRESENTER_WITHIN_WORDS words its correspondent (`في هذا التقرير الحصري، مراسلة CNN
 * … تشرح …`). Not a report's content (`في هذا التقرير، تقول لجنة خبراء …`), nor an episode's
 * topic (`وفي هذه الحلقة أيضا نكتشف معاناة …`), which may be its page's story.
 */
export function presentsVideo(tokens: readonly Token[], first: number): boolean {
  const opening = matchAt(tokens, first, PRESENTATION);
  if (opening === 0) return false;
  const from = first + opening;
  const end = Math.min(tokens.length, from + PRESENTER_WITHIN_WORDS);
  for (let i = from; i < end; i++) if (PRESENTER.has(tokens[i]?.norm ?? "")) return true;
  return false;
}

/** A word without the clitic `و` before `ال` (`والفيديو`). */
function withoutClitic(norm: string): string {
  return norm.startsWith("وال") ? norm.slice(1) : norm;
}
