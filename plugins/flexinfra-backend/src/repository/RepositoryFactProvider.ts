import type { LoggerService } from '@backstage/backend-plugin-api';
import type { Entity } from '@backstage/catalog-model';
import { NotModifiedError } from '@backstage/errors';
import { durationToMilliseconds, type HumanDuration } from '@backstage/types';
import { refOf } from '@flexinfra/backstage-plugin-flexinfra-common';
import {
  unreadableRepositoryFacts,
  type RepositoryFacts,
} from '@flexinfra/backstage-plugin-flexinfra-common/repository';
import type { FlexInfraFactProvider } from '@flexinfra/backstage-plugin-flexinfra-node';
import { limitConcurrency } from './limitConcurrency';
import {
  locateRepository,
  type RepositoryTarget,
  type ResolveUrl,
} from './locateRepository';
import type { RepositoryStore, StoredRepository } from './RepositoryStore';
import type { RepositoryRead } from './UrlRepositoryReader';

/** The id checks read these facts under: `facts.repository.…`. */
export const REPOSITORY_PROVIDER_ID = 'repository';

/** Stored repositories no refresh used for this long are deleted. */
const FORGET_AFTER_MS = 30 * 24 * 3600 * 1000;

/**
 * The facts an entity gets: what the analyzer found in its repository, and
 * where that repository is.
 *
 * @internal
 */
export type EntityRepositoryFacts = RepositoryFacts & {
  /** `url:<address>` or `file:<folder>`. */
  target: string;
  /** The address file paths are linked under; null for a folder on disk. */
  browseUrl: string | null;
};

/** What reads one repository (by address, or from a folder). */
export interface RepositoryReaders {
  url: {
    read(
      url: string,
      options: { etag?: string; signal?: AbortSignal },
    ): Promise<RepositoryRead>;
  };
  file: { read(folder: string): Promise<RepositoryRead> };
}

/** What one refresh run knows: each repository read at most once. */
class RunState {
  readonly facts = new Map<string, Promise<RepositoryFacts>>();
  readonly limit: <T>(task: () => Promise<T>) => Promise<T>;

  constructor(
    readonly deadline: number,
    readonly signal: AbortSignal | undefined,
    concurrency: number,
  ) {
    this.limit = limitConcurrency(concurrency);
  }
}

function describeError(error: unknown): string {
  if (error instanceof Error || (error && typeof error === 'object')) {
    const { name, message } = error as Error;
    return name && name !== 'Error' ? `${name}: ${message}` : message;
  }
  return String(error);
}

function isAbort(error: unknown): boolean {
  return (error as Error)?.name === 'AbortError';
}

/**
 * The built-in fact provider `repository`: reads each scored entity's
 * repository (see {@link locateRepository}) and gives the entity what the
 * analyzer found there, as `facts.repository.<fact>`.
 *
 * - A repository shared by several entities, on one page or on several, is
 *   read once per refresh run; at most `concurrency` are read at a time.
 * - A repository whose version (etag) did not change since it was last read
 *   is not downloaded: its stored facts are used, so the entities in it keep
 *   their input hash and are not rescored. A new commit is read, and only
 *   the entities in that repository are rescored if what it proves changed.
 * - Reading stops when the run's time budget is used up: repositories not
 *   read use their stored facts; one never read has `analyzed: false` and
 *   says it was not read yet. The next run reads on.
 * - A repository that cannot be read (gone, no access, no integration for
 *   its host) gets unreadable facts saying why; the run goes on.
 *
 * @internal
 */
export class RepositoryFactProvider implements FlexInfraFactProvider {
  readonly id = REPOSITORY_PROVIDER_ID;
  private readonly kinds: Set<string>;
  private run: RunState | undefined;

  constructor(
    private readonly options: {
      store: RepositoryStore;
      readers: RepositoryReaders;
      /** Entity kinds whose repositories are read. */
      kinds: string[];
      concurrency: number;
      timeBudget: HumanDuration;
      logger: LoggerService;
      /** How a descriptor file's folder address is found (see locateRepository). */
      resolveUrl?: ResolveUrl;
      /** The clock, in milliseconds; tests pass their own. */
      now?: () => number;
    },
  ) {
    this.kinds = new Set(
      options.kinds.map(kind => kind.toLocaleLowerCase('en-US')),
    );
  }

  private now(): number {
    return this.options.now?.() ?? Date.now();
  }

