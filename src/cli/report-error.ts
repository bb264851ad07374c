import { asKhulasaError } from "../errors.js";

/** Print a one-line error (code, message, hint) on stderr and return the exit code. Never a stack trace. */
export function reportError(
  error: unknown,
  stderr: NodeJS.WritableStream = process.stderr,
): number {
  const e = asKhulasaError(error);
  stderr.write(`khulasa: error ${e.code}: ${e.message}. ${e.hint}\n`);
  return e.exitCode;
}
