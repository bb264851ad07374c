import { createError, type KhulasaError } from "../errors.js";

/**
 * Status of a batch whose body stalled before any record was answered: 408 Request Timeout, as
 * Node answers a request not received within its requestTimeout.
 */
export const STALLED_STATUS = 408;

/**
 * Thrown by `runBatch` when its body stopped coming in: no byte for `ms` while the run waited for
 * one, every record read before answered. `line` is where the body stopped (the line after the
 * last one read); `error` is the TIMEOUT to answer.
 */
export class BodyStalled extends Error {
  readonly error: KhulasaError;

  constructor(
    readonly line: number,
    ms: number,
  ) {
    super("the request body stalled");
    const s = `${ms / 1000} s`;
    this.error = createError(
      "TIMEOUT",
      `the request body stalled: no bytes came for ${s}`,
      `Send the body without pausing for ${s}: send the records you have, and later ones in another batch.`,
    );
  }
}

/**
 * The timer of a body that may stop coming in: `wait()` resolves once no chunk has come
 * (`touch`) for `ms` from its call; `stop()` ends the wait, whose promise then never resolves.
 * One wait at a time: the caller waits only while it has asked for bytes and owes no answer.
 */
export class IdleWatch {
  private timer: NodeJS.Timeout | undefined;
  private fire: (() => void) | undefined;

  constructor(readonly ms: number) {}

  wait(): Promise<void> {
    this.stop();
    return new Promise((resolve) => {
      this.fire = resolve;
      this.restart();
    });
  }

  /** A chunk came: the wait, if any, starts over. */
  touch(): void {
    if (this.fire !== undefined) this.restart();
  }

  stop(): void {
    clearTimeout(this.timer);
    this.fire = undefined;
  }

  private restart(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.fire?.(), this.ms);
  }
}
