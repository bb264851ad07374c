import { spawn, spawnSync } from "node:child_process";
import { once } from "node:events";
import { closeSync, existsSync, openSync } from "node:fs";
import { CLI, ROOT } from "./shared.js";

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

/** A device that refuses every write (ENOSPC), or null where there is none. */
export const FULL_DEVICE = existsSync("/dev/full") ? "/dev/full" : null;

/** Run the built CLI with its stdout sent to `path` (e.g. `FULL_DEVICE`), as `> path` would. */
export function runCliWithStdoutTo(args: string[], path: string): CliRun {
  const fd = openSync(path, "w");
  try {
    const r = spawnSync(process.execPath, [CLI, ...args], {
      stdio: ["ignore", fd, "pipe"],
      encoding: "utf8",
      timeout: 120_000,
    });
    return { code: r.status ?? -1, stdout: "", stderr: r.stderr };
  } finally {
    closeSync(fd);
  }
}

/**
 * Run the built CLI with a stdout pipe whose reader is gone before the CLI writes anything
 * (its end is closed right after the spawn, while node is still starting): every write fails
 * with EPIPE, as under `| head -1` once head has its line.
 */
export async function runCliWithClosedStdout(args: string[]): Promise<CliRun> {
  const child = spawn(process.execPath, [CLI, ...args], { stdio: ["ignore", "pipe", "pipe"] });
  child.stdout.destroy();
  let stderr = "";
  child.stderr.setEncoding("utf8");
  child.stderr.on("data", (s: string) => {
    stderr += s;
  });
  const [code] = (await once(child, "close")) as [number | null];
  return { code: code ?? -1, stdout: "", stderr };
}

/**
 * Run the built CLI with `input` on stdin and close its stdout once the first line has come, as
 * `| head -1` does: the CLI is still busy (workers hold records in flight) when its writes fail.
 */
export async function runCliUntilFirstLine(args: string[], input: string): Promise<CliRun> {
  const child = spawn(process.execPath, [CLI, ...args], { stdio: ["pipe", "pipe", "pipe"] });
  child.stdin.on("error", () => {}); // the CLI may stop reading once its output is gone
  child.stdin.end(input);
  let stdout = "";
  child.stdout.setEncoding("utf8");
  child.stdout.on("data", (s: string) => {
    stdout += s;
    if (stdout.includes("\n")) child.stdout.destroy();
  });
  let stderr = "";
  child.stderr.setEncoding("utf8");
  child.stderr.on("data", (s: string) => {
    stderr += s;
  });
  const [code] = (await once(child, "close")) as [number | null];
  return { code: code ?? -1, stdout: stdout.slice(0, stdout.indexOf("\n") + 1), stderr };
}

/** Result of `runModuleScript`: `signal` is set when the deadline stopped it. */
export interface ScriptRun {
  status: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/**
 * Run an ES module given as source in a child node process from the repository's root (so that
 * `khulasa` resolves through package.json, as in a user's code), with tsx loaded when the script
 * imports TypeScript sources; stopped after `timeout` ms.
 */
export function runModuleScript(
  script: string,
  options: { tsx?: boolean; timeout?: number } = {},
): ScriptRun {
  const loader = options.tsx ? ["--import", "tsx"] : [];
  const r = spawnSync(process.execPath, [...loader, "--input-type=module", "-e", script], {
    cwd: ROOT,
    encoding: "utf8",
    timeout: options.timeout ?? 120_000,
  });
  return { status: r.status, signal: r.signal, stdout: r.stdout, stderr: r.stderr };
}

/** util-linux `script`, which runs a command on a pseudo-terminal; null where there is none. */
export const SCRIPT = existsSync("/usr/bin/script") ? "/usr/bin/script" : null;

/**
 * Run the built CLI on a pseudo-terminal (stdout and stderr both go to it, through `script`)
 * and type Ctrl-C once the terminal shows `interruptAt`, as a user at the keyboard would. The
 * result's `stdout` is everything the terminal received.
 */
export async function runCliInTerminal(args: string[], interruptAt: string): Promise<CliRun> {
  if (SCRIPT === null) throw new Error("needs util-linux script");
  const quote = (s: string): string => `'${s.replaceAll("'", "'\\''")}'`;
  const command = [process.execPath, CLI, ...args].map(quote).join(" ");
  const child = spawn(SCRIPT, ["-qfec", command, "/dev/null"], { stdio: ["pipe", "pipe", "pipe"] });
  let seen = "";
  let typed = false;
  child.stdout.setEncoding("utf8");
  child.stdout.on("data", (s: string) => {
    seen += s;
    if (!typed && seen.includes(interruptAt)) {
      typed = true;
      child.stdin.write("\x03");
    }
  });
  let stderr = "";
  child.stderr.setEncoding("utf8");
  child.stderr.on("data", (s: string) => {
    stderr += s;
  });
  const [code] = (await once(child, "close")) as [number | null];
  return { code: code ?? -1, stdout: seen, stderr };
}
