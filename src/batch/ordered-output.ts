import { once } from "node:events";
import type { Writable } from "node:stream";
import type { BatchOutcome } from "./task.js";

/** How much may be pending in an {@link OrderedOutput}: records, and their size. */
export interface OutputWindow {
  records: number;
  /** Sum of the sizes given to `push` (article length, UTF-16 units). */
  units: number;
}

/**
 * Writes outcomes in the order they were pushed while the pending ones fit the window: `push`
 * waits for the oldest to finish (and for the output to drain) when the window is full, which
 * keeps memory flat and slows the reader to the pace of the workers and of the output.
 */
export class OrderedOutput {
  private readonly pending: { outcome: Promise<BatchOutcome>; units: number }[] = [];
  private pendingUnits = 0;
  private readonly out: Writable;
  private readonly window: OutputWindow;
  private readonly onWrite: (outcome: BatchOutcome) => void;
  private failure: Error | null = null;

  constructor(out: Writable, window: OutputWindow, onWrite: (outcome: BatchOutcome) => void) {
    this.out = out;
    this.window = { records: Math.max(1, window.records), units: window.units };
    this.onWrite = onWrite;
    // Without a listener a failed write (a closed pipe, a full disk) would crash the process.
    // Node pipes each worker thread's stdout into the parent's, one 'error' listener each: with
    // ten workers or more, this one would be reported as a leak (MaxListenersExceededWarning).
    const listeners = out.listenerCount("error");
    const max = out.getMaxListeners();
    if (max > 0 && listeners >= max) out.setMaxListeners(listeners + 1);
    out.on("error", (error: Error) => {
      this.failure ??= error;
    });
  }

  /**
   * Queue an outcome (the promise must never reject) of a record of `units` size; waits while
   * the window is full.
   */
  async push(outcome: Promise<BatchOutcome>, units = 0): Promise<void> {
    this.pending.push({ outcome, units });
    this.pendingUnits += units;
    while (
      this.pending.length >= this.window.records ||
      (this.pending.length > 0 && this.pendingUnits >= this.window.units)
    ) {
      await this.writeOldest();
    }
  }

  /** Write every queued outcome, in order. */
  async flush(): Promise<void> {
    while (this.pending.length > 0) await this.writeOldest();
  }

  private async writeOldest(): Promise<void> {
    const next = this.pending.shift();
    if (next === undefined) return;
    this.pendingUnits -= next.units;
    const outcome = await next.outcome;
    if (this.failure) throw this.failure;
    if (!this.out.write(`${outcome.json}\n`)) await once(this.out, "drain");
    this.onWrite(outcome);
  }
}
