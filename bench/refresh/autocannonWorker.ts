/**
 * Runs autocannon in a child process of the benchmark, so that the load
 * generator does not share an event loop with the backend it loads. Takes
 * one LoadRequest on IPC, answers with one LoadResult.
 */

// autocannon ships no types; only what this file uses is declared.
type Histogram = Record<
  'p50' | 'p90' | 'p99' | 'p99_9' | 'average' | 'max' | 'total',
  number
>;
type AutocannonResult = {
  duration: number;
  requests: Histogram;
  latency: Histogram;
  non2xx: number;
  errors: number;
  timeouts: number;
  statusCodeStats?: Record<string, { count: number | string }>;
};
// eslint-disable-next-line @typescript-eslint/no-require-imports
const autocannon: (
  options: object,
) => Promise<AutocannonResult> = require('autocannon');

export interface LoadRequest {
  title: string;
  baseUrl: string;
  token: string;
  /** Paths to rotate through, one per request. */
  paths: string[];
  /** GET unless given; a POST sends `body` as JSON. */
  method?: 'GET' | 'POST';
  body?: string;
  connections: number;
  durationSeconds: number;
  warmupSeconds: number;
  timeoutSeconds: number;
}

export type WorkerAnswer = {
  type: 'autocannon-answer';
  result?: LoadResult;
  error?: string;
};

export interface LoadResult {
  title: string;
  connections: number;
  durationSeconds: number;
  distinctPaths: number;
  requests: number;
  requestsPerSecond: number;
  latencyMs: {
    p50: number;
    p90: number;
    p99: number;
    p99_9: number;
    average: number;
    max: number;
  };
  non2xx: number;
  errors: number;
  timeouts: number;
  statusCodes: Record<string, number>;
}

function run(request: LoadRequest, durationSeconds: number) {
  let next = 0;
  return autocannon({
    url: request.baseUrl,
    connections: request.connections,
    duration: durationSeconds,
    timeout: request.timeoutSeconds,
    headers: {
      authorization: `Bearer ${request.token}`,
      ...(request.body !== undefined && { 'content-type': 'application/json' }),
    },
    requests: [
      {
        method: request.method ?? 'GET',
        ...(request.body !== undefined && { body: request.body }),
        setupRequest: (req: object) => ({
          ...req,
          path: request.paths[next++ % request.paths.length],
        }),
      },
    ],
  });
}

async function main(request: LoadRequest): Promise<LoadResult> {
  if (request.warmupSeconds > 0) {
    await run(request, request.warmupSeconds);
  }
  const result = await run(request, request.durationSeconds);
  const statusCodes: Record<string, number> = {};
  for (const [code, stats] of Object.entries(result.statusCodeStats ?? {})) {
    statusCodes[code] = Number(stats.count);
  }
  return {
    title: request.title,
    connections: request.connections,
    durationSeconds: result.duration,
    distinctPaths: new Set(request.paths).size,
    requests: result.requests.total,
    requestsPerSecond: result.requests.average,
    latencyMs: {
      p50: result.latency.p50,
      p90: result.latency.p90,
      p99: result.latency.p99,
      p99_9: result.latency.p99_9,
      average: result.latency.average,
      max: result.latency.max,
    },
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
    statusCodes,
  };
}

function answer(message: Omit<WorkerAnswer, 'type'>, code: number) {
  const full: WorkerAnswer = { type: 'autocannon-answer', ...message };
  process.send!(full, () => process.exit(code));
}

process.on('message', (request: LoadRequest & { type?: string }) => {
  if (typeof request?.baseUrl !== 'string') {
    return; // not ours (the TypeScript transform talks on this channel too)
  }
  main(request).then(
    result => answer({ result }, 0),
    error => answer({ error: String(error?.stack ?? error) }, 1),
  );
});
