import type {
  AuthService,
  BackstageCredentials,
  LoggerService,
} from '@backstage/backend-plugin-api';
import { parseEntityRef, stringifyEntityRef } from '@backstage/catalog-model';
import type { ScaffolderService } from '@backstage/plugin-scaffolder-node';
import type { AdoptionStore, TemplateRun } from './AdoptionStore';
import { linkedTemplateOf, type TemplateLinks } from './computeAdoption';

/** The scheduler task id of the adoption read. */
export const ADOPTION_TASK_ID = 'flexinfra-adoption-read';

type ScaffolderTask = Awaited<ReturnType<ScaffolderService['getTask']>>;

/** A full, lower-case entity ref (as results are keyed), or undefined. */
function normaliseRef(value: unknown): string | undefined {
  if (typeof value !== 'string' || !value) {
    return undefined;
  }
  try {
    return stringifyEntityRef(
      parseEntityRef(value, {
        defaultKind: 'component',
        defaultNamespace: 'default',
      }),
    ).toLocaleLowerCase('en-US');
  } catch {
    return undefined;
  }
}

/**
 * The run FlexInfra keeps of a scaffolder task, or undefined when the task
 * ran no template the model links. Template refs compare in lower case, as
 * entity refs do.
 *
 * @internal
 */
export function toTemplateRun(
  task: ScaffolderTask,
  links: TemplateLinks,
): TemplateRun | undefined {
  const linked = linkedTemplateOf(task.spec, links);
  if (!linked) {
    return undefined;
  }
  const { templateRef, checkIds } = linked;
  const entityRef = normaliseRef(task.spec.parameters?.entityRef);
  const title = task.spec.templateInfo?.entity?.metadata?.title;
  const createdBy =
    (task as { createdBy?: string }).createdBy || task.spec.user?.ref;
  return {
    taskId: task.id,
    templateRef,
    ...(typeof title === 'string' && title ? { templateTitle: title } : {}),
    checkIds,
    ...(entityRef ? { entityRef } : {}),
    ...(createdBy ? { createdBy } : {}),
    status: task.status,
    createdAt: new Date(task.createdAt).toISOString(),
  };
}

/**
 * The scheduled job that reads the scaffolder's task runs, incrementally,
 * with the plugin's own credentials: newest first, a page at a time, until
 * it passes the first task it stored already or reaches one older than the
 * period kept;
 * then it reads again the stored runs that had not finished. It keeps only
 * runs of the templates the model links.
 *
 * @internal
 */
export class TemplateRunReader {
  constructor(
    private readonly options: {
      scaffolder: ScaffolderService;
      auth: AuthService;
      store: AdoptionStore;
      links: TemplateLinks;
      logger: LoggerService;
      /** Runs older than this many days are neither read nor kept. */
      keepDays: number;
      pageSize?: number;
      now?: () => Date;
    },
  ) {}

  /** Reads what is new; returns how many runs were stored or updated. */
  async run(): Promise<number> {
    const { scaffolder, auth, store, links, logger, keepDays } = this.options;
    const pageSize = this.options.pageSize ?? 100;
    const now = this.options.now?.() ?? new Date();
    const oldest = now.getTime() - keepDays * 24 * 60 * 60 * 1000;
    const credentials = await auth.getOwnServiceCredentials();

    const found: TemplateRun[] = [];
    // When the first task stored already was created; tasks created then
    // are listed in no set order (the scaffolder orders by creation time
    // only, to the second on some databases), so those beside it are read
    // too, and the read stops at the first task created before it.
    let storedUpTo: number | undefined;
    for (let offset = 0; ; offset += pageSize) {
      const { items } = await scaffolder.listTasks(
        { limit: pageSize, offset },
        { credentials },
      );
      const known = await store.knownTaskIds(items.map(task => task.id));
      let done = items.length < pageSize;
      for (const task of items) {
        const createdAt = Date.parse(task.createdAt);
        if (
          createdAt < oldest ||
          (storedUpTo !== undefined && createdAt < storedUpTo)
        ) {
          done = true;
          break;
        }
        if (known.has(task.id)) {
          storedUpTo ??= createdAt;
          continue;
        }
        const run = toTemplateRun(task, links);
        if (run) {
          found.push(run);
        }
      }
      if (done) {
        break;
      }
    }

    const updated = await this.readUnfinished(
      credentials,
      new Set(found.map(run => run.taskId)),
    );
    const runs = [...found, ...updated];
    if (runs.length > 0) {
      await store.upsertRuns(runs, now);
    }
    const pruned = await store.prune(new Date(oldest));
    logger.debug(
      `FlexInfra adoption: ${found.length} new template runs, ${updated.length} updated, ${pruned} pruned`,
    );
    return runs.length;
  }

  private async readUnfinished(
    credentials: BackstageCredentials,
    skip: Set<string>,
  ): Promise<TemplateRun[]> {
    const { scaffolder, store, logger } = this.options;
    const updated: TemplateRun[] = [];
    for (const stored of await store.listUnfinishedRuns()) {
      if (skip.has(stored.taskId)) {
        continue;
      }
      try {
        const task = await scaffolder.getTask(
          { taskId: stored.taskId },
          { credentials },
        );
        if (task.status !== stored.status) {
          updated.push({ ...stored, status: task.status });
        }
      } catch (error) {
        if ((error as Error).name === 'NotFoundError') {
          updated.push({ ...stored, status: 'cancelled' });
        } else {
          logger.warn(
            `FlexInfra adoption: could not read scaffolder task ${stored.taskId}: ${error}`,
          );
        }
      }
    }
    return updated;
  }
}
