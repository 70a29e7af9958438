import { retryOnRace } from './retryOnRace';

describe('retryOnRace', () => {
  it('retries a step that lost a race until the winner is done', async () => {
    let calls = 0;
    const result = await retryOnRace('migrations', async () => {
      calls += 1;
      if (calls < 3) {
        throw new Error('MigrationLocked: Migration table is already locked');
      }
      return 'migrated';
    });
    expect(result).toBe('migrated');
    expect(calls).toBe(3);
  });

  it('throws any other error at once', async () => {
    let calls = 0;
    await expect(
      retryOnRace('migrations', async () => {
        calls += 1;
        throw new Error('syntax error at or near "CREATE"');
      }),
    ).rejects.toThrow('syntax error');
    expect(calls).toBe(1);
  });

  it('gives up with the last error when the race is still lost after its patience', async () => {
    let calls = 0;
    await expect(
      retryOnRace(
        'scheduler tables',
        async () => {
          calls += 1;
          throw new Error('relation "backstage_backend_tasks" already exists');
        },
        undefined,
        { patienceMs: 600 },
      ),
    ).rejects.toThrow('already exists');
    expect(calls).toBeGreaterThan(1);
    expect(calls).toBeLessThan(5);
  });
});
