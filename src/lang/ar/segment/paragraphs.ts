import type { Span } from "../../../text/types.js";
import { isBlank, type Line } from "./lines.js";
import { endsSentence } from "./terminal.js";
import {
  classifyLineBreak,
  DEFAULT_WRAP_OPTIONS,
  type WrapInfo,
  type WrapOptions,
} from "./wrap.js";

/**
 * Group non-blank lines into paragraphs (spans from the first visible character of the
 * first line to the last visible character of the last line).
 *
 * The rule for line breaks:
 * - a blank line, U+2029 or a form feed always ends a paragraph;
 * - in text that is NOT hard-wrapped (one paragraph a line, as in news sites and ANT),
 *   every line break ends a paragraph, so headings, captions and datelines without a final
 *   terminator stand alone;
 * - in hard-wrapped text (EASC), a single line break ends a paragraph only when the line
 *   ends a sentence (a terminator, closing quotes after it allowed, that is not an
 *   abbreviation's dot), when the line is clearly short of the wrap width (a heading), or
 *   when the next line opens with a list bullet or number; otherwise it is a space;
 * - in any text, a line that ends with a word that needs the next one (a preposition,
 *   a conjunction, a relative pronoun: `data/continuations.ts`) goes on in the next line; but
 *   where there is one paragraph a line, a name spelt as such a word (`كتب - أحمد علي`) ends it.
 */
export function groupParagraphs(
  input: string,
  lines: readonly Line[],
  wrap: WrapInfo,
  options: WrapOptions = DEFAULT_WRAP_OPTIONS,
): Span[] {
  const paragraphs: Span[] = [];
  let open: Span | null = null;
  let previous: Line | null = null;
  // The text's first line (a headline above its lede, in text set apart by blank lines).
  const firstLine = lines.find((line) => !isBlank(line)) ?? null;
  for (const line of lines) {
    if (isBlank(line)) {
      if (open) paragraphs.push(open);
      open = null;
      previous = null;
      continue;
    }
    const joins =
      open !== null &&
      previous !== null &&
      !previous.hardBreak &&
      !endsSentence(input, previous) &&
      classifyLineBreak(input, previous, line, wrap, options, previous === firstLine) === "none";
    if (open && joins) open.end = line.contentEnd;
    else {
      if (open) paragraphs.push(open);
      open = { start: line.contentStart, end: line.contentEnd };
    }
    previous = line;
    if (line.hardBreak) {
      paragraphs.push(open);
      open = null;
      previous = null;
    }
  }
  if (open) paragraphs.push(open);
  return paragraphs;
}
