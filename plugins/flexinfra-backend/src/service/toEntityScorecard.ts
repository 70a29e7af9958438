import type {
  CompiledModel,
  EntityScorecard,
  ScorecardCheck,
} from '@flexinfra/backstage-plugin-flexinfra-common';
import type { ResultStore } from '../database/ResultStore';

type StoredWithTimes = NonNullable<
  Awaited<ReturnType<ResultStore['getScorecard']>>
>;

/**
 * Serves a stored scorecard with what the model says about each check
 * (title, dimension, stage, weight, remediation, docs, template), which is
 * kept once in the model rather than in every stored result, and the
 * entity's repository (null when it was not read). A check the
 * model no longer has (the model changed and the next refresh has not run
 * yet) is served with its id as title and no remediation.
 */
export function createScorecardEnricher(
  model: CompiledModel,
): (stored: StoredWithTimes) => EntityScorecard {
  const definitions = new Map(
    model.definition.checks.map(check => [check.id, check]),
  );
  return stored => ({
    ...stored,
    // Results stored before repositories were read have no such field.
    repository: stored.repository ?? null,
    checks: stored.checks.map((check): ScorecardCheck => {
      const definition = definitions.get(check.id);
      return {
        id: check.id,
        title: definition?.title ?? check.id,
        dimension: definition?.dimension ?? 'unknown',
        stage: definition?.stage ?? null,
        weight: definition?.weight ?? 0,
        status: check.status,
        message: check.message,
        evidence: check.evidence ?? [],
        remediation: definition?.remediation ?? '',
        docsUrl: definition?.docsUrl ?? '',
        template: definition?.template ?? null,
        waiver: check.waiver ?? null,
      };
    }),
  });
}
