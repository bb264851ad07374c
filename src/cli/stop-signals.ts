/** Signals that stop a run: Ctrl-C, a kill, a closed terminal. */
const STOP_SIGNALS: readonly NodeJS.Signals[] = ["SIGINT", "SIGTERM", "SIGHUP"];

/**
 * Until the returned `release` has run, the first stop signal (Ctrl-C, a kill, a closed terminal)
 * runs `onStop`, waits for it, and then ends the process by that same signal, as it would have
 * ended without a handler: a shell still sees 128 + the signal's number (130 for Ctrl-C). The
 * handlers go as soon as the first signal comes, so a second one while `onStop` waits (an output
 * that does not drain) ends the process at once. An error of `onStop` does not keep it alive.
 */
export function handleStopSignals(
  onStop: (signal: NodeJS.Signals) => Promise<void> | void,
): () => void {
  const remove = (): void => {
    for (const signal of STOP_SIGNALS) process.off(signal, stop);
  };
  const stop = (signal: NodeJS.Signals): void => {
    remove();
    void Promise.resolve()
      .then(() => onStop(signal))
      .catch(() => {})
      .then(() => process.kill(process.pid, signal));
  };
  for (const signal of STOP_SIGNALS) process.on(signal, stop);
  // A signal that came while the main thread was busy (a long article, `--workers 0`) waits for
  // the event loop's next poll: the handlers stay until then, or the run would end with exit code
  // 0 after a Ctrl-C. Two turns: the first may run before that poll.
  return () => setImmediate(() => setImmediate(remove));
}
