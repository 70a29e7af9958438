/**
 * Scale-out: two backend replicas, each a process of its own, on the same
 * PostgreSQL databases (catalog and FlexInfra), as Backstage scales out.
 * 1. API throughput of the scorecard route with one replica serving and
 *    with two, under the same load (the same number of connections, split
 *    over two load generators either way);
 * 2. the plugin's own scheduled refresh, every few seconds on both
 *    replicas for a while: how many runs there were, and whether two ever
 *    overlapped (the scheduler's global task runs one at a time across
 *    replicas).
 */
import { fork, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import type { Knex } from 'knex';
import { runLoad } from '../apiLoad';
import { scorecardPaths } from '../apiPhase';
import type { LoadResult } from '../autocannonWorker';
import type { BenchBackend } from '../benchBackend';
import { measure, round, sleep } from '../measure';
import type { ReplicaAnswer, ReplicaMessage } from './replicaProcess';

interface Replica {
  baseUrl: string;
  stop(): Promise<void>;
}

function ask(child: ChildProcess, message: ReplicaMessage) {
  return new Promise<ReplicaAnswer>((resolve, reject) => {
    const onMessage = (answer: ReplicaAnswer) => {
      if (answer?.type !== 'replica-answer') {
        return; // the TypeScript transform talks on this channel too
      }
      child.off('message', onMessage);
      if (answer.error) {
        reject(new Error(`replica: ${answer.error}`));
      } else {
        resolve(answer);
      }
    };
    child.on('message', onMessage);
    child.once('exit', code =>
      reject(new Error(`replica exited with ${code}`)),
    );
    child.send(message);
  });
}

async function startReplica(
  options: Extract<ReplicaMessage, { type: 'replica-start' }>['options'],
): Promise<Replica> {
  const child = fork(path.join(__dirname, 'replicaProcess.ts'), [], {
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  await ask(child, { type: 'replica-start', options });
  return {
    baseUrl: `http://127.0.0.1:${options.port}`,
    stop: async () => {
      await ask(child, { type: 'replica-stop' }).catch(() => undefined);
    },
  };
}

export interface ThroughputReport {
  replicas: number;
  requestsPerSecond: number;
  /** Share of the machine's cores busy during the load (every process). */
  machineCpuBusy: number;
  loads: Array<{
    baseUrl: string;
    requestsPerSecond: number;
    p50: number;
    p99: number;
    non2xx: number;
    errors: number;
  }>;
}

export interface ReplicasReport {
  connections: number;
  seconds: number;
  throughput: ThroughputReport[];
  /** Two replicas' req/s ÷ one's. */
  scaleOut: number;
  schedule: {
    everySeconds: number;
    windowSeconds: number;
    runs: number;
    /** Runs that started before the one before them had finished. */
    overlapping: number;
    statuses: Record<string, number>;
    /** Why runs failed (a run still going when the replicas stop is aborted). */
    errors: string[];
  };
}

/** Two load generators at once, `connections / 2` each, on `targets`. */
async function splitLoad(
  targets: [string, string],
  token: string,
  paths: string[],
  connections: number,
  seconds: number,
): Promise<ThroughputReport> {
  const load = (baseUrl: string, durationSeconds: number) =>
    runLoad({
      title: `GET /entities/:kind/:namespace/:name on ${baseUrl}`,
      baseUrl,
      token,
      paths,
      connections: Math.ceil(connections / 2),
      durationSeconds,
      warmupSeconds: 0,
      timeoutSeconds: Math.max(30, durationSeconds),
    });
  await Promise.all(targets.map(url => load(url, 2)));
  await sleep(2000);
  const measured = await measure(() =>
    Promise.all(targets.map(url => load(url, seconds))),
  );
  const results: LoadResult[] = measured.result;
  await sleep(2000);
  return {
    replicas: new Set(targets).size,
    machineCpuBusy: round(measured.machineCpuBusy, 2),
    requestsPerSecond: round(
      results.reduce((sum, r) => sum + r.requestsPerSecond, 0),
      0,
    ),
    loads: results.map((r, i) => ({
      baseUrl: targets[i],
      requestsPerSecond: round(r.requestsPerSecond, 0),
      p50: r.latencyMs.p50,
      p99: r.latencyMs.p99,
      non2xx: r.non2xx,
      errors: r.errors,
    })),
  };
}

export async function replicaPhase(options: {
  backend: BenchBackend;
  catalogDatabase: string;
  pluginDatabase: string;
  /** FlexInfra's PostgreSQL database, which both replicas serve from. */
  knex: Knex;
  ports: [number, number];
  connections: number;
  seconds: number;
  refreshEverySeconds: number;
  windowSeconds: number;
  log: (line: string) => void;
}): Promise<ReplicasReport> {
  const { backend, knex, ports, connections, seconds, log } = options;
  const base = {
    catalogDatabase: options.catalogDatabase,
    pluginDatabase: options.pluginDatabase,
    token: backend.token,
  };
  const paths = await scorecardPaths(knex);

  log(
    `\nReplicas: two backend processes on ports ${ports.join(
      ' and ',
    )}, the same databases`,
  );
  const throughput: ThroughputReport[] = [];
  let replicas = await Promise.all(
    ports.map(port => startReplica({ ...base, port })),
  );
  try {
    const [a, b] = replicas.map(r => r.baseUrl) as [string, string];
    for (const targets of [
      [a, a],
      [a, b],
    ] as Array<[string, string]>) {
      const report = await splitLoad(
        targets,
        backend.token,
        paths,
        connections,
        seconds,
      );
      throughput.push(report);
      log(
        `  ${report.replicas} replica${report.replicas > 1 ? 's' : ''}: ` +
          `${report.requestsPerSecond} req/s, machine ${Math.round(
            report.machineCpuBusy * 100,
          )}% busy (${report.loads
            .map(
              l =>
                `${l.requestsPerSecond} req/s, p50 ${l.p50} ms, p99 ${l.p99} ms, non-2xx ${l.non2xx}`,
            )
            .join('; ')})`,
      );
    }
  } finally {
    await Promise.all(replicas.map(r => r.stop()));
  }

  const every = options.refreshEverySeconds;
  const [{ last }] = await knex('flexinfra_refresh_runs').max({ last: 'id' });
  replicas = await Promise.all(
    ports.map(port =>
      startReplica({ ...base, port, refreshEverySeconds: every }),
    ),
  );
  try {
    await sleep(options.windowSeconds * 1000);
  } finally {
    await Promise.all(replicas.map(r => r.stop()));
  }
  const runs: Array<{
    started_at: string | Date;
    finished_at: string | Date | null;
    status: string;
    error: string | null;
  }> = await knex('flexinfra_refresh_runs')
    .where('id', '>', Number(last ?? 0))
    .orderBy('started_at')
    .select('started_at', 'finished_at', 'status', 'error');
  let overlapping = 0;
  const statuses: Record<string, number> = {};
  runs.forEach((run, i) => {
    statuses[run.status] = (statuses[run.status] ?? 0) + 1;
    const before = runs[i - 1];
    if (
      before &&
      (before.finished_at === null ||
        new Date(run.started_at) < new Date(before.finished_at))
    ) {
      overlapping += 1;
    }
  });
  const schedule = {
    everySeconds: every,
    windowSeconds: options.windowSeconds,
    runs: runs.length,
    overlapping,
    statuses,
    errors: [...new Set(runs.flatMap(run => (run.error ? [run.error] : [])))],
  };
  log(
    `  refresh every ${every} s on both replicas for ${options.windowSeconds} s: ` +
      `${runs.length} runs (${JSON.stringify(
        statuses,
      )}), ${overlapping} overlapping`,
  );
  return {
    connections,
    seconds,
    throughput,
    scaleOut: round(
      throughput[1].requestsPerSecond / throughput[0].requestsPerSecond,
      2,
    ),
    schedule,
  };
}
