import type { Command } from "commander";

/** Register `khulasa summarize` (being built). */
export function registerSummarize(program: Command): void {
  program.command("summarize").description("(being built)");
}
