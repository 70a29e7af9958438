import { createHash } from 'node:crypto';
import type {
  CompiledModel,
  EntityScorecard,
  ScorecardRepository,
} from '@flexinfra/backstage-plugin-flexinfra-common';
import { MATURITY_STAGES } from '@flexinfra/backstage-plugin-flexinfra-common';
import type { RefreshRunStore } from '../../database/RefreshRunStore';
import type { ResultStore, StagedResult } from '../../database/ResultStore';

type Status = 'pass' | 'fail' | 'waived';

/** What a test says about an entity's result; the rest is filled in. */
export interface ResultSpec {
  /** e.g. component:default/payments-api (lower case, as the store keys it). */
  entityRef: string;
  title?: string | null;
  type?: string | null;
  lifecycle?: string | null;
  ownerRef?: string | null;
  systemRef?: string | null;
  domainRef?: string | null;
  outcome?: 'scored' | 'invalid';
  stage?: number;
  score?: number;
  doraScore?: number;
  checks?: Record<string, Status>;
  /** The waivers of waived checks, by check id (2027-01-01, "Migrating" by default). */
  waivers?: Record<string, { expires: string; reason: string }>;
  /** The entity's repository as read; null (not read) by default. */
  repository?: ScorecardRepository | null;
}

/** A staged result as a refresh would write it, built from a ResultSpec. */
export function stagedResult(
  model: CompiledModel,
  spec: ResultSpec,
): StagedResult {
  const [kind, rest] = spec.entityRef.split(':');
  const [namespace, name] = rest.split('/');
  const outcome = spec.outcome ?? 'scored';
  const scored = outcome === 'scored';
  const stage = scored ? spec.stage ?? 2 : null;
  const score = scored ? spec.score ?? 50 : null;
  const doraScore = scored ? spec.doraScore ?? 2.5 : null;
  const checkStatuses = scored ? spec.checks ?? {} : {};
  const checks: EntityScorecard['checks'] = Object.entries(checkStatuses).map(
    ([id, status]) => {
      const definition = model.definition.checks.find(c => c.id === id);
      return {
        id,
        title: definition?.title ?? id,
        dimension: definition?.dimension ?? 'operational-excellence',
        stage: definition?.stage ?? null,
        weight: definition?.weight ?? 1,
        status,
        message: `${id} is ${status}`,
        evidence:
          status === 'pass'
            ? [{ origin: 'catalog' as const, text: `evidence of ${id}` }]
            : [],
        remediation: definition?.remediation ?? 'Fix it.',
        docsUrl: definition?.docsUrl ?? 'https://example.com/docs',
        template: definition?.template ?? null,
        waiver:
          status === 'waived'
            ? {
                expires: spec.waivers?.[id]?.expires ?? '2027-01-01',
                reason: spec.waivers?.[id]?.reason ?? 'Migrating',
                expired: false,
              }
            : null,
      };
    },
  );
  const stageOf = (n: number) => ({
    number: n,
    name: MATURITY_STAGES[n - 1].name,
  });
  return {
    entityRef: spec.entityRef,
    kind,
    namespace,
    name,
    title: spec.title ?? null,
    type: spec.type ?? null,
    lifecycle: spec.lifecycle ?? null,
    ownerRef: spec.ownerRef ?? null,
    systemRef: spec.systemRef ?? null,
    domainRef: spec.domainRef ?? null,
    outcome,
    stage,
    score,
    doraScore,
    scorecard: {
      entityRef: spec.entityRef,
      outcome,
      stage: stage === null ? null : stageOf(stage),
      nextStage:
        stage === null || stage === 5
          ? null
          : { ...stageOf(stage + 1), missing: ['iac-managed'] },
      score,
      doraScore,
      dimensions: [{ id: 'infrastructure-as-code', score }],
      checks,
      error: scored ? null : 'spec.owner is not an entity ref',
      repository: spec.repository ?? null,
      modelVersion: model.version,
    },
    checkStatuses,
    // Hashed: the columns are 128 characters long (PostgreSQL enforces it).
    inputHash: sha256(`input:${spec.entityRef}:${JSON.stringify(spec)}`),
    resultDigest: sha256(`digest:${JSON.stringify(spec)}`),
    modelVersion: model.version,
    changed: true,
    changes: Object.entries(checkStatuses).map(([id, to]) => ({
      id,
      from: null,
      to,
    })),
  };
}

/**
 * Stores results the way a refresh does: starts a run, stages the results,
 * commits them (the run succeeds). Results not in `specs` are removed.
 */
export async function seedResults(options: {
  resultStore: ResultStore;
  refreshRunStore: RefreshRunStore;
  model: CompiledModel;
  specs: ResultSpec[];
  day?: string;
}): Promise<void> {
  const { resultStore, refreshRunStore, model, specs } = options;
  const run = await refreshRunStore.startRun({ modelVersion: model.version });
  await resultStore.stageResults(
    run.id,
    specs.map(spec => stagedResult(model, spec)),
  );
  await resultStore.commitRun({
    runId: run.id,
    seenRefs: new Set(specs.map(spec => spec.entityRef)),
    owners: [
      { ref: 'group:default/engineering', parentRef: null, title: null },
      {
        ref: 'group:default/payments',
        parentRef: 'group:default/engineering',
        title: 'Payments',
      },
    ],
    targetStage: model.definition.targetStage,
    snapshotDay: options.day ?? '2026-03-01',
    entitiesSeen: specs.length,
  });
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}
