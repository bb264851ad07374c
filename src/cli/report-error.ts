import { asKhulasaError, errorCodes } from "../errors.js";

/** Control characters (line breaks among them) and the two Unicode line separators. */
const CONTROL = /[\p{Cc}\u2028\u2029]/gu;

/** `text` on one line: a control character is written as its escape (`\n`, `\u0085`). */
function oneLine(text: string): string {
  return text.replace(CONTROL, (c) => {
    if (c === "\n") return "\\n";
    if (c === "\r") return "\\r";
    if (c === "\t") return "\\t";
    return `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`;
  });
}

/**
 * Print a one-line error (code, message, hint) on stderr and return the exit code. Never a stack
 * trace, and never a second line: a path or a value with a line break in it is escaped.
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
  const line = `khulasa: error ${e.code}: ${oneLine(`${e.message}. ${hint}`)}\n`;
  try {
    // A stderr that refuses the line (a full disk, `2>/dev/full`) throws here, or later as an
    // 'error' event (see main.ts): either way the exit code still tells what went wrong.
    stderr.write(line);
  } catch {
    // Nowhere left to report it.
  }
  return e.exitCode;
}
