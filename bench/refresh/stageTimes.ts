/**
 * Where a refresh's wall time goes, without touching the plugin: the
 * reader and the stores it is given are wrapped so that every call is timed.
 * Calls the refresh awaits one after another add up; the catalog pages are
 * read ahead while the previous page is scored, so their time overlaps the
 * rest and is listed apart.
 */
import { performance } from 'node:perf_hooks';

export type StageTimes = Record<string, { calls: number; ms: number }>;

function record(stats: StageTimes, name: string, start: number) {
  const entry = (stats[name] ??= { calls: 0, ms: 0 });
  entry.calls += 1;
  entry.ms += performance.now() - start;
}

async function* timedIterator<T>(
  iterator: AsyncGenerator<T>,
  stats: StageTimes,
  name: string,
): AsyncGenerator<T> {
  try {
    for (;;) {
      const start = performance.now();
      const next = await iterator.next();
      record(stats, name, start);
      if (next.done) {
        return;
      }
      yield next.value;
    }
  } finally {
    await iterator.return?.(undefined);
  }
}

/** `target` with every method call timed into `stats` as `<prefix>.<method>`. */
export function timed<T extends object>(
  target: T,
  prefix: string,
  stats: StageTimes,
): T {
  return new Proxy(target, {
    get(object, key) {
      const value = Reflect.get(object, key);
      if (typeof value !== 'function' || key === 'constructor') {
        return value;
      }
      const name = `${prefix}.${String(key)}`;
      return (...args: unknown[]) => {
        const start = performance.now();
        // Called on the object itself, so its calls to its own methods are
        // not counted twice.
        const result = value.apply(object, args);
        if (result && typeof result.then === 'function') {
          return result.finally(() => record(stats, name, start));
        }
        if (result && typeof result[Symbol.asyncIterator] === 'function') {
          return timedIterator(result, stats, name);
        }
        record(stats, name, start);
        return result;
      };
    },
  });
}

/** Rounded, largest first. */
export function summariseStages(stats: StageTimes) {
  return Object.fromEntries(
    Object.entries(stats)
      .sort((a, b) => b[1].ms - a[1].ms)
      .map(([name, { calls, ms }]) => [name, { calls, ms: Math.round(ms) }]),
  );
}
