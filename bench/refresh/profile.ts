/**
 * CPU profiles of single phases (`--profile DIR`), through the inspector of
 * this process, and a summary of where their time went: self time by
 * package or source file, and the top functions.
 */
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import path from 'node:path';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

let session: Session | undefined;

/** Runs `fn` under the CPU profiler and writes `<dir>/<name>.cpuprofile`. */
export async function profiled<T>(
  dir: string | undefined,
  name: string,
  fn: () => Promise<T>,
): Promise<T> {
  if (!dir) {
    return fn();
  }
  if (!session) {
    session = new Session();
    session.connect();
    await session.post('Profiler.enable');
    await session.post('Profiler.setSamplingInterval', { interval: 500 });
  }
  await session.post('Profiler.start');
  try {
    return await fn();
  } finally {
    const { profile } = (await session.post('Profiler.stop')) as {
      profile: CpuProfile;
    };
    const file = path.join(dir, `${name}.cpuprofile`);
    writeFileSync(file, JSON.stringify(profile));
    // eslint-disable-next-line no-console
    console.log(`    profile: ${file}\n${summarise(profile)}`);
  }
}

/** Where a source file belongs: a package, or a file of this repository. */
function owner(url: string): string {
  if (!url) return '(native / idle / gc)';
  const clean = url.replace(/^file:\/\//, '');
  const nm = clean.lastIndexOf('/node_modules/');
  if (nm >= 0) {
    const rest = clean.slice(nm + '/node_modules/'.length).split('/');
    return rest[0].startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0];
  }
  if (clean.startsWith('node:')) return 'node: internals';
  const repo = clean.indexOf('/plugins/');
  return repo >= 0 ? clean.slice(repo + 1) : clean;
}

export function summarise(profile: CpuProfile, top = 25): string {
  const byId = new Map(profile.nodes.map(node => [node.id, node]));
  const self = new Map<number, number>();
  profile.samples.forEach((id, i) => {
    self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0));
  });
  const total = [...self.values()].reduce((a, b) => a + b, 0);
  const byOwner = new Map<string, number>();
  const byFunction = new Map<string, number>();
  for (const [id, us] of self) {
    const frame = byId.get(id)!.callFrame;
    const o =
      frame.functionName === '(idle)' ||
      frame.functionName === '(program)' ||
      frame.functionName === '(garbage collector)'
        ? frame.functionName
        : owner(frame.url);
    byOwner.set(o, (byOwner.get(o) ?? 0) + us);
    const f = `${frame.functionName || '(anonymous)'} ${owner(frame.url)}:${
      frame.lineNumber + 1
    }`;
    byFunction.set(f, (byFunction.get(f) ?? 0) + us);
  }
  const lines = (map: Map<string, number>, n: number) =>
    [...map.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(
        ([k, us]) =>
          `      ${((100 * us) / total).toFixed(1).padStart(5)}%  ${(us / 1000)
            .toFixed(0)
            .padStart(6)} ms  ${k}`,
      )
      .join('\n');
  return `    self time by owner (${(total / 1000).toFixed(
    0,
  )} ms sampled):\n${lines(byOwner, 18)}\n    top functions:\n${lines(
    byFunction,
    top,
  )}`;
}
