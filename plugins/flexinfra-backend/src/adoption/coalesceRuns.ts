/**
 * Wraps a job so that it never runs twice at once in this process: a call
 * while it runs does not start another run beside it but asks for one more
 * run after it, and every call made during a run shares that one follow-up.
 * A call therefore resolves after a run that started after the call, so it
 * sees whatever prompted it.
 *
 * @internal
 */
export function coalesceRuns(job: () => Promise<void>): () => Promise<void> {
  let running: Promise<void> | undefined;
  let followUp: Promise<void> | undefined;

  const start = (): Promise<void> => {
    running = job().finally(() => {
      running = undefined;
    });
    return running;
  };

  return () => {
    if (!running) {
      return start();
    }
    if (!followUp) {
      followUp = running
        .catch(() => undefined)
        .then(() => {
          followUp = undefined;
          return start();
        });
    }
    return followUp;
  };
}
