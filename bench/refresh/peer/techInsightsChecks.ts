/**
 * FlexInfra's checks as a Tech Insights adopter would write them: a fact
 * retriever that reads the catalog and stores one boolean fact per
 * condition the checks test, and json-rules-engine checks that combine
 * those facts with `all` / `any` / `not`, as FlexInfra's evidence
 * predicates combine theirs.
 *
 * The retriever derives what FlexInfra derives from an entity alone
 * (blank annotations dropped; `facts.environments`, `facts.multiRegion` from
 * their annotations) with FlexInfra's own `buildFacts`, and evaluates each
 * condition with `@backstage/filter-predicates` (the library FlexInfra's
 * predicates follow), so both products answer the same question for every
 * entity. Where a built-in retriever already states a condition
 * (`spec.owner` is set: `hasOwner` of entityOwnershipFactRetriever), the
 * check uses the built-in fact.
 *
 * What a Tech Insights fact retriever does not see here:
 * - repository facts (`facts.repository.*`): the bench's main phases read
 *   no repositories, so they are absent on both sides (false);
 * - related entities (`related.*`): a retriever would have to fetch them.
 *   Checks that read them are left out of the comparison, by name.
 */
import {
  evaluateFilterPredicate,
  type FilterPredicate,
} from '@backstage/filter-predicates';
import { CatalogClient } from '@backstage/catalog-client';
import type { Entity } from '@backstage/catalog-model';
import type { JsonValue } from '@backstage/types';
import type {
  FactRetriever,
  FactRetrieverContext,
  TechInsightFact,
} from '@backstage-community/plugin-tech-insights-node';
import { DateTime } from 'luxon';
import type { CompiledModel } from '../../../plugins/flexinfra-common/src';
import { buildFacts } from '../../../plugins/flexinfra-common/src/engine/facts';

export const RETRIEVER_ID = 'flexinfraEvidenceFactRetriever';
export const OWNERSHIP_RETRIEVER_ID = 'entityOwnershipFactRetriever';
/** The retrievers the translated checks read. */
export const PEER_RETRIEVER_IDS = [RETRIEVER_ID, OWNERSHIP_RETRIEVER_ID];

/** A json-rules-engine condition as the jsonfc module reads it from config. */
export type RuleCondition =
  | { fact: string; operator: 'equal'; value: boolean }
  | { all: RuleCondition[] }
  | { any: RuleCondition[] }
  | { not: RuleCondition };

/** One check in `techInsights.factChecker.checks` form (a type: it is config JSON). */
export type TechInsightsCheck = {
  type: 'json-rules-engine';
  name: string;
  description: string;
  factIds: string[];
  rule: { conditions: { all: RuleCondition[] } | { any: RuleCondition[] } };
};

/** A catalog condition the retriever stores as a boolean fact. */
interface Leaf {
  fact: string;
  predicate: FilterPredicate;
}

export interface TechInsightsTranslation {
  checks: Record<string, TechInsightsCheck>;
  retriever: FactRetriever;
  /** Checks with no Tech Insights equivalent here, and why. */
  leftOut: Array<{ id: string; reason: string }>;
  /** How many catalog conditions the retriever stores per entity. */
  facts: number;
}

/** The kinds FlexInfra's checks apply to: what the retriever reads. */
export function checkedKinds(model: CompiledModel): string[] {
  const kinds = new Set<string>();
  const visit = (node: unknown) => {
    if (Array.isArray(node)) {
      node.forEach(visit);
    } else if (node && typeof node === 'object') {
      for (const [key, value] of Object.entries(node)) {
        if (key === 'kind' && typeof value === 'string') {
          kinds.add(value.toLowerCase());
        } else {
          visit(value);
        }
      }
    }
  };
  model.definition.checks.forEach(check => visit(check.appliesTo));
  return [...kinds].sort();
}

function pathsOf(predicate: FilterPredicate): string[] {
  if (!predicate || typeof predicate !== 'object' || Array.isArray(predicate)) {
    return [];
  }
  return Object.entries(predicate).flatMap(([key, value]) =>
    key.startsWith('$')
      ? [value].flat().flatMap(inner => pathsOf(inner as FilterPredicate))
      : [key],
  );
}

