import type { Command } from "commander";

/** Register `khulasa serve` (being built). */
export function registerServe(program: Command): void {
  program.command("serve").description("(being built)");
}
