import { createError } from "./errors.js";
import { describeValue } from "./text/describe.js";

/**
 * Options of `summarize`. An option given as `null` or `undefined` takes its default; each type
 * says `| undefined` so that a caller compiled with `exactOptionalPropertyTypes` may pass a value
 * that may be undefined (`{ count: args.count }`), as the runtime takes it.
 */
export interface SummarizeOptions {
  /** Number of highlights (1-10). Default: chosen from the article, 3 or 4. */
  count?: number | null | undefined;
  /** The article's title, if known: used as a cue, never printed. */
  title?: string | null | undefined;
  /**
   * Compression: an opening connective is cut from every bullet; attribution tails, asides and
   * trailing clauses only from a sentence of more than 30 words. false keeps whole sentences.
   * Default (also for null): true.
   */
  compress?: boolean | null | undefined;
}

/** Options after validation, with defaults filled in. */
export interface ResolvedOptions {
  count: number | null;
  title: string | null;
  compress: boolean;
}

/** The defaults of `summarize`. */
export const DEFAULT_OPTIONS: Readonly<ResolvedOptions> = Object.freeze({
  count: null,
  title: null,
  compress: true,
});

/** Smallest and largest `count`. */
export const COUNT_RANGE = Object.freeze({ min: 1, max: 10 });

/**
 * The hint of a bad option of `summarize`: the table's hint sends a command-line user to
 * `--help`, which says nothing to a caller of the library.
 */
export const SUMMARIZE_OPTIONS_HINT =
  "summarize takes { count: 1-10 or null, title: a string or null, compress: true or false }.";

/**
 * An options argument from a caller that may be plain JavaScript: `null` is no options; a value
 * that is not a plain object (an array, a Date, an object made from another), or a key outside
 * `known` (a misspelt `compres` would otherwise pass unseen) is BAD_OPTION (with `hint`).
 */
export function optionsObject<T extends object>(
  given: T | null,
  known: readonly (keyof T & string)[],
  hint?: string,
): T {
  const options = given ?? ({} as T);
  if (typeof options !== "object" || Array.isArray(options)) {
    throw createError("BAD_OPTION", "the options must be an object", hint);
  }
  // Options are read as properties, inherited ones too: an object made from another (a Date, a
  // Map, `Object.create({ count: 99 })`) would pass the key check below with what it inherits.
  // A plain object's prototype is an `Object.prototype` (of any realm: a web page's frame, a vm
  // context), which has none of its own.
  const prototype: unknown = Object.getPrototypeOf(options);
  if (prototype !== null && Object.getPrototypeOf(prototype) !== null) {
    const made = (options as { constructor?: { name?: unknown } }).constructor?.name;
    const what =
      typeof made === "string" && made !== "Object" ? `a ${made}` : "an object made from another";
    throw createError(
      "BAD_OPTION",
      `the options must be a plain object ({ … }), got ${what}`,
      hint,
    );
  }
  for (const key of Object.keys(options)) {
    if (!(known as readonly string[]).includes(key)) {
      throw createError("BAD_OPTION", `unknown option ${JSON.stringify(key)}`, hint);
    }
  }
  return options;
}

/**
 * Validate options once; throws BAD_OPTION with a hint. `null` (from plain JavaScript) is no
 * options; any other value that is not an object, and any unknown key, is BAD_OPTION.
 */
export function resolveOptions(given: SummarizeOptions | null = {}): ResolvedOptions {
  const options = optionsObject(given, ["count", "title", "compress"], SUMMARIZE_OPTIONS_HINT);
  const count = options.count ?? DEFAULT_OPTIONS.count;
  if (
    count !== null &&
    (!Number.isInteger(count) || count < COUNT_RANGE.min || count > COUNT_RANGE.max)
  ) {
    throw createError(
      "BAD_OPTION",
      `count must be a whole number from ${COUNT_RANGE.min} to ${COUNT_RANGE.max}, got ${describeValue(count)}`,
      SUMMARIZE_OPTIONS_HINT,
    );
  }
  const title = options.title ?? DEFAULT_OPTIONS.title;
  if (title !== null && typeof title !== "string") {
    throw createError(
      "BAD_OPTION",
      `title must be a string, got ${describeValue(title)}`,
      SUMMARIZE_OPTIONS_HINT,
    );
  }
  const compress = options.compress ?? DEFAULT_OPTIONS.compress;
  if (typeof compress !== "boolean") {
    throw createError(
      "BAD_OPTION",
      `compress must be true or false, got ${describeValue(compress)}`,
      SUMMARIZE_OPTIONS_HINT,
    );
  }
  return { count, title, compress };
}
