import type { LoggerService } from '@backstage/backend-plugin-api';
import type { HumanDuration } from '@backstage/types';
import type { Entity } from '@backstage/catalog-model';
import {
  compilePredicate,
  createEntityLookup,
  hasWaiverAnnotations,
  refOf,
  relatedRefs,
  type CompiledModel,
  type RefreshRun,
} from '@flexinfra/backstage-plugin-flexinfra-common';
import type { FlexInfraFactProvider } from '@flexinfra/backstage-plugin-flexinfra-node';
import {
  CatalogReader,
  domainOf,
  parseRef,
  targetOf,
} from '../catalog/CatalogReader';
import type { RefreshRunStore } from '../database/RefreshRunStore';
import type { ResultStore } from '../database/ResultStore';
import {
  DEFAULT_FULL_READ_EVERY,
  type RetentionConfig,
} from '../config/readFlexInfraConfig';
import { chooseReadMode, planRead } from './planRead';
import type { RefreshListener } from './RefreshListener';
import { scorePage } from './scorePage';
import type { Placement } from './toStagedResult';

/** The scheduler task id of the refresh. */
export const REFRESH_TASK_ID = 'flexinfra-refresh';

/**
 * The scheduled job that (re)scores the catalog: reads it page by page,
 * rescores only entities whose input changed, stages the new results and
 * commits them in one transaction, so readers see either the previous
 * run's results or this one's, never a mix. A failed run records why and
 * leaves the last good results in place; the next run starts over.
 */
export class RefreshTask {
  private readonly providers: Array<{
    provider: FlexInfraFactProvider;
    applies: (entity: Entity) => boolean;
  }>;

  constructor(
    private readonly options: {
      reader: CatalogReader;
      model: CompiledModel;
      resultStore: ResultStore;
      runStore: RefreshRunStore;
      factProviders: FlexInfraFactProvider[];
      retention: RetentionConfig;
      /** How often a refresh reads every entity in full (default a day). */
      fullReadEvery?: HumanDuration;
      /** Told before and after each commit (notifications). */
      listeners?: RefreshListener[];
      logger: LoggerService;
      now?: () => Date;
    },
  ) {
    this.providers = options.factProviders.map(provider => ({
      provider,
      applies: provider.appliesTo
        ? compilePredicate(provider.appliesTo)
        : () => true,
    }));
  }

  private now(): Date {
    return this.options.now?.() ?? new Date();
  }

  /** Runs one refresh and returns the finished run (failed or not). */
  async run(
    trigger: RefreshRun['trigger'],
    signal?: AbortSignal,
  ): Promise<RefreshRun> {
    const { model, resultStore, runStore, logger } = this.options;
    const run = await runStore.startRun({
      trigger,
      modelVersion: model.version,
    });
    logger.info(`FlexInfra refresh ${run.id} started (${trigger})`);
    try {
      await this.startProviders(signal);
      const committed = await this.score(run.id, trigger, signal);
      await this.applyRetention();
      logger.info(
        `FlexInfra refresh ${run.id} succeeded: ${committed.entitiesScored} rescored, ` +
          `${committed.entitiesChanged} changed, ${committed.entitiesRemoved} removed`,
      );
      await this.tellListeners('afterCommit', l => l.afterCommit?.(committed));
      return committed;
    } catch (error) {
      const reason = describeError(error);
      logger.error(`FlexInfra refresh ${run.id} failed: ${reason}`);
      await resultStore.discardRun(run.id);
      return await runStore.finishRun(run.id, {
        status: 'failed',
        error: reason,
      });
    } finally {
      await this.finishProviders();
    }
  }

  /** Tells each listener; one that fails is logged and the run goes on. */
  private async tellListeners(
    what: keyof RefreshListener,
    tell: (listener: RefreshListener) => Promise<void> | undefined,
  ) {
    for (const listener of this.options.listeners ?? []) {
      try {
        await tell(listener);
      } catch (error) {
        this.options.logger.warn(
          `FlexInfra refresh listener failed in ${what}: ${describeError(
            error,
          )}`,
        );
      }
    }
  }

  /** Tells each fact provider that a run starts (per-run caches, budgets). */
  private async startProviders(signal?: AbortSignal) {
    for (const { provider } of this.providers) {
      try {
        await provider.startRun?.({ signal });
      } catch (error) {
        throw new Error(
          `fact provider '${
            provider.id
          }' failed to start the run: ${describeError(error)}`,
        );
      }
    }
  }

