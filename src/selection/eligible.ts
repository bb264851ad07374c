import { createError } from "../errors.js";
import { Boilerplate } from "../features/boilerplate.js";

/**
 * Which sentences may be highlights: those that are not boilerplate (run-on sentences included:
 * selection takes them last); if there are none, headings and questions (a headline given
 * alone). A sentence repeated word for word (same normalized text) counts once, at its first
 * place. Text that is only datelines, credits and teasers has
 * nothing to summarize (EMPTY_INPUT).
 */
export function eligibleSentences(kinds: Uint8Array, norms: readonly string[]): boolean[] {
  const tiers: readonly (readonly number[])[] = [
    [Boilerplate.None, Boilerplate.RunOn],
    [Boilerplate.Dependent],
  ];
  for (const allowed of tiers) {
    const seen = new Set<string>();
    const eligible = Array.from(kinds, (kind, i) => {
      const norm = norms[i] as string;
      if (!allowed.includes(kind) || seen.has(norm)) return false;
      seen.add(norm);
      return true;
    });
    if (eligible.includes(true)) return eligible;
  }
  throw createError(
    "EMPTY_INPUT",
    "found no sentence to summarize: the text holds only datelines, photo credits, reading teasers or fragments of one or two words",
  );
}
