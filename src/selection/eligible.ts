import { createError } from "../errors.js";
import { Boilerplate } from "../features/boilerplate.js";
import type { CountPools } from "./count.js";
import { Tier } from "./select.js";

const { None, RunOn, Context, Dependent } = Boilerplate;

/**
 * Which sentences may be highlights. When some sentence stands alone (not boilerplate, run-ons
 * included): those, and the news that leans on the sentence before (selection takes the run-ons
 * and the leaning news after the rest). When none does: the leaning news, headings and questions
 * alike (a headline given alone, an interview of questions and answers). A sentence repeated
 * word for word (same normalized text) counts once, at its first place. Text that is only
 * datelines, credits and teasers has nothing to summarize (EMPTY_INPUT).
 */
export function eligibleSentences(kinds: Uint8Array, norms: readonly string[]): boolean[] {
  const allowed: readonly number[] = standsAloneIn(kinds)
    ? [None, RunOn, Context]
    : [Context, Dependent];
  const seen = new Set<string>();
  const eligible = Array.from(kinds, (kind, i) => {
    const norm = norms[i] as string;
    if (!allowed.includes(kind) || seen.has(norm)) return false;
    seen.add(norm);
    return true;
  });
  if (eligible.includes(true)) return eligible;
  throw createError(
    "EMPTY_INPUT",
    "found no sentence to summarize: the text holds only datelines, photo credits, reading teasers or fragments of one or two words",
  );
}

/** Whether `eligibleSentences` finds a sentence: one that is not a line of boilerplate. */
export function hasEligible(kinds: Uint8Array): boolean {
  return kinds.some((kind) => kind !== Boilerplate.Line);
}

/**
 * The pools of the count (`CountPools`) over the eligible sentences: a run-on does not fill the
 * default, unless compression keeps only its leading clauses (`shortened`) and the article has a
 * sentence of a highlight's length besides; the news that leans on the sentence before makes no
 * article long, unless no sentence stands alone (then every eligible sentence counts, as the
 * headings and questions do).
 */
export function countPools(
  kinds: Uint8Array,
  eligible: readonly boolean[],
  shortened: (i: number) => boolean = () => false,
): CountPools {
  const standsAlone = standsAloneIn(kinds);
  const pools = { eligible: 0, fill: 0, points: 0 };
  let trimmed = 0;
  eligible.forEach((e, i) => {
    if (!e) return;
    pools.eligible++;
    if (kinds[i] !== RunOn) pools.fill++;
    else if (shortened(i)) trimmed++;
    if (kinds[i] !== Context || !standsAlone) pools.points++;
  });
  // Only beside a sentence of a highlight's length: in an article of run-ons alone, a trimmed one
  // would cap the count that the others fill.
  if (pools.fill > 0) pools.fill += trimmed;
  return pools;
}

/**
 * When selection takes each sentence, by its kind (`Tier`): run-ons last, those that compression
 * cuts to their leading clauses (`shortened`) before the others; before them the news that leans
 * on the sentence before (with the headings and questions, eligible only when no sentence stands
 * alone).
 */
export function selectionTiers(
  kinds: Uint8Array,
  shortened: (i: number) => boolean = () => false,
): Uint8Array {
  return kinds.map((kind, i) =>
    kind === RunOn
      ? shortened(i)
        ? Tier.Trimmed
        : Tier.LastResort
      : kind === Context || kind === Dependent
        ? Tier.Context
        : Tier.First,
  );
}

/** Whether some sentence stands alone: not boilerplate, not leaning on the one before. */
function standsAloneIn(kinds: Uint8Array): boolean {
  return kinds.some((kind) => kind === None || kind === RunOn);
}
