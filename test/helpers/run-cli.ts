import assert from "node:assert/strict";
import { spawn, spawnSync } from "node:child_process";
import { once } from "node:events";
import { closeSync, existsSync, openSync } from "node:fs";
import { CLI, ROOT } from "./shared.js";

/** Result of running the built CLI as a child process; `code` is -1 when it ended by a signal. */
export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Result of `runCli` with `peakRss`: the child's peak resident set size, from GNU time. */
export interface MeasuredCliRun extends CliRun {
  peakRssKb: number;
}

/** How `runCli` wires the child. */
export interface RunCliOptions {
  /** Written to stdin (empty when absent). */
  input?: string | Buffer;
  /** Stdin redirected from this file instead, as `< path` would. */
  stdinFrom?: string;
  /** Stdout sent to this file (e.g. `FULL_DEVICE`), as `> path` would; `stdout` is then "". */
  stdoutTo?: string;
  /** With `stdoutTo`: appended to the file, as `>> path` would. */
  appendStdout?: boolean;
  /** Stderr sent to this file, as `2> path` would; `stderr` is then "" (not with `peakRss`). */
  stderrTo?: string;
  cwd?: string;
  /** Milliseconds before the child is killed (120 000 when absent). */
  timeout?: number;
  /** Run under GNU `/usr/bin/time` (see `TIME`) and report the peak RSS. */
  peakRss?: boolean;
}

/** A device that refuses every write (ENOSPC), or null where there is none. */
export const FULL_DEVICE = existsSync("/dev/full") ? "/dev/full" : null;

/** GNU time, which measures a command's peak RSS; null where there is none. */
export const TIME = existsSync("/usr/bin/time") ? "/usr/bin/time" : null;
const PEAK_RSS = /^MAXRSS_KB (\d+)\n/m;

/** Run `node dist/cli/main.js ...args`: the real binary, as a user would. */
export function runCli(args: string[], options: RunCliOptions & { peakRss: true }): MeasuredCliRun;
export function runCli(args: string[], options?: RunCliOptions): CliRun;
export function runCli(args: string[], options: RunCliOptions = {}): CliRun | MeasuredCliRun {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run \`npm run build\` first`);
  if (options.peakRss && TIME === null) throw new Error("needs GNU /usr/bin/time");
  const argv = [process.execPath, CLI, ...args];
  const [command = "", ...rest] = options.peakRss
    ? [TIME ?? "", "-f", "MAXRSS_KB %M", ...argv]
    : argv;
  const stdin = options.stdinFrom === undefined ? null : openSync(options.stdinFrom, "r");
  const stdout =
    options.stdoutTo === undefined
      ? null
      : openSync(options.stdoutTo, options.appendStdout ? "a" : "w");
  const stderr = options.stderrTo === undefined ? null : openSync(options.stderrTo, "w");
  try {
    const r = spawnSync(command, rest, {
      input: stdin === null ? (options.input ?? "") : undefined,
      stdio: [stdin ?? "pipe", stdout ?? "pipe", stderr ?? "pipe"],
      cwd: options.cwd,
      encoding: "utf8",
      maxBuffer: 64 * 1024 * 1024,
      timeout: options.timeout ?? 120_000,
    });
    const run = { code: r.status ?? -1, stdout: r.stdout ?? "", stderr: r.stderr ?? "" };
    if (!options.peakRss) return run;
    const m = PEAK_RSS.exec(run.stderr);
    if (m === null) throw new Error(`no peak RSS from GNU time in: ${run.stderr}`);
    return { ...run, stderr: run.stderr.replace(PEAK_RSS, ""), peakRssKb: Number(m[1]) };
  } finally {
    if (stdin !== null) closeSync(stdin);
    if (stdout !== null) closeSync(stdout);
    if (stderr !== null) closeSync(stderr);
  }
}

/** A message is one line, names a code, and carries no stack trace. */
export const ONE_LINE_ERROR = /^khulasa: error [A-Z_]+: [^\n]+\n$/;
export const STACK = /\n\s+at .*\(|node:internal/;

/** A run that failed on usage or input: exit 2, nothing on stdout, one line naming `code`. */
export function assertCodedError(run: CliRun, code: string): void {
  assert.equal(run.code, 2, run.stderr);
  assert.equal(run.stdout, "");
  assert.match(run.stderr, ONE_LINE_ERROR);
  assert.match(run.stderr, new RegExp(`^khulasa: error ${code}: \\S`));
  assert.doesNotMatch(run.stderr, /at .*\(/);
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
 * and type Ctrl-C once the terminal shows `interruptAt` (text, or text that matches it), as a user
 * at the keyboard would. The result's `stdout` is everything the terminal received.
 */
export async function runCliInTerminal(
  args: string[],
  interruptAt: string | RegExp,
): Promise<CliRun> {
  if (SCRIPT === null) throw new Error("needs util-linux script");
  const quote = (s: string): string => `'${s.replaceAll("'", "'\\''")}'`;
  const command = [process.execPath, CLI, ...args].map(quote).join(" ");
  const child = spawn(SCRIPT, ["-qfec", command, "/dev/null"], { stdio: ["pipe", "pipe", "pipe"] });
  let seen = "";
  let typed = false;
  child.stdout.setEncoding("utf8");
  child.stdout.on("data", (s: string) => {
    seen += s;
    const shown =
      typeof interruptAt === "string" ? seen.includes(interruptAt) : interruptAt.test(seen);
    if (!typed && shown) {
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

/** Result of `runCliInterrupted`: `signal` is the one the CLI died of (null when it exited). */
export interface InterruptedRun extends CliRun {
  signal: NodeJS.Signals | null;
}

/**
 * Run the built CLI with `input` on a stdin left open (as `tail -f feed |` leaves it: the run
 * waits for more), and send it `signal` once `ready` holds for the stdout read so far; `ready`
 * is asked as output comes and every 20 ms (it may look at a file the CLI writes).
 */
export async function runCliInterrupted(
  args: string[],
  input: string,
  signal: NodeJS.Signals,
  ready: (stdout: string) => boolean,
): Promise<InterruptedRun> {
  const child = spawn(process.execPath, [CLI, ...args], { stdio: ["pipe", "pipe", "pipe"] });
  child.stdin.on("error", () => {});
  child.stdin.write(input);
  let stdout = "";
  let stderr = "";
  let sent = false;
  const check = (): void => {
    if (sent || !ready(stdout)) return;
    sent = true;
    clearInterval(timer);
    child.kill(signal);
  };
  const timer = setInterval(check, 20);
  child.stdout.setEncoding("utf8");
  child.stdout.on("data", (s: string) => {
    stdout += s;
    check();
  });
  child.stderr.setEncoding("utf8");
  child.stderr.on("data", (s: string) => {
    stderr += s;
  });
  const [code, died] = (await once(child, "close")) as [number | null, NodeJS.Signals | null];
  clearInterval(timer);
  return { code: code ?? -1, signal: died, stdout, stderr };
}
