import { limitConcurrency } from './limitConcurrency';

/** A task that finishes when the test says so. */
function deferred() {
  let finish!: () => void;
  const done = new Promise<void>(resolve => {
    finish = resolve;
  });
  return { done, finish };
}

describe('limitConcurrency', () => {
  it('runs at most the limit at once, the rest in order, and all of them', async () => {
    const limit = limitConcurrency(2);
    const gates = [deferred(), deferred(), deferred(), deferred()];
    const started: number[] = [];
    let running = 0;
    let most = 0;
    const results = gates.map((gate, i) =>
      limit(async () => {
        started.push(i);
        running += 1;
        most = Math.max(most, running);
        await gate.done;
        running -= 1;
        return i * 10;
      }),
    );
    await Promise.resolve();
    await Promise.resolve();
    expect(started).toEqual([0, 1]);

    gates[1].finish();
    await results[1];
    await new Promise(resolve => setImmediate(resolve));
    expect(started).toEqual([0, 1, 2]);

    gates.forEach(gate => gate.finish());
    await expect(Promise.all(results)).resolves.toEqual([0, 10, 20, 30]);
    expect(started).toEqual([0, 1, 2, 3]);
    expect(most).toBe(2);
  });

  it('frees the slot of a task that fails', async () => {
    const limit = limitConcurrency(1);
    await expect(
      limit(async () => {
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    await expect(limit(async () => 'next')).resolves.toBe('next');
  });
});
