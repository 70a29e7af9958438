import type {
  LifecycleService,
  LoggerService,
} from '@backstage/backend-plugin-api';
import type { EventParams, EventsService } from '@backstage/plugin-events-node';
import { linkedTemplateOf, type TemplateLinks } from './computeAdoption';

/** The topic the scaffolder publishes its tasks' changes on. */
export const SCAFFOLDER_TASK_TOPIC = 'scaffolder.task';

/**
 * Whether a `scaffolder.task` event may concern a run FlexInfra keeps. A
 * task's creation and its claim carry its spec, so the template it runs:
 * only a linked one counts. Its completion, cancellation or recovery carry
 * only its id and status, and count whatever the template.
 */
export function concernsLinkedRun(
  payload: unknown,
  links: TemplateLinks,
): boolean {
  if (typeof payload !== 'object' || payload === null) {
    return false;
  }
  const spec = (payload as { spec?: unknown }).spec;
  return spec === undefined || linkedTemplateOf(spec, links) !== undefined;
}

/**
 * Listens to the scaffolder's `scaffolder.task` events, so that a run of a
 * linked template is read as it starts and as it ends, not at the next
 * scheduled read. The events only say when to read: the read itself is the
 * scheduled reader's, which stays the one writer of runs and catches up on
 * any event missed (published on another replica without an event bus, or
 * while this one was down).
 *
 * A read starts `delayMs` after the first event of a burst: the scaffolder
 * publishes a task's completion inside the transaction that records it, so
 * a read at once could still find the task running.
 *
 * @internal
 */
export class TemplateRunEvents {
  private timer: NodeJS.Timeout | undefined;
  private stopped = false;
  private reading: Promise<void> = Promise.resolve();

  constructor(
    private readonly options: {
      events: EventsService;
      links: TemplateLinks;
      /** Reads the scaffolder's runs (coalesced with the scheduled read). */
      read: () => Promise<void>;
      logger: LoggerService;
      delayMs?: number;
    },
  ) {}

  /** Subscribes, and stops reading when the backend shuts down. */
  async start(lifecycle: LifecycleService): Promise<void> {
    lifecycle.addShutdownHook(() => this.stop());
    await this.options.events.subscribe({
      id: 'flexinfra-adoption',
      topics: [SCAFFOLDER_TASK_TOPIC],
      onEvent: async (event: EventParams) => this.onEvent(event),
    });
  }

  onEvent(event: EventParams): void {
    if (
      this.stopped ||
      this.timer ||
      !concernsLinkedRun(event.eventPayload, this.options.links)
    ) {
      return;
    }
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.reading = this.options.read().catch(error => {
        this.options.logger.warn(
          `FlexInfra could not read the scaffolder's template runs after a task event: ${error}`,
        );
      });
    }, this.options.delayMs ?? 1000);
  }

  /** Drops a read not yet started and waits for one under way. */
  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    this.timer = undefined;
    await this.reading;
  }
}