  /** Lets each fact provider drop what it kept for the run. */
  private async finishProviders() {
    for (const { provider } of this.providers) {
      try {
        await provider.finishRun?.();
      } catch (error) {
        this.options.logger.warn(
          `FlexInfra fact provider '${
            provider.id
          }' failed to finish the run: ${describeError(error)}`,
        );
      }
    }
  }

  private async score(
    runId: number,
    trigger: RefreshRun['trigger'],
    signal?: AbortSignal,
  ): Promise<RefreshRun> {
    const { reader, model, resultStore, runStore } = this.options;
    const now = this.now();
    const owners = await reader.readOwners();
    const systemDomains = await reader.readSystemDomains();
    const plan = await planRead({
      mode: await chooseReadMode({
        trigger,
        runStore,
        modelVersion: model.version,
        fullReadEvery: this.options.fullReadEvery ?? DEFAULT_FULL_READ_EVERY,
        now,
      }),
      reader,
      resultStore,
      signal,
    });
    // Unchanged entities keep their results; the rest is decided by reading.
    const kept = new Set<string>(plan.unchanged);
    let entitiesRead = 0;
    let entitiesScored = 0;
    for await (const entities of prefetching(plan.pages)) {
      signal?.throwIfAborted();
      const page = await this.scoreEntities(runId, entities, {
        systemDomains,
        now,
      });
      page.kept.forEach(ref => kept.add(ref));
      entitiesRead += entities.length;
      entitiesScored += page.staged.length;
      await runStore.updateProgress(runId, {
        entitiesSeen: plan.entitiesSeen ?? entitiesRead,
        entitiesScored,
      });
    }
    signal?.throwIfAborted();
    await this.tellListeners('beforeCommit', l => l.beforeCommit?.(runId));
    await resultStore.commitRun({
      runId,
      seenRefs: kept,
      owners,
      targetStage: model.definition.targetStage,
      snapshotDay: now.toISOString().slice(0, 10),
      entitiesSeen: plan.entitiesSeen ?? entitiesRead,
      inputs:
        plan.mode === 'full'
          ? { mode: 'full' }
          : { mode: 'changes', removedRefs: plan.removedRefs },
    });
    this.options.logger.info(
      `FlexInfra refresh ${runId} read ${entitiesRead} entities in full (${
        plan.mode === 'full' ? 'full read' : 'changed entities and dependents'
      })`,
    );
    const finished = await runStore.getRun(runId);
    return finished!;
  }

  /**
   * Scores entities read in full, staging their results (those whose input
   * changed) and what was read of each, for change detection.
   */
  private async scoreEntities(
    runId: number,
    entities: Entity[],
    context: { systemDomains: Map<string, string | null>; now: Date },
  ) {
    const { model, resultStore } = this.options;
    // The etag is what change detection compares; it is no input of a
    // score, and a change to it alone (the description changed) must not
    // count as one.
    const etags = new Map<Entity, string | null>();
    for (const entity of entities) {
      etags.set(entity, takeEtag(entity));
    }
    // Each entity's dependsOn refs are worked out once: to read the related
    // entities, then to resolve them for hashing and scoring.
    const dependsOnRefs = new Map<Entity, string[]>();
    for (const entity of entities) {
      if (refOf(entity)) {
        dependsOnRefs.set(
          entity,
          relatedRefs(entity, 'dependsOn', 'dependsOn'),
        );
      }
    }
    const related = await this.readRelated(dependsOnRefs);
    related.forEach(takeEtag);
    const facts = await this.readFacts(entities);
    const refs = entities.map(refOf).filter((r): r is string => !!r);
    const digests = await resultStore.getDigests(refs);
    const lookup = createEntityLookup(related);
    const placements = new Map<Entity, Placement>();
    const placementOf = (entity: Entity) => {
      let found = placements.get(entity);
      if (!found) {
        found = placement(entity, context.systemDomains);
        placements.set(entity, found);
      }
      return found;
    };
    const page = scorePage({
      model,
      entities,
      dependsOnOf: entity => {
        const found: Entity[] = [];
        for (const ref of dependsOnRefs.get(entity) ?? []) {
          const target = lookup(ref);
          if (target) {
            found.push(target);
          }
        }
        return found;
      },
      factsOf: ref => facts.get(ref),
      placementOf,
      digests,
      now: context.now,
    });
    await resultStore.stageResults(runId, page.staged);
    await resultStore.stageEntityInputs(
      runId,
      entities.flatMap(entity => {
        const ref = refOf(entity);
        if (!ref) {
          return [];
        }
        const { systemRef } = placementOf(entity);
        return [
          {
            entityRef: ref,
            etag: etags.get(entity) ?? null,
            recheck:
              hasWaiverAnnotations(entity.metadata.annotations) ||
              this.providers.some(({ applies }) => applies(entity)),
            scoredWith: [
              ...(dependsOnRefs.get(entity) ?? []),
              ...(systemRef && systemRef !== ref ? [systemRef] : []),
            ],
          },
        ];
      }),
    );
    return page;
  }

