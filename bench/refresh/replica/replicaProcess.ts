/**
 * A second (or third) replica of the bench backend, in a process of its
 * own, as a replica runs in production: the same config, the same
 * PostgreSQL databases, the same static token, another port. Takes
 * `start` and `stop` messages on IPC and answers each when done.
 */
import { startBenchBackend, type BenchBackend } from '../benchBackend';

export type ReplicaMessage =
  | {
      type: 'replica-start';
      options: Parameters<typeof startBenchBackend>[0];
    }
  | { type: 'replica-stop' };

export type ReplicaAnswer = {
  type: 'replica-answer';
  ready?: boolean;
  stopped?: boolean;
  error?: string;
};

let backend: BenchBackend | undefined;

function answer(message: Omit<ReplicaAnswer, 'type'>, exit?: number) {
  process.send!({ type: 'replica-answer', ...message }, () => {
    if (exit !== undefined) {
      process.exit(exit);
    }
  });
}

process.on('message', (message: ReplicaMessage) => {
  if (message?.type === 'replica-start') {
    startBenchBackend(message.options).then(
      started => {
        backend = started;
        answer({ ready: true });
      },
      error => answer({ error: String(error?.stack ?? error) }, 1),
    );
  } else if (message?.type === 'replica-stop') {
    Promise.resolve(backend?.stop()).then(
      () => answer({ stopped: true }, 0),
      error => answer({ error: String(error?.stack ?? error) }, 1),
    );
  }
});
