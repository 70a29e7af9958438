import type { FilterPredicate } from '@backstage/filter-predicates';
import type { CompiledModel } from './compileModel';
import { describePredicate, findEvidence, predicatePaths } from './explain';
import { repositoryNearMisses } from './repositoryEvidence';
import type { CheckEvidence, CheckResult, CheckStatus } from './types';
import type { Waiver } from './waivers';

/** How each check came out, decided while scoring; in model order. */
export interface CheckOutcomes {
  statuses: CheckStatus[];
  /** The waiver the entity carries for a check that did not pass, if any. */
  waivers: Array<Waiver | undefined>;
}

const NOT_APPLICABLE_MESSAGE = 'Does not apply to this kind or type of entity.';

/**
 * "Missing …" depends on nothing but the check's evidence predicate, so each
 * predicate is described once, not once per failing entity.
 */
const missingMessages = new WeakMap<object, string>();

function missingMessage(evidence: FilterPredicate): string {
  if (typeof evidence !== 'object' || evidence === null) {
    return `Missing ${describePredicate(evidence)}.`;
  }
  let message = missingMessages.get(evidence);
  if (message === undefined) {
    message = `Missing ${describePredicate(evidence)}.`;
    missingMessages.set(evidence, message);
  }
  return message;
}

/**
 * Describing runs when a result is read, after evaluateEntity returned: an
 * entity whose evidence cannot be described must not make reading throw.
 */
function describeSafely<T>(build: () => T, fallback: (reason: string) => T): T {
  try {
    return build();
  } catch (error) {
    return fallback(`could not be described: ${(error as Error)?.message}`);
  }
}

/** "Missing …", with what the repository showed that did not count. */
function missing(evidence: FilterPredicate, facts: unknown): string {
  return describeSafely(
    () => {
      const repository = (facts as { facts: Record<string, unknown> }).facts
        .repository;
      const nearMisses = repositoryNearMisses(
        repository,
        predicatePaths(evidence),
      );
      return nearMisses.length > 0
        ? `${missingMessage(evidence)} Seen: ${nearMisses.join('; ')}.`
        : missingMessage(evidence);
    },
    () => missingMessage(evidence),
  );
}

function failed(
  id: string,
  evidence: FilterPredicate,
  facts: unknown,
  waiver: Waiver | undefined,
): CheckResult {
  if (!waiver) {
    return { id, status: 'fail', message: missing(evidence, facts) };
  }
  if (!waiver.valid) {
    return {
      id,
      status: 'fail',
      message: `${missing(evidence, facts)} The ${waiver.problem}.`,
    };
  }
  const { expires, reason, expired } = waiver;
  return {
    id,
    status: 'fail',
    message: `${missing(
      evidence,
      facts,
    )} Its waiver expired on ${expires} (${reason}).`,
    waiver: { expires, reason, expired },
  };
}

/**
 * Every check's result with its message and evidence, in model order: the
 * part of an evaluation worth deferring. Finding the evidence for a passing
 * check reads the entity again, which costs more than deciding that it
 * passes, and a caller that wants only the stage and score, or a refresh that
 * finds a result unchanged, never needs it.
 */
export function describeChecks(
  model: CompiledModel,
  facts: unknown,
  { statuses, waivers }: CheckOutcomes,
): CheckResult[] {
  return model.checks.map(({ definition }, i): CheckResult => {
    const { id, evidence } = definition;
    switch (statuses[i]) {
      case 'not-applicable':
        return {
          id,
          status: 'not-applicable',
          message: NOT_APPLICABLE_MESSAGE,
        };
      case 'pass': {
        const found: CheckEvidence[] = describeSafely(
          () => findEvidence(evidence, facts),
          reason => [{ origin: 'catalog', text: `evidence (${reason})` }],
        );
        return {
          id,
          status: 'pass',
          message: `Found ${found.map(e => e.text).join('; ')}.`,
          evidence: found,
        };
      }
      case 'waived': {
        const { expires, reason } = waivers[i] as Waiver & { valid: true };
        return {
          id,
          status: 'waived',
          message: `Waived until ${expires}: ${reason}`,
          waiver: { expires, reason, expired: false },
        };
      }
      default:
        return failed(id, evidence, facts, waivers[i]);
    }
  });
}
