import type { Command } from "commander";

/** Register `khulasa eval` (being built). */
export function registerEval(program: Command): void {
  program.command("eval").description("(being built)");
}
