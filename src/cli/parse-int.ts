import { createError } from "../errors.js";

/** A commander argument parser for a whole number in [min, max] (BAD_OPTION otherwise). */
export function intOption(name: string, min: number, max: number): (raw: string) => number {
  return (raw) => {
    const value = Number(raw);
    if (!/^\s*\d+\s*$/.test(raw) || !Number.isInteger(value) || value < min || value > max) {
      throw createError(
        "BAD_OPTION",
        `${name} must be a whole number from ${min} to ${max}, got ${JSON.stringify(raw)}`,
      );
    }
    return value;
  };
}
