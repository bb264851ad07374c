import assert from "node:assert/strict";
import { KhulasaError } from "../../src/errors.js";

/** "ok" when `run` returns, "CODE: message" when it throws a KhulasaError (anything else fails). */
export function verdictOf(run: () => unknown): string {
  try {
    run();
    return "ok";
  } catch (error) {
    assert.ok(error instanceof KhulasaError);
    return `${error.code}: ${error.message}`;
  }
}
