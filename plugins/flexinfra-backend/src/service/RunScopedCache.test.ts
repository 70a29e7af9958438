import { RunScopedCache } from './RunScopedCache';

describe('RunScopedCache', () => {
  it('computes once per query and run', async () => {
    const cache = new RunScopedCache<number>();
    const compute = jest.fn(async () => 42);
    await expect(cache.get(1, 'summary?owner', compute)).resolves.toBe(42);
    await expect(cache.get(1, 'summary?owner', compute)).resolves.toBe(42);
    expect(compute).toHaveBeenCalledTimes(1);

    await cache.get(1, 'summary?kind', compute);
    expect(compute).toHaveBeenCalledTimes(2);
  });

  it('computes again once a newer run has committed', async () => {
    const cache = new RunScopedCache<string>();
    await cache.get(1, 'q', async () => 'before');
    await expect(cache.get(2, 'q', async () => 'after')).resolves.toBe('after');
  });

  it('does not keep a failure', async () => {
    const cache = new RunScopedCache<string>();
    await expect(
      cache.get(null, 'q', async () => {
        throw new Error('database away');
      }),
    ).rejects.toThrow('database away');
    await expect(cache.get(null, 'q', async () => 'ok')).resolves.toBe('ok');
  });

  it('evicts the least recently used answer beyond its size', async () => {
    const cache = new RunScopedCache<string>(2);
    await cache.get(1, 'a', async () => 'a1');
    await cache.get(1, 'b', async () => 'b1');
    await cache.get(1, 'a', async () => 'a2'); // a is used again
    await cache.get(1, 'c', async () => 'c1'); // evicts b
    await expect(cache.get(1, 'a', async () => 'a3')).resolves.toBe('a1');
    await expect(cache.get(1, 'b', async () => 'b2')).resolves.toBe('b2');
  });
});