const isOwnerLeaf = (predicate: FilterPredicate) =>
  JSON.stringify(predicate) ===
  JSON.stringify({ 'spec.owner': { $exists: true } });

/** Translates FlexInfra's checks into facts and json-rules-engine checks. */
export function techInsightsChecksFor(
  model: CompiledModel,
): TechInsightsTranslation {
  const leaves: Leaf[] = [];
  const checks: Record<string, TechInsightsCheck> = {};
  const leftOut: TechInsightsTranslation['leftOut'] = [];

  for (const check of model.definition.checks) {
    const related = pathsOf(check.evidence).filter(p =>
      p.startsWith('related.'),
    );
    if (related.length > 0) {
      leftOut.push({
        id: check.id,
        reason: `reads related entities (${related.join(
          ', ',
        )}), which a fact retriever sees only by fetching them`,
      });
      continue;
    }
    let usesOwnership = false;
    const translate = (predicate: FilterPredicate): RuleCondition => {
      const node = predicate as Record<string, unknown>;
      if (Array.isArray(node.$all)) {
        return { all: node.$all.map(p => translate(p as FilterPredicate)) };
      }
      if (Array.isArray(node.$any)) {
        return { any: node.$any.map(p => translate(p as FilterPredicate)) };
      }
      if (node.$not !== undefined) {
        return { not: translate(node.$not as FilterPredicate) };
      }
      if (isOwnerLeaf(predicate)) {
        usesOwnership = true;
        return { fact: 'hasOwner', operator: 'equal', value: true };
      }
      const fact = `${check.id}/${leaves.length}`;
      leaves.push({ fact, predicate });
      return { fact, operator: 'equal', value: true };
    };
    const condition = translate(check.evidence);
    checks[check.id] = {
      type: 'json-rules-engine',
      name: check.title,
      description: check.rationale ?? check.title,
      factIds: usesOwnership
        ? [RETRIEVER_ID, OWNERSHIP_RETRIEVER_ID]
        : [RETRIEVER_ID],
      rule: {
        conditions:
          'all' in condition || 'any' in condition
            ? (condition as { all: RuleCondition[] })
            : { all: [condition] },
      },
    };
  }

  const kinds = checkedKinds(model);
  const retriever: FactRetriever = {
    id: RETRIEVER_ID,
    version: '1.0.0',
    title: 'FlexInfra evidence',
    description:
      'One boolean per catalog condition of the FlexInfra checks (the bench peer)',
    entityFilter: [{ kind: kinds }],
    schema: Object.fromEntries(
      leaves.map(leaf => [
        leaf.fact,
        { type: 'boolean', description: JSON.stringify(leaf.predicate) },
      ]),
    ),
    // Written as the built-in retrievers are: one catalog request for every
    // entity of the filter, with the plugin's own credentials.
    handler: async ({
      discovery,
      entityFilter,
      auth,
    }: FactRetrieverContext): Promise<TechInsightFact[]> => {
      const { token } = await auth.getPluginRequestToken({
        onBehalfOf: await auth.getOwnServiceCredentials(),
        targetPluginId: 'catalog',
      });
      const catalog = new CatalogClient({ discoveryApi: discovery });
      const { items } = await catalog.getEntities(
        { filter: entityFilter },
        { token },
      );
      return items.map((entity: Entity) => {
        const derived = buildFacts(entity, []) as unknown as JsonValue;
        return {
          entity: {
            namespace: entity.metadata.namespace ?? 'default',
            kind: entity.kind,
            name: entity.metadata.name,
          },
          facts: Object.fromEntries(
            leaves.map(leaf => [
              leaf.fact,
              evaluateFilterPredicate(leaf.predicate, derived),
            ]),
          ),
          timestamp: DateTime.now(),
        };
      });
    },
  };
  return { checks, retriever, leftOut, facts: leaves.length };
}
