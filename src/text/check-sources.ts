import { createError } from "../errors.js";
import { describeValue } from "./describe.js";
import type { Span } from "./types.js";

/**
 * Throw BAD_OPTION (with `hint`) unless `sources` is an array of spans of `input`: objects whose
 * `start` and `end` are whole numbers with 0 <= start <= end <= input.length. A span outside the
 * text, or reversed, would be cut short or read as nothing by `slice`, silently.
 */
export function checkSources(
  input: string,
  sources: unknown,
  hint: string,
): asserts sources is readonly Span[] {
  if (!Array.isArray(sources)) {
    throw createError(
      "BAD_OPTION",
      `the sources must be an array of { start, end }, got ${describeValue(sources)}`,
      hint,
    );
  }
  sources.forEach((span: unknown, i) => {
    const isObject = typeof span === "object" && span !== null;
    const { start, end } = (isObject ? span : {}) as { start?: unknown; end?: unknown };
    if (!Number.isInteger(start) || !Number.isInteger(end)) {
      const got = isObject
        ? `start ${describeValue(start)}, end ${describeValue(end)}`
        : describeValue(span);
      throw createError(
        "BAD_OPTION",
        `source ${i} must be { start, end } with whole numbers, got ${got}`,
        hint,
      );
    }
    const [from, to] = [start as number, end as number];
    if (from < 0 || from > to || to > input.length) {
      throw createError(
        "BAD_OPTION",
        `source ${i} [${from}, ${to}) is not a span of the text (0 to ${input.length}, start <= end)`,
        hint,
      );
    }
  });
}
