import { spawnSync } from "node:child_process";
import { CLI } from "./shared.js";

/** Result of running the built CLI as a child process. */
export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Run `node dist/cli/main.js ...args` with optional stdin; the real binary, as a user would. */
export function runCli(
  args: string[],
  options: { input?: string | Buffer; cwd?: string } = {},
): CliRun {
  const r = spawnSync(process.execPath, [CLI, ...args], {
    input: options.input ?? "",
    cwd: options.cwd,
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
    timeout: 120_000,
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

/** A message is one line, names a code, and carries no stack trace. */
export const ONE_LINE_ERROR = /^khulasa: error [A-Z_]+: [^\n]+\n$/;
export const STACK = /\n\s+at .*\(|node:internal/;
