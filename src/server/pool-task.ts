// What the server's engine and its worker threads say to each other.
import type { SummarizeJob } from "./job.js";

/** A job as the pool sends it to a thread, with the ticket the thread names when it begins it. */
export interface PoolTask {
  job: SummarizeJob;
  ticket: number;
}

/** The message a thread posts (to the pool's `message` event) when it begins a task. */
export interface StartedMessage {
  khulasaStarted: number;
}

/** The ticket of a thread's "begun" message, or null for any other message. */
export function startedTicket(message: unknown): number | null {
  if (typeof message !== "object" || message === null) return null;
  const ticket = (message as Partial<StartedMessage>).khulasaStarted;
  return typeof ticket === "number" ? ticket : null;
}
