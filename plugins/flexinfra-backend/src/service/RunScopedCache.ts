/**
 * Caches answers computed from stored results until the next refresh
 * commits. Stored results change only when a run commits, so an answer is
 * keyed by the query and the id of the last successful run: any replica sees
 * a new run id as soon as it is committed and stops using older answers.
 */
export class RunScopedCache<T> {
  private readonly entries = new Map<string, Promise<T>>();

  constructor(private readonly maxEntries = 500) {}

  /**
   * The cached answer to `key` for `runId`, or computes and caches it. A
   * failed computation is not cached.
   */
  get(
    runId: number | null,
    key: string,
    compute: () => Promise<T>,
  ): Promise<T> {
    const cacheKey = `${runId ?? 'none'}\u0000${key}`;
    const cached = this.entries.get(cacheKey);
    if (cached) {
      // Most recently used last, so the oldest entry is evicted first.
      this.entries.delete(cacheKey);
      this.entries.set(cacheKey, cached);
      return cached;
    }
    const value = compute();
    this.entries.set(cacheKey, value);
    value.catch(() => this.entries.delete(cacheKey));
    while (this.entries.size > this.maxEntries) {
      const oldest = this.entries.keys().next().value as string;
      this.entries.delete(oldest);
    }
    return value;
  }
}
