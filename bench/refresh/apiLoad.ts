/**
 * API latency under load: autocannon, in a child process, against the
 * running backend on loopback.
 */
import { fork } from 'node:child_process';
import path from 'node:path';
import type { LoadRequest, LoadResult, WorkerAnswer } from './autocannonWorker';

/** Runs one load test in a child process and returns its result. */
export function runLoad(request: LoadRequest): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    // The child inherits this process's flags, the TypeScript transform
    // included.
    const child = fork(path.join(__dirname, 'autocannonWorker.ts'), [], {
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    let answered = false;
    // The TypeScript transform may send its own messages on the channel;
    // only the worker's answer counts.
    child.on('message', (message: WorkerAnswer) => {
      if (message?.type !== 'autocannon-answer' || answered) {
        return;
      }
      answered = true;
      if (message.result) {
        resolve(message.result);
      } else {
        reject(new Error(`autocannon failed: ${message.error}`));
      }
    });
    child.once('error', reject);
    child.once('exit', code => {
      if (!answered) {
        reject(new Error(`autocannon worker exited with ${code}`));
      }
    });
    child.send(request);
  });
}

/** Checks one request by hand before loading, so a 401 or 404 fails loudly. */
export async function probe(
  baseUrl: string,
  token: string,
  urlPath: string,
  post?: { body: string },
): Promise<{ status: number; bytes: number; ms: number }> {
  const start = performance.now();
  const response = await fetch(`${baseUrl}${urlPath}`, {
    method: post ? 'POST' : 'GET',
    headers: {
      authorization: `Bearer ${token}`,
      ...(post && { 'content-type': 'application/json' }),
    },
    body: post?.body,
  });
  const body = await response.text();
  const ms = performance.now() - start;
  if (!response.ok) {
    throw new Error(
      `${post ? 'POST' : 'GET'} ${urlPath} answered ${
        response.status
      }: ${body.slice(0, 300)}`,
    );
  }
  return { status: response.status, bytes: body.length, ms };
}
