/**
 * The RESULTS.md lines of the two-replica phase.
 */
import type { ReplicasReport } from './replicaPhase';

const n = (value: number) => value.toLocaleString('en-US');

export function replicasSection(r: ReplicasReport): string[] {
  const [one, two] = r.throughput;
  const s = r.schedule;
  return [
    '',
    `Two replicas (each a backend process of its own, the same PostgreSQL databases; ` +
      `${r.connections} connections split over two load generators, ${r.seconds} s after 2 s of warm-up): ` +
      `the scorecard route served ${n(
        one.requestsPerSecond,
      )} req/s by one replica ` +
      `(machine ${Math.round((one.machineCpuBusy ?? NaN) * 100)}% busy) and ` +
      `${n(two.requestsPerSecond)} req/s by two (machine ${Math.round(
        (two.machineCpuBusy ?? NaN) * 100,
      )}% busy; ${two.loads
        .map(l => `${n(l.requestsPerSecond)}, p99 ${l.p99} ms`)
        .join(' + ')}): **${r.scaleOut.toFixed(2)}×**. ` +
      `With the plugin's own refresh scheduled every ${s.everySeconds} s on both for ${s.windowSeconds} s: ` +
      `${s.runs} runs (${Object.entries(s.statuses)
        .map(([status, count]) => `${count} ${status}`)
        .join(', ')}), ${s.overlapping} overlapping` +
      (s.errors?.length ? `; failed: ${s.errors.join('; ')}` : '') +
      '.',
  ];
}
