/**
 * The bench's calls to Tech Insights, over HTTP as any client makes them:
 * its fact retrievers started through the scheduler's own endpoints (as an
 * operator would), its bulk check run, and one entity's checks.
 */
import type { Knex } from 'knex';
import { performance } from 'node:perf_hooks';
import type { BenchBackend } from '../benchBackend';
import { sleep } from '../measure';

const BASE = '/api/tech-insights';
const TASKS = `${BASE}/.backstage/scheduler/v1/tasks`;

/** One request; the parsed answer and its size in characters. */
async function request<T>(
  backend: BenchBackend,
  urlPath: string,
  init: { method?: string; body?: unknown } = {},
): Promise<{ value: T; chars: number }> {
  const response = await fetch(`${backend.baseUrl}${urlPath}`, {
    method: init.method ?? 'GET',
    headers: {
      authorization: `Bearer ${backend.token}`,
      ...(init.body !== undefined && { 'content-type': 'application/json' }),
    },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
  const text = await response.text();
  if (!response.ok) {
    throw new Error(
      `${init.method ?? 'GET'} ${urlPath} answered ${
        response.status
      }: ${text.slice(0, 300)}`,
    );
  }
  return {
    value: (text ? JSON.parse(text) : undefined) as T,
    chars: text.length,
  };
}

async function call<T>(
  backend: BenchBackend,
  urlPath: string,
  init: { method?: string; body?: unknown } = {},
): Promise<T> {
  return (await request<T>(backend, urlPath, init)).value;
}

interface TaskState {
  status: 'idle' | 'running';
  startedAt?: string;
  lastRunEndedAt?: string;
  lastRunError?: string;
}

async function taskStates(backend: BenchBackend) {
  const { tasks } = await call<{
    tasks: Array<{ taskId: string; taskState: TaskState | null }>;
  }>(backend, TASKS);
  return new Map(tasks.map(t => [t.taskId, t.taskState]));
}

/**
 * Waits for the run the scheduler gives every fact retriever a few seconds
 * after the backend starts (Tech Insights' initial delay, which a cron
 * cadence does not skip), then deletes what it stored: the bench measures
 * from an empty store, as FlexInfra's first refresh starts from one.
 */
export async function settleStartupRuns(
  backend: BenchBackend,
  retrieverIds: string[],
  knex: Knex,
): Promise<void> {
  const deadline = performance.now() + 10 * 60_000;
  for (;;) {
    const states = await taskStates(backend);
    if (
      retrieverIds.every(
        id =>
          states.get(id)?.status === 'idle' &&
          states.get(id)?.lastRunEndedAt !== undefined,
      )
    ) {
      break;
    }
    if (performance.now() > deadline) {
      throw new Error(
        `fact retrievers did not finish their startup run: ${JSON.stringify([
          ...states,
        ])}`,
      );
    }
    await sleep(250);
  }
  await knex('facts').delete();
}

export interface RetrievalTiming {
  /** From the trigger until every retriever's run had ended. */
  wallMs: number;
  /** From the trigger until the first retriever was seen running. */
  pickupMs: number;
  /** From the first run's start until the last run's end, by the scheduler's clock. */
  runningMs: number;
}

/**
 * Triggers the fact retrievers through the scheduler and waits until each
 * has run once since. The scheduler starts a triggered global task on its
 * next look at the task table (every 5 s at most): that wait is reported as
 * pickup and left out of `runningMs`.
 */
export async function retrieveFacts(
  backend: BenchBackend,
  retrieverIds: string[],
): Promise<RetrievalTiming> {
  const triggered = new Date();
  const start = performance.now();
  for (const id of retrieverIds) {
    await call(backend, `${TASKS}/${encodeURIComponent(id)}/trigger`, {
      method: 'POST',
    });
  }
  let firstSeenRunning: number | undefined;
  const startedAt = new Map<string, number>();
  for (;;) {
    const states = await taskStates(backend);
    const done = retrieverIds.every(id => {
      const state = states.get(id);
      if (state?.status === 'running' && state.startedAt) {
        startedAt.set(id, Date.parse(state.startedAt));
        firstSeenRunning ??= performance.now();
      }
      return (
        state?.status === 'idle' &&
        state.lastRunEndedAt !== undefined &&
        Date.parse(state.lastRunEndedAt) >= triggered.getTime()
      );
    });
    if (done) {
      const ended = Math.max(
        ...retrieverIds.map(id => Date.parse(states.get(id)!.lastRunEndedAt!)),
      );
      const errors = retrieverIds
        .map(id => states.get(id)?.lastRunError)
        .filter(Boolean);
      if (errors.length > 0) {
        throw new Error(`fact retrieval failed: ${errors.join('; ')}`);
      }
      const firstStart = Math.min(...startedAt.values());
      return {
        wallMs: performance.now() - start,
        pickupMs: (firstSeenRunning ?? performance.now()) - start,
        runningMs: Number.isFinite(firstStart) ? ended - firstStart : NaN,
      };
    }
    await sleep(100);
  }
}

export interface BulkCheckResult {
  entity: string;
  results: Array<{ check: { id: string }; result: boolean }>;
  error?: unknown;
}

/** Express's default JSON body limit, which Tech Insights' router keeps. */
const BODY_LIMIT_BYTES = 100 * 1024;

/**
 * `POST /checks/run`: every check for every given entity. Tech Insights
 * reads the body with express.json()'s default 100 KB limit, so the refs go
 * in as few requests as fit under it, one after another (each runs its
 * entities 100 at a time, `techInsights.checksRunConcurrency`).
 */
export async function runChecksInBulk(
  backend: BenchBackend,
  checks: string[],
  entityRefs: string[],
): Promise<{
  results: BulkCheckResult[];
  requests: number;
  /** Characters of JSON answered, all requests together. */
  responseChars: number;
}> {
  const results: BulkCheckResult[] = [];
  let requests = 0;
  let responseChars = 0;
  let batch: string[] = [];
  let bytes = JSON.stringify({ checks, entities: [] }).length;
  const send = async () => {
    const answer = await request<BulkCheckResult[]>(
      backend,
      `${BASE}/checks/run`,
      { method: 'POST', body: { checks, entities: batch } },
    );
    // One entity at a time: spreading 70,000 results as arguments would
    // overflow the call stack.
    for (const result of answer.value) {
      results.push(result);
    }
    responseChars += answer.chars;
    requests += 1;
    batch = [];
    bytes = JSON.stringify({ checks, entities: [] }).length;
  };
  for (const ref of entityRefs) {
    if (bytes + ref.length + 3 > BODY_LIMIT_BYTES - 1024) {
      await send();
    }
    batch.push(ref);
    bytes += ref.length + 3;
  }
  if (batch.length > 0) {
    await send();
  }
  return { results, requests, responseChars };
}

/** The path an entity page posts its checks to, for `ref`. */
export function entityChecksPath(ref: string): string {
  const [kind, rest] = ref.split(':');
  const [namespace, name] = rest.split('/');
  return `${BASE}/checks/run/${namespace}/${kind}/${name}`;
}
