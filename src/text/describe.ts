/** Whether a parsed JSON value is an object (not an array, not null). */
export function isJsonObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * Whether a parsed JSON value can be a record's id: a non-empty string or a finite number. The
 * one rule of `khulasa batch`, the HTTP service and `khulasa eval`, which all also refuse a
 * whole number that JSON.parse rounded (`isRoundedId`).
 */
export function isIdValue(value: unknown): value is string | number {
  return (typeof value === "string" && value !== "") || Number.isFinite(value);
}

/**
 * What `value` is, for the "got …" of an error message about a value of the wrong type or out of
 * range: a number, boolean or bigint by its value (`2.5`, `NaN`, `true`, `5n`), `null` and
 * `undefined` by name, anything else by its kind (`a string`, `an empty string`, `an array`,
 * `an object`, `a function`, `a symbol`). A string's text is never quoted back (it may be a whole
 * article), and nothing is converted, so a symbol or an object without a prototype is named too
 * (`${value}` throws on the one, `String(value)` on the other).
 */
export function describeValue(value: unknown): string {
  switch (typeof value) {
    case "undefined":
      return "undefined";
    case "string":
      return value === "" ? "an empty string" : "a string";
    case "number":
    case "boolean":
      return String(value);
    case "bigint":
      return `${value}n`;
    case "symbol":
      return "a symbol";
    case "function":
      return "a function";
    default:
      return value === null ? "null" : Array.isArray(value) ? "an array" : "an object";
  }
}

/**
 * A numeric id that JSON.parse may have rounded (a whole number beyond 2^53 - 1: from 2^53 on,
 * neighbouring integers read as one number): echoed, it could be another id than the input's,
 * and two ids could collide.
 */
export function isRoundedId(id: unknown): id is number {
  return typeof id === "number" && Number.isInteger(id) && !Number.isSafeInteger(id);
}

/** The error message for a rounded id. */
export function roundedIdMessage(id: number): string {
  return `\`id\` is a whole number beyond 2^53 - 1, read as ${id} (a JSON reader may have rounded it); write it as a string`;
}
