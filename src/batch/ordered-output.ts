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
 * Writes outcomes in the order they were pushed, each as soon as it and every one before it
 * have finished (a slow producer's records come out as they are summarized, not when a window
 * fills or the input ends). `push` waits while the pending ones fill the window (and for the
 * output to drain), which keeps memory flat and slows the reader to the pace of the workers and
 * of the output.
 */
export class OrderedOutput {
  private readonly pending: Pending[] = [];
  private pendingUnits = 0;
  private readonly out: Writable;
  private readonly window: OutputWindow;
  private readonly onWrite: (outcome: BatchOutcome) => void;
  private readonly halt: AbortSignal | undefined;
  private failure: Error | null = null;
  /** Whether `pump` is writing; callers that find it so wait in `idle` for it to stop. */
  private pumping = false;
  private readonly idle: (() => void)[] = [];

  /**
   * `onWrite` is called as each line is handed to `out`. Once `halt` aborts (the process is
   * stopping on a signal), no line is handed over any more, and `push` and `flush` reject with
   * its reason: the lines handed over are those `onWrite` was called for, no more.
   */
  constructor(
    out: Writable,
    window: OutputWindow,
    onWrite: (outcome: BatchOutcome) => void,
    halt?: AbortSignal,
  ) {
    this.out = out;
    this.window = { records: Math.max(1, window.records), units: window.units };
    this.onWrite = onWrite;
    this.halt = halt;
    // Without a listener a failed write (a closed pipe, a full disk) would crash the process.
    // Node pipes each worker thread's stdout into the parent's, one 'error' listener each: with
    // nine workers or more, this one and the one `once(out, "drain")` adds while the output is
    // slow would be reported as a leak (MaxListenersExceededWarning) on stderr.
    const listeners = out.listenerCount("error") + OWN_ERROR_LISTENERS;
    const max = out.getMaxListeners();
    if (max > 0 && listeners > max) out.setMaxListeners(listeners);
    out.on("error", (error: Error) => {
      this.failure ??= error;
    });
  }

  /**
   * Queue an outcome (the promise must never reject) of a record of `units` size; waits while
   * the window is full.
   */
  async push(outcome: Promise<BatchOutcome>, units = 0): Promise<void> {
    this.halt?.throwIfAborted();
    const entry: Pending = { outcome, units, done: null };
    this.pending.push(entry);
    this.pendingUnits += units;
    void outcome.then((done) => {
      entry.done = done;
      // Errors of the output surface in `push` and `flush`, which check `failure`.
      this.pump().catch(() => {});
    });
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
    this.halt?.throwIfAborted();
    if (this.failure) throw this.failure;
  }

  /** Wait for the oldest pending outcome, and write it (with any finished ones after it). */
  private async writeOldest(): Promise<void> {
    const oldest = this.pending[0];
    if (oldest === undefined) return;
    await oldest.outcome;
    await this.pump();
    // Halted, the pump leaves the queue as it is: waiting on would never end.
    this.halt?.throwIfAborted();
    if (this.failure) throw this.failure;
  }

  /**
   * Write the finished outcomes at the head of the queue, in order, waiting for the output to
   * drain when it asks to. One pump runs at a time: a caller that finds one running waits for
   * it to stop. The loop's last check and `pumping = false` run without an await between them,
   * so an outcome that finishes later always starts a pump of its own.
   */
  private async pump(): Promise<void> {
    if (this.pumping) return new Promise((resolve) => this.idle.push(resolve));
    this.pumping = true;
    try {
      for (let head = this.pending[0]; head?.done; head = this.pending[0]) {
        if (this.failure) throw this.failure;
        if (this.halt?.aborted) return;
        this.pending.shift();
        this.pendingUnits -= head.units;
        // Counted as soon as it is handed over, before waiting for the output to drain: a
        // signal that comes during that wait must count it, as the output will hold it.
        const flowing = this.out.write(`${head.done.json}\n`);
        this.onWrite(head.done);
        if (!flowing) await once(this.out, "drain");
      }
    } finally {
      this.pumping = false;
      for (const resolve of this.idle.splice(0)) resolve();
    }
  }
}

/** 'error' listeners of the output's own: the constructor's, and `once`'s while it waits to drain. */
const OWN_ERROR_LISTENERS = 2;

/** A queued outcome: its promise, its size, and the outcome once it has finished. */
interface Pending {
  outcome: Promise<BatchOutcome>;
  units: number;
  done: BatchOutcome | null;
}
