/**
 * How far a job on the other side is, asked a few times a second while the page waits for it (a
 * people file read, a snapshot checked, a diff run). An answer that arrives after `stop` is dropped:
 * it would otherwise show the bar again once the job had ended.
 */
const POLL_MS = 250;

/** Asks `ask` every 250 ms and hands each non-null answer to `show`; returns the function that stops it. */
export function pollProgress<P>(ask: () => Promise<P | null>, show: (progress: P) => void): () => void {
  let stopped = false;
  const timer = setInterval(() => {
    void ask().then(
      (progress) => !stopped && progress !== null && show(progress),
      () => undefined,
    );
  }, POLL_MS);
  return () => {
    stopped = true;
    clearInterval(timer);
  };
}
