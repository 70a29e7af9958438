import { coalesceRuns } from './coalesceRuns';

/** A job whose runs finish only when the test says so. */
function controlledJob() {
  const finishers: Array<(error?: Error) => void> = [];
  let active = 0;
  let mostAtOnce = 0;
  const job = jest.fn(
    () =>
      new Promise<void>((resolve, reject) => {
        active += 1;
        mostAtOnce = Math.max(mostAtOnce, active);
        finishers.push(error => {
          active -= 1;
          if (error) {
            reject(error);
          } else {
            resolve();
          }
        });
      }),
  );
  return {
    job,
    finish: (index: number, error?: Error) => finishers[index](error),
    mostAtOnce: () => mostAtOnce,
  };
}

const settle = () => new Promise(resolve => setImmediate(resolve));

describe('coalesceRuns', () => {
  it('runs at once when idle', async () => {
    const { job, finish } = controlledJob();
    const run = coalesceRuns(job);
    const first = run();
    expect(job).toHaveBeenCalledTimes(1);
    finish(0);
    await expect(first).resolves.toBeUndefined();
  });

  it('turns the calls made during a run into one run after it', async () => {
    const { job, finish, mostAtOnce } = controlledJob();
    const run = coalesceRuns(job);
    const first = run();
    const second = run();
    const third = run();
    expect(job).toHaveBeenCalledTimes(1);

    let secondDone = false;
    second.then(() => {
      secondDone = true;
    });
    finish(0);
    await first;
    await settle();
    // The follow-up started after the first run ended, and only one did.
    expect(job).toHaveBeenCalledTimes(2);
    expect(secondDone).toBe(false);
    finish(1);
    await Promise.all([second, third]);
    expect(job).toHaveBeenCalledTimes(2);
    expect(mostAtOnce()).toBe(1);
  });

  it('still runs the follow-up when the run before it failed, and reports each failure to its own callers', async () => {
    const { job, finish } = controlledJob();
    const run = coalesceRuns(job);
    const first = run();
    const second = run();
    finish(0, new Error('scaffolder unreachable'));
    await expect(first).rejects.toThrow('scaffolder unreachable');
    await settle();
    expect(job).toHaveBeenCalledTimes(2);
    finish(1);
    await expect(second).resolves.toBeUndefined();

    // Idle again: the next call starts a run of its own.
    const third = run();
    expect(job).toHaveBeenCalledTimes(3);
    finish(2);
    await third;
  });
});
