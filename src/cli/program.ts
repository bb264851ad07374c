import { Command, CommanderError } from "commander";
import { createError } from "../errors.js";
import { registerBatch } from "./commands/batch.js";
import { registerEval } from "./commands/eval.js";
import { registerServe } from "./commands/serve.js";
import { registerSummarize } from "./commands/summarize.js";
import { packageVersion } from "./version.js";

/** The `khulasa` command line: argument parsing only; each command lives in `commands/`. */
export function buildProgram(): Command {
  const program = new Command()
    .name("khulasa")
    .description("Arabic news highlights: 3-4 bullets made of the article's own words.")
    .version(packageVersion(), "-V, --version")
    .showHelpAfterError("(run `khulasa --help` for usage)")
    .exitOverride();
  registerSummarize(program);
  registerBatch(program);
  registerEval(program);
  registerServe(program);
  for (const cmd of program.commands) {
    cmd.exitOverride();
    refuseRepeatedValues(cmd);
  }
  return program;
}

/**
 * An option that takes one value, given twice with different values (`-o a -o b`), is a USAGE
 * error: commander would keep the last and drop the first unseen, and which one was meant is
 * anyone's guess. The same value twice is no question, and flags without a value (`--json`) are
 * not checked. Commander emits `option:NAME` with the raw value at each occurrence, after its
 * own handler has parsed it (a bad value is refused as such first).
 */
function refuseRepeatedValues(cmd: Command): void {
  for (const option of cmd.options) {
    if (!(option.required || option.optional) || option.variadic) continue;
    let first: string | undefined;
    cmd.on(`option:${option.name()}`, (value: unknown) => {
      if (typeof value !== "string") return;
      if (first === undefined) {
        first = value;
        return;
      }
      if (value === first) return;
      const name = option.long ?? option.flags;
      throw createError(
        "USAGE",
        `${name} given twice, as ${JSON.stringify(first)} and as ${JSON.stringify(value)}`,
        `Give ${name} once.`,
      );
    });
  }
}

/** Commander's own errors (unknown option, missing argument) as a one-line USAGE error; help/version pass. */
export function fromCommanderError(
  error: CommanderError,
  argv: readonly string[] = [],
): number | Error {
  if (error.code === "commander.helpDisplayed" || error.code === "commander.version") return 0;
  if (error.code === "commander.help") {
    // Help asked for exits 0; help that commander shows for want of a command (`khulasa`,
    // `khulasa help nope`) is a usage error.
    if (error.exitCode === 0) return 0;
    const named = argv[0] === "help" ? argv[1] : undefined;
    return createError("USAGE", named ? `unknown command '${named}'` : "no command given");
  }
  // One line, ending without a period (reportError adds ". hint"): commander's suggestions
  // ("(Did you mean --format?)") come on a line of their own, and its sentences end with ".".
  const message = error.message
    .replace(/^error: /, "")
    .replace(/\s*\n\s*/g, " ")
    .replace(/\.$/, "");
  return createError("USAGE", message);
}

export { CommanderError };