  async startRun(options: { signal?: AbortSignal } = {}): Promise<void> {
    this.run = this.newRun(options.signal);
    const forgotten = await this.options.store.deleteUncheckedSince(
      new Date(this.now() - FORGET_AFTER_MS),
    );
    if (forgotten > 0) {
      this.options.logger.info(
        `FlexInfra forgot ${forgotten} repositories no entity used for 30 days`,
      );
    }
  }

  finishRun(): void {
    this.run = undefined;
  }

  private newRun(signal?: AbortSignal): RunState {
    const { timeBudget, concurrency } = this.options;
    return new RunState(
      this.now() + durationToMilliseconds(timeBudget),
      signal,
      concurrency,
    );
  }

  async getFacts(
    entities: Entity[],
  ): Promise<Map<string, Record<string, unknown>>> {
    const run = (this.run ??= this.newRun());
    const byTarget = new Map<
      string,
      { target: RepositoryTarget; refs: string[] }
    >();
    for (const entity of entities) {
      const ref = refOf(entity);
      if (!ref || !this.kinds.has(entity.kind.toLocaleLowerCase('en-US'))) {
        continue;
      }
      const target = locateRepository(entity, this.options.resolveUrl);
      if (!target) {
        continue;
      }
      const group = byTarget.get(target.key) ?? { target, refs: [] };
      group.refs.push(ref);
      byTarget.set(target.key, group);
    }

    const unread = [...byTarget.keys()].filter(key => !run.facts.has(key));
    const stored = unread.length
      ? await this.options.store.getRepositories(unread)
      : new Map<string, StoredRepository>();
    for (const key of unread) {
      const { target } = byTarget.get(key)!;
      const promise = run.limit(() =>
        this.factsOf(run, target, stored.get(key)),
      );
      // Awaited below; a rejection fails the page then, not unhandled now.
      promise.catch(() => {});
      run.facts.set(key, promise);
    }

    const result = new Map<string, Record<string, unknown>>();
    for (const { target, refs } of byTarget.values()) {
      const facts: EntityRepositoryFacts = {
        ...(await run.facts.get(target.key)!),
        target: target.key,
        browseUrl: target.browseUrl,
      };
      for (const ref of refs) {
        result.set(ref, facts);
      }
    }
    return result;
  }

  /** The facts of one repository for this run: read, reused or neither. */
  private async factsOf(
    run: RunState,
    target: RepositoryTarget,
    stored: StoredRepository | undefined,
  ): Promise<RepositoryFacts> {
    const { store, readers, logger } = this.options;
    run.signal?.throwIfAborted();
    const remaining = run.deadline - this.now();
    if (remaining <= 0) {
      return this.notRead(target, stored);
    }
    // Timers take at most 2^31-1 ms; a longer budget cannot run out mid-read.
    const budget = AbortSignal.timeout(Math.min(remaining, 2 ** 31 - 1));
    const signal = run.signal ? AbortSignal.any([run.signal, budget]) : budget;
    let read: RepositoryRead;
    try {
      read =
        target.type === 'url'
          ? await readers.url.read(target.url, {
              etag: stored?.etag ?? undefined,
              signal,
            })
          : await readers.file.read(target.folder);
    } catch (error) {
      run.signal?.throwIfAborted();
      if (NotModifiedError.is(error) && stored) {
        await store.markChecked([target.key]);
        return stored.facts;
      }
      if (isAbort(error) && budget.aborted) {
        return this.notRead(target, stored);
      }
      const reason = `could not be read: ${describeError(error)}`;
      logger.warn(`FlexInfra: repository ${target.key} ${reason}`);
      const facts = unreadableRepositoryFacts(reason);
      await store.putRepository({
        target: target.key,
        etag: null,
        facts,
        error: reason,
        analyzedAt: new Date(this.now()),
      });
      return facts;
    }
    await store.putRepository({
      target: target.key,
      etag: read.etag,
      facts: read.facts,
      error: null,
      analyzedAt: new Date(this.now()),
    });
    return read.facts;
  }

  /** The time budget is used up: the stored facts, or none yet. */
  private async notRead(
    target: RepositoryTarget,
    stored: StoredRepository | undefined,
  ): Promise<RepositoryFacts> {
    if (stored) {
      await this.options.store.markChecked([target.key]);
      return stored.facts;
    }
    return unreadableRepositoryFacts(
      "not read yet: this refresh's time budget for reading repositories was used up; a later refresh reads it",
    );
  }
}
