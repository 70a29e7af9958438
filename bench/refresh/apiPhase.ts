/**
 * The API part of the refresh benchmark: scorecards, the owner summary and,
 * for comparison, the catalog's own entity lookup, each under the same load.
 */
import type { Knex } from 'knex';
import { performance } from 'node:perf_hooks';
import { probe, runLoad } from './apiLoad';
import type { LoadRequest, LoadResult } from './autocannonWorker';
import type { BenchBackend } from './benchBackend';
import { sleep } from './measure';
import { profiled } from './profile';

const WARMUP_SECONDS = 2;
/** A load that completes fewer requests than it has connections is rerun this long. */
const LONG_SECONDS = 60;

/**
 * Waits until the backend has worked off the requests autocannon left in
 * flight when it stopped: until one request (`probeMs` makes it and says
 * how long it took) answers about as fast as it did unloaded.
 */
export async function drain(
  probeMs: () => Promise<number>,
  unloadedMs: number,
) {
  const deadline = performance.now() + 180_000;
  while (performance.now() < deadline) {
    if ((await probeMs()) < 2 * unloadedMs + 50) {
      break;
    }
    await sleep(250);
  }
  await sleep(1000);
}

/** 1,000 scored entities, evenly spread over the results, as API paths. */
export async function scorecardPaths(knex: Knex): Promise<string[]> {
  const rows: Array<{ entity_ref: string }> = await knex('flexinfra_results')
    .select('entity_ref')
    .where({ outcome: 'scored' })
    .orderBy('entity_ref');
  const step = Math.max(1, Math.floor(rows.length / 1000));
  return rows
    .filter((_, i) => i % step === 0)
    .slice(0, 1000)
    .map(row => {
      const [kind, rest] = row.entity_ref.split(':');
      const [namespace, name] = rest.split('/');
      return `/api/flexinfra/entities/${kind}/${namespace}/${name}`;
    });
}

export async function apiPhase(options: {
  backend: BenchBackend;
  knex: Knex;
  connections: number;
  seconds: number;
  profileDir?: string;
  log: (line: string) => void;
}) {
  const { backend, connections, seconds, log } = options;
  const paths = await scorecardPaths(options.knex);
  const probeMs = (urlPath: string) => async () =>
    (await probe(backend.baseUrl, backend.token, urlPath)).ms;
  const summaryPath = '/api/flexinfra/summary?groupBy=owner';
  // The scorecard route asks the catalog for the entity (with the caller's
  // credentials) before it answers: the catalog's own lookup of the same
  // entities is part of every scorecard request.
  const catalogPaths = paths.map(p =>
    p.replace('/api/flexinfra/entities/', '/api/catalog/entities/by-name/'),
  );
  const loads = [
    { title: 'GET /entities/:kind/:namespace/:name', paths },
    { title: 'GET /summary?groupBy=owner', paths: [summaryPath] },
    {
      title: 'catalog: GET /entities/by-name/:kind/:namespace/:name',
      paths: catalogPaths,
    },
  ];
  const probes: Record<string, Awaited<ReturnType<typeof probe>>> = {};
  for (const load of loads) {
    probes[load.title] = await probe(
      backend.baseUrl,
      backend.token,
      load.paths[0],
    );
  }
  log(
    `\nAPI: ${connections} connections, ${seconds} s each after ${WARMUP_SECONDS} s of warm-up; unloaded: ${loads
      .map(
        l =>
          `${l.title} ${probes[l.title].ms.toFixed(0)} ms (${
            probes[l.title].bytes
          } B)`,
      )
      .join(', ')}`,
  );

  const results: Array<LoadResult & { extended: boolean }> = [];
  for (const load of loads) {
    const unloadedMs = probes[load.title].ms;
    const request = (durationSeconds: number): LoadRequest => ({
      title: load.title,
      baseUrl: backend.baseUrl,
      token: backend.token,
      paths: load.paths,
      connections,
      durationSeconds,
      warmupSeconds: 0,
      timeoutSeconds: Math.max(30, durationSeconds),
    });
    await runLoad(request(WARMUP_SECONDS));
    await drain(probeMs(load.paths[0]), unloadedMs);
    let extended = false;
    let result = await profiled(
      options.profileDir,
      `api-${load.title.replace(/\W+/g, '-')}`,
      () => runLoad(request(seconds)),
    );
    await drain(probeMs(load.paths[0]), unloadedMs);
    if (result.requests < connections) {
      log(
        `  ${load.title}: ${result.requests} requests completed in ${seconds} s; ` +
          `measuring for ${LONG_SECONDS} s instead`,
      );
      extended = true;
      result = await runLoad(request(LONG_SECONDS));
      await drain(probeMs(load.paths[0]), unloadedMs);
    }
    log(
      `  ${load.title.padEnd(38)} p50 ${result.latencyMs.p50} ms, p99 ${
        result.latencyMs.p99
      } ms, ` +
        `${Math.round(result.requestsPerSecond)} req/s, ${
          result.requests
        } requests ` +
        `(${result.distinctPaths} paths), non-2xx ${result.non2xx}, errors ${result.errors}`,
    );
    results.push({ ...result, extended });
  }
  return {
    token:
      'static external access token (backend.auth.externalAccess, type static): a service principal',
    probes,
    results,
  };
}
