/**
 * Runs at most `limit` of the given tasks at a time; the rest wait their
 * turn in the order they were given.
 *
 * @internal
 */
export function limitConcurrency(
  limit: number,
): <T>(task: () => Promise<T>) => Promise<T> {
  let running = 0;
  const waiting: Array<() => void> = [];
  const next = () => {
    running -= 1;
    waiting.shift()?.();
  };
  return async <T>(task: () => Promise<T>): Promise<T> => {
    if (running >= limit) {
      await new Promise<void>(resolve => waiting.push(resolve));
    }
    running += 1;
    try {
      return await task();
    } finally {
      next();
    }
  };
}
