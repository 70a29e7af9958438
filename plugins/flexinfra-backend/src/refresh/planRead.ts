import type { Entity } from '@backstage/catalog-model';
import {
  refOf,
  type RefreshRun,
} from '@flexinfra/backstage-plugin-flexinfra-common';
import { durationToMilliseconds, type HumanDuration } from '@backstage/types';
import type { CatalogReader } from '../catalog/CatalogReader';
import type { RefreshRunStore } from '../database/RefreshRunStore';
import type { ResultStore } from '../database/ResultStore';

/** How a refresh reads the catalog. */
export type ReadMode = 'full' | 'changes';

/**
 * A refresh reads every entity in full when asked by hand, when the model
 * changed since the last full read, and when that read is older than
 * `fullReadEvery` (a safety net for changes an etag does not show, such as
 * a dependsOn target of a kind that is not scored). Otherwise it reads
 * only what changed.
 */
export async function chooseReadMode(options: {
  trigger: RefreshRun['trigger'];
  runStore: RefreshRunStore;
  modelVersion: string;
  fullReadEvery: HumanDuration;
  now: Date;
}): Promise<ReadMode> {
  if (options.trigger === 'manual') {
    return 'full';
  }
  const last = await options.runStore.getLastFullRead();
  if (!last || last.modelVersion !== options.modelVersion) {
    return 'full';
  }
  const age = options.now.getTime() - Date.parse(last.startedAt);
  return age < durationToMilliseconds(options.fullReadEvery)
    ? 'changes'
    : 'full';
}

/** What a refresh reads, and what it knows without reading. */
export interface ReadPlan {
  mode: ReadMode;
  /** The entities to read in full and score, page by page. */
  pages: AsyncGenerator<Entity[]>;
  /** Entities seen and unchanged, with their dependencies: results stand. */
  unchanged: string[];
  /**
   * Entities the last committed refresh read that the catalog no longer
   * has; complete once `pages` is read to the end.
   */
  removedRefs: string[];
  /** Entities of the scored kinds seen, when known before reading. */
  entitiesSeen?: number;
}

/**
 * Plans a read of changes: pages through the catalog's etags, and reads in
 * full only the entities whose etag differs from the one last read (or that
 * have none), the entities scored with a changed or removed one (from the
 * stored reverse index), and those read every time (a fact provider
 * applies, or they carry waivers).
 */
async function planChangedRead(
  reader: CatalogReader,
  resultStore: ResultStore,
  signal?: AbortSignal,
): Promise<ReadPlan> {
  const inputs = await resultStore.getEntityInputs();
  const seen = new Set<string>();
  const changed: string[] = [];
  const toRead = new Set<string>();
  for await (const page of reader.etagPages()) {
    signal?.throwIfAborted();
    for (const entity of page) {
      const ref = refOf(entity);
      if (!ref) {
        continue; // Without a ref it cannot be read, stored or scored.
      }
      seen.add(ref);
      const input = inputs.get(ref);
      const etag = entity.metadata.etag;
      if (!input || !etag || input.etag !== etag) {
        changed.push(ref);
        toRead.add(ref);
      } else if (input.recheck) {
        toRead.add(ref);
      }
    }
  }
  const removedRefs = [...inputs.keys()].filter(ref => !seen.has(ref));
  const dependents = await resultStore.getDependents([
    ...changed,
    ...removedRefs,
  ]);
  for (const ref of dependents) {
    if (seen.has(ref)) {
      toRead.add(ref);
    }
  }
  const refs = [...toRead].sort();
  return {
    mode: 'changes',
    // An entity gone between its etag and its read is removed too.
    pages: reader.pagesOf(refs, ref => removedRefs.push(ref)),
    unchanged: [...seen].filter(ref => !toRead.has(ref)),
    removedRefs,
    entitiesSeen: seen.size,
  };
}

/** Plans a refresh's read of the catalog in the given mode. */
export async function planRead(options: {
  mode: ReadMode;
  reader: CatalogReader;
  resultStore: ResultStore;
  signal?: AbortSignal;
}): Promise<ReadPlan> {
  const { mode, reader, resultStore, signal } = options;
  if (mode === 'changes') {
    return planChangedRead(reader, resultStore, signal);
  }
  return { mode, pages: reader.pages(), unchanged: [], removedRefs: [] };
}
