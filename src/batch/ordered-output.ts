import { once } from "node:events";
import type { Writable } from "node:stream";
import type { BatchOutcome } from "./task.js";

/**
 * Writes outcomes in the order they were pushed while at most `window` are pending: `push`
 * waits for the oldest to finish (and for the output to drain) when the window is full, which
 * keeps memory flat and slows the reader to the pace of the workers and of the output.
 */
export class OrderedOutput {
  private readonly pending: Promise<BatchOutcome>[] = [];
  private readonly out: Writable;
  private readonly window: number;
  private readonly onWrite: (outcome: BatchOutcome) => void;
  private failure: Error | null = null;

  constructor(out: Writable, window: number, onWrite: (outcome: BatchOutcome) => void) {
    this.out = out;
    this.window = Math.max(1, window);
    this.onWrite = onWrite;
    // Without a listener a failed write (a closed pipe, a full disk) would crash the process.
    out.on("error", (error: Error) => {
      this.failure ??= error;
    });
  }

  /** Queue an outcome (the promise must never reject); waits while the window is full. */
  async push(outcome: Promise<BatchOutcome>): Promise<void> {
    this.pending.push(outcome);
    while (this.pending.length >= this.window) await this.writeOldest();
  }

  /** Write every queued outcome, in order. */
  async flush(): Promise<void> {
    while (this.pending.length > 0) await this.writeOldest();
  }

  private async writeOldest(): Promise<void> {
    const next = this.pending.shift();
    if (next === undefined) return;
    const outcome = await next;
    if (this.failure) throw this.failure;
    if (!this.out.write(`${outcome.json}\n`)) await once(this.out, "drain");
    this.onWrite(outcome);
  }
}
