#!/usr/bin/env node
import { buildProgram, CommanderError, fromCommanderError } from "./program.js";
import { reportError } from "./report-error.js";

/** Run the CLI with `argv` (user arguments only) and return the exit code. */
export async function main(argv: string[]): Promise<number> {
  const program = buildProgram();
  // Commander prints its own usage errors; we add the coded one-liner and the exit code.
  for (const cmd of [program, ...program.commands]) cmd.configureOutput({ writeErr: () => {} });
  // The subcommand being run, so that a hint can point at its own --help.
  const command = program.commands.find((cmd) => cmd.name() === argv[0])?.name();
  try {
    await program.parseAsync(argv, { from: "user" });
    return typeof process.exitCode === "number" ? process.exitCode : 0;
  } catch (error) {
    if (error instanceof CommanderError) {
      const mapped = fromCommanderError(error);
      if (typeof mapped === "number") return mapped;
      return reportError(mapped, process.stderr, command);
    }
    return reportError(error, process.stderr, command);
  }
}

const code = await main(process.argv.slice(2));
process.exitCode = code;
