/**
 * One entity's checks as its page asks for them, FlexInfra's scorecard
 * route beside Tech Insights' `POST /checks/run/:namespace/:kind/:name`:
 * unloaded (one request after another) and under load.
 */
import { probe, runLoad } from '../apiLoad';
import { drain } from '../apiPhase';
import type { LoadResult } from '../autocannonWorker';
import type { BenchBackend } from '../benchBackend';
import { round } from '../measure';

export interface EntityTarget {
  title: string;
  paths: string[];
  /** Tech Insights' route is a POST of the checks to run. */
  body?: string;
}

export interface Unloaded {
  requests: number;
  p50Ms: number;
  p90Ms: number;
  p99Ms: number;
  bytesP50: number;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
}

/** `requests` requests one after another, rotating through the paths. */
export async function unloaded(
  backend: BenchBackend,
  target: EntityTarget,
  requests: number,
): Promise<Unloaded> {
  const times: number[] = [];
  const sizes: number[] = [];
  for (let i = 0; i < requests; i++) {
    const { ms, bytes } = await probe(
      backend.baseUrl,
      backend.token,
      target.paths[i % target.paths.length],
      target.body === undefined ? undefined : { body: target.body },
    );
    times.push(ms);
    sizes.push(bytes);
  }
  times.sort((a, b) => a - b);
  sizes.sort((a, b) => a - b);
  return {
    requests,
    p50Ms: round(percentile(times, 0.5), 1),
    p90Ms: round(percentile(times, 0.9), 1),
    p99Ms: round(percentile(times, 0.99), 1),
    bytesP50: percentile(sizes, 0.5),
  };
}

/** autocannon with `connections` for `seconds`, after a short warm-up. */
export async function loaded(
  backend: BenchBackend,
  target: EntityTarget,
  connections: number,
  seconds: number,
  unloadedMs: number,
): Promise<LoadResult> {
  const probeMs = async () =>
    (
      await probe(
        backend.baseUrl,
        backend.token,
        target.paths[0],
        target.body === undefined ? undefined : { body: target.body },
      )
    ).ms;
  const request = (durationSeconds: number) => ({
    title: target.title,
    baseUrl: backend.baseUrl,
    token: backend.token,
    paths: target.paths,
    method: target.body === undefined ? ('GET' as const) : ('POST' as const),
    body: target.body,
    connections,
    durationSeconds,
    warmupSeconds: 0,
    timeoutSeconds: Math.max(60, durationSeconds),
  });
  await runLoad(request(2));
  await drain(probeMs, unloadedMs);
  const result = await runLoad(request(seconds));
  await drain(probeMs, unloadedMs);
  return result;
}