  /** The entities this page's entities depend on, read in batches. */
  private async readRelated(
    dependsOnRefs: Map<Entity, string[]>,
  ): Promise<Entity[]> {
    const refs = new Set<string>();
    for (const list of dependsOnRefs.values()) {
      list.forEach(ref => refs.add(ref));
    }
    return refs.size ? this.options.reader.readByRefs([...refs]) : [];
  }

  /** What each fact provider says of this page's entities, by entity ref. */
  private async readFacts(
    entities: Entity[],
  ): Promise<Map<string, Record<string, unknown>>> {
    const facts = new Map<string, Record<string, unknown>>();
    for (const { provider, applies } of this.providers) {
      const asked = entities.filter(entity => refOf(entity) && applies(entity));
      if (asked.length === 0) {
        continue;
      }
      let found: Map<string, Record<string, unknown>>;
      try {
        found = await provider.getFacts(asked);
      } catch (error) {
        throw new Error(
          `fact provider '${provider.id}' failed: ${describeError(error)}`,
        );
      }
      for (const [ref, value] of found) {
        const key = ref.toLocaleLowerCase('en-US');
        facts.set(key, { ...facts.get(key), [provider.id]: value });
      }
    }
    return facts;
  }

  private async applyRetention() {
    const { resultStore, runStore, retention } = this.options;
    await resultStore.applyRetention({
      historyDays: retention.historyDays,
      snapshotDays: retention.snapshotDays,
      now: this.now(),
    });
    await runStore.pruneRuns({ keep: retention.runs });
  }
}

/** Removes an entity's etag as read from the catalog, and returns it. */
function takeEtag(entity: Entity): string | null {
  const etag = entity.metadata?.etag;
  if (entity.metadata && 'etag' in entity.metadata) {
    delete entity.metadata.etag;
  }
  return typeof etag === 'string' && etag ? etag : null;
}

/** Owner, system and domain of an entity, as refs in lower case. */
function placement(
  entity: Entity,
  systemDomains: Map<string, string | null>,
): Placement {
  const namespace = entity.metadata.namespace;
  const kind = entity.kind.toLocaleLowerCase('en-US');
  const ownerRef =
    targetOf(entity, 'ownedBy') ??
    parseRef(entity.spec?.owner, 'group', namespace) ??
    null;
  if (kind === 'system') {
    return {
      ownerRef,
      systemRef: refOf(entity) ?? null,
      domainRef: domainOf(entity),
    };
  }
  const systemRef =
    targetOf(entity, 'partOf', 'system') ??
    parseRef(entity.spec?.system, 'system', namespace) ??
    null;
  return {
    ownerRef,
    systemRef,
    domainRef: systemRef ? systemDomains.get(systemRef) ?? null : null,
  };
}

/**
 * Iterates while fetching the next item ahead, so that reading the next
 * catalog page overlaps with scoring and storing the current one.
 */
async function* prefetching<T>(source: AsyncIterator<T>): AsyncGenerator<T> {
  let next = source.next();
  for (;;) {
    const current = await next;
    if (current.done) {
      return;
    }
    next = source.next();
    // A rejection of the prefetched page surfaces when it is awaited; mark
    // it handled now so it is not reported as unhandled in the meantime.
    next.catch(() => {});
    yield current.value;
  }
}

function describeError(error: unknown): string {
  if (error instanceof Error) {
    return error.message || error.name;
  }
  return String(error);
}
