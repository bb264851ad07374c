import type { Command } from "commander";

/** Register `khulasa batch` (being built). */
export function registerBatch(program: Command): void {
  program.command("batch").description("(being built)");
}
