import { asKhulasaError, errorCodes } from "../errors.js";

/**
 * Print a one-line error (code, message, hint) on stderr and return the exit code. Never a stack trace.
 * With `command` (the subcommand being run), a table hint that sends the user to `khulasa --help`
 * names that command's help instead: the top-level help lists no options or values.
 */
export function reportError(
  error: unknown,
  stderr: NodeJS.WritableStream = process.stderr,
  command?: string,
): number {
  const e = asKhulasaError(error);
  let hint = e.hint;
  if (command !== undefined && hint === errorCodes[e.code].hint) {
    hint = hint.replace("`khulasa --help`", `\`khulasa ${command} --help\``);
  }
  stderr.write(`khulasa: error ${e.code}: ${e.message}. ${hint}\n`);
  return e.exitCode;
}
