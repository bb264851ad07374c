#!/usr/bin/env node
import { writeText } from "./output.js";
import { buildProgram, CommanderError, fromCommanderError } from "./program.js";
import { reportError } from "./report-error.js";

/** Run the CLI with `argv` (user arguments only) and return the exit code. */
export async function main(argv: string[]): Promise<number> {
  const program = buildProgram();
  // Commander prints its own usage errors; we add the coded one-liner and the exit code. Help
  // and the version go to stdout through writeText: a reader that goes away (`--help | head -1`)
  // is no error, and a failed write is a coded one.
  let written: Promise<void> = Promise.resolve();
  const writeOut = (text: string): void => {
    written = written.then(() => writeText(text));
  };
  for (const cmd of [program, ...program.commands]) {
    cmd.configureOutput({ writeErr: () => {}, writeOut });
  }
  // The subcommand being run, so that a hint can point at its own --help.
  const command = program.commands.find((cmd) => cmd.name() === argv[0])?.name();
  try {
    await program.parseAsync(argv, { from: "user" });
    await written;
    return typeof process.exitCode === "number" ? process.exitCode : 0;
  } catch (error) {
    if (error instanceof CommanderError) {
      const mapped = fromCommanderError(error, argv);
      if (typeof mapped !== "number") return reportError(mapped, process.stderr, command);
      try {
        await written;
        return mapped;
      } catch (failed) {
        return reportError(failed, process.stderr, command);
      }
    }
    return reportError(error, process.stderr, command);
  }
}

// A stderr that cannot be written (`2>/dev/full`, a closed pipe) must not crash the process with
// exit code 1, which means "some records failed": the exit code is the report that is left.
process.stderr.on("error", () => {});
const code = await main(process.argv.slice(2));
process.exitCode = code;
