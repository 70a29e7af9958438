import type {
  AdoptionFixedCheck,
  AdoptionRun,
  AdoptionRunOutcome,
  CompiledModel,
  ScorecardHistoryEntry,
  TemplateAdoption,
} from '@flexinfra/backstage-plugin-flexinfra-common';
import type { TemplateRun } from './AdoptionStore';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * A template the model links: the checks whose `template` it is.
 *
 * @internal
 */
export type TemplateLinks = Map<string, string[]>;

/**
 * The templates the model links, each with the checks it fixes.
 *
 * @internal
 */
export function templateLinks(model: CompiledModel): TemplateLinks {
  const links: TemplateLinks = new Map();
  for (const check of model.definition.checks) {
    if (check.template) {
      const ref = check.template.toLocaleLowerCase('en-US');
      links.set(ref, [...(links.get(ref) ?? []), check.id]);
    }
  }
  return links;
}

/**
 * The template a scaffolder task spec ran, in lower case as links are
 * keyed, with the checks it fixes; undefined when the model links no such
 * template (or the spec names none).
 *
 * @internal
 */
export function linkedTemplateOf(
  spec: unknown,
  links: TemplateLinks,
): { templateRef: string; checkIds: string[] } | undefined {
  const ref = (spec as { templateInfo?: { entityRef?: unknown } } | undefined)
    ?.templateInfo?.entityRef;
  if (typeof ref !== 'string') {
    return undefined;
  }
  const templateRef = ref.toLocaleLowerCase('en-US');
  const checkIds = links.get(templateRef);
  return checkIds ? { templateRef, checkIds } : undefined;
}

/**
 * The model link a run counts for: its own template when the model links
 * it; otherwise, after a template's rename, the linked template that fixes
 * most of the checks the run's template fixed when it ran; otherwise its
 * own template (a link the model dropped).
 *
 * @internal
 */
export function linkOf(run: TemplateRun, links: TemplateLinks): string {
  const own = run.templateRef.toLocaleLowerCase('en-US');
  if (links.has(own)) {
    return own;
  }
  let best: string | undefined;
  let bestShared = 0;
  for (const [ref, checkIds] of links) {
    const shared = checkIds.filter(id => run.checkIds.includes(id)).length;
    if (shared > bestShared) {
      best = ref;
      bestShared = shared;
    }
  }
  return best ?? own;
}

function daysBetween(from: string, to: string): number {
  return Math.round(((Date.parse(to) - Date.parse(from)) / DAY_MS) * 100) / 100;
}

function median(values: number[]): number | null {
  if (values.length === 0) {
    return null;
  }
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const value =
    sorted.length % 2 === 1
      ? sorted[middle]
      : (sorted[middle - 1] + sorted[middle]) / 2;
  return Math.round(value * 100) / 100;
}

function nameOf(ref: string): string {
  return ref.slice(ref.lastIndexOf('/') + 1);
}

/** @internal */
export interface ComputeAdoptionOptions {
  /** The stored runs, any order. */
  runs: TemplateRun[];
  /** Each run entity's history from the oldest run on (see getHistorySince). */
  histories: Map<string, { entries: ScorecardHistoryEntry[] }>;
  links: TemplateLinks;
  checkTitles: Map<string, string>;
  fixWindowDays: number;
  now: Date;
}

/** @internal */
export interface ComputedAdoption {
  templates: TemplateAdoption[];
  /** Every run, newest first. */
  runs: AdoptionRun[];
}

/**
 * Joins template runs with their entities' history. A check is fixed by a
 * run when its template fixes it (the model's link, or the checks the
 * template was linked to when it ran) and it went from fail to pass in a
 * history entry recorded after the run and at most `fixWindowDays` later;
 * when several such completed runs precede the entry, the latest one gets
 * the fix. A run's days to fix run from its creation to its first fix.
 * Pure: no I/O, no clock but `now`.
 *
 * @internal
 */
export function computeAdoption(
  options: ComputeAdoptionOptions,
): ComputedAdoption {
  const { links, checkTitles, fixWindowDays, now } = options;
  const windowMs = fixWindowDays * DAY_MS;
  const runs = [...options.runs].sort(
    (a, b) =>
      Date.parse(b.createdAt) - Date.parse(a.createdAt) ||
      a.taskId.localeCompare(b.taskId),
  );
  const linkByRun = new Map(runs.map(run => [run.taskId, linkOf(run, links)]));
  const checksByRun = new Map(
    runs.map(run => [
      run.taskId,
      new Set([
        ...(links.get(linkByRun.get(run.taskId)!) ?? []),
        ...run.checkIds,
      ]),
    ]),
  );
  const fixesByRun = new Map<string, AdoptionFixedCheck[]>();

  // Completed runs per entity, newest first.
  const completedByEntity = new Map<string, TemplateRun[]>();
  for (const run of runs) {
    if (run.entityRef && run.status === 'completed') {
      const list = completedByEntity.get(run.entityRef) ?? [];
      list.push(run);
      completedByEntity.set(run.entityRef, list);
    }
  }
  for (const [entityRef, entityRuns] of completedByEntity) {
    const entries = options.histories.get(entityRef)?.entries ?? [];
    for (const entry of entries) {
      const recorded = Date.parse(entry.recordedAt);
      for (const change of entry.changes) {
        if (change.from !== 'fail' || change.to !== 'pass') {
          continue;
        }
        const run = entityRuns.find(candidate => {
          const created = Date.parse(candidate.createdAt);
          return (
            created < recorded &&
            recorded - created <= windowMs &&
            checksByRun.get(candidate.taskId)!.has(change.id)
          );
        });
        if (!run) {
          continue;
        }
        const fixes = fixesByRun.get(run.taskId) ?? [];
        if (!fixes.some(fix => fix.id === change.id)) {
          fixes.push({
            id: change.id,
            title: checkTitles.get(change.id) ?? change.id,
            fixedAt: entry.recordedAt,
            daysToFix: daysBetween(run.createdAt, entry.recordedAt),
          });
          fixesByRun.set(run.taskId, fixes);
        }
      }
    }
  }

  const titleByLink = new Map<string, string>();
  const adoptionRuns: AdoptionRun[] = runs.map(run => {
    const templateRef = linkByRun.get(run.taskId)!;
    if (run.templateTitle && !titleByLink.has(templateRef)) {
      titleByLink.set(templateRef, run.templateTitle);
    }
    const fixedChecks = (fixesByRun.get(run.taskId) ?? []).sort(
      (a, b) => a.daysToFix - b.daysToFix || a.id.localeCompare(b.id),
    );
    let outcome: AdoptionRunOutcome;
    if (run.status === 'failed' || run.status === 'cancelled') {
      outcome = 'failed';
    } else if (run.status !== 'completed') {
      outcome = 'running';
    } else if (fixedChecks.length > 0) {
      outcome = 'fixed';
    } else if (now.getTime() - Date.parse(run.createdAt) > windowMs) {
      outcome = 'no-fix';
    } else {
      outcome = 'pending';
    }
    return {
      taskId: run.taskId,
      templateRef,
      templateTitle: '',
      ranTemplateRef: run.templateRef,
      entityRef: run.entityRef ?? null,
      createdBy: run.createdBy ?? null,
      createdAt: run.createdAt,
      status: run.status,
      outcome,
      fixedChecks,
      daysToFix: fixedChecks.length > 0 ? fixedChecks[0].daysToFix : null,
    };
  });
  const titleOf = (ref: string) => titleByLink.get(ref) ?? nameOf(ref);
  adoptionRuns.forEach(run => {
    run.templateTitle = titleOf(run.templateRef);
  });

  const refs = new Set([...links.keys(), ...linkByRun.values()]);
  const templates = [...refs].map((templateRef): TemplateAdoption => {
    const own = adoptionRuns.filter(run => run.templateRef === templateRef);
    const fixed = own.filter(run => run.outcome === 'fixed');
    return {
      templateRef,
      title: titleOf(templateRef),
      checkIds: links.get(templateRef) ?? [
        ...new Set(
          runs
            .filter(run => linkByRun.get(run.taskId) === templateRef)
            .flatMap(run => run.checkIds),
        ),
      ],
      runs: own.filter(run => run.status === 'completed').length,
      failedRuns: own.filter(run => run.outcome === 'failed').length,
      entitiesImproved: new Set(fixed.map(run => run.entityRef)).size,
      checksFixed: fixed.reduce((sum, run) => sum + run.fixedChecks.length, 0),
      medianDaysToFix: median(fixed.map(run => run.daysToFix!)),
      runsWithoutFix: own.filter(run => run.outcome === 'no-fix').length,
      runsPending: own.filter(run => run.outcome === 'pending').length,
    };
  });
  templates.sort(
    (a, b) => b.runs - a.runs || a.templateRef.localeCompare(b.templateRef),
  );
  return { templates, runs: adoptionRuns };
}
