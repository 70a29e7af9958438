import { stringifyEntityRef, type Entity } from '@backstage/catalog-model';
import {
  compileModel,
  defaultModelDefinition,
  type CheckDefinition,
  type ResultFilters,
} from '@flexinfra/backstage-plugin-flexinfra-common';

/** A filter predicate, as the catalog's entity page extensions take them. */
export type EntityFilterPredicate = CheckDefinition['appliesTo'];

/**
 * The entities FlexInfra's default model scores: those that at least one of
 * its checks applies to (today: Components that are not libraries,
 * documentation, templates and the like, and Resources). Derived from the
 * checks' `appliesTo`, so it follows the model.
 */
export const scoredEntityPredicate: EntityFilterPredicate = {
  $any: [
    ...new Map(
      defaultModelDefinition.checks.map(check => [
        JSON.stringify(check.appliesTo),
        check.appliesTo,
      ]),
    ).values(),
  ],
};

/**
 * Where the "Flexibility" tab is shown: on the entities the model scores and
 * on Systems (which it does not score; the tab shows their rollup).
 */
export const flexInfraContentPredicate: EntityFilterPredicate = {
  $any: [scoredEntityPredicate, { kind: 'system' }],
};

/** Where the rollup card is shown: Groups, Systems and Domains. */
export const flexInfraRollupPredicate: EntityFilterPredicate = {
  kind: { $in: ['group', 'system', 'domain'] },
};

let defaultModelChecks: ReturnType<typeof compileModel>['checks'] | undefined;

/**
 * Whether FlexInfra's default model scores the entity (see
 * `scoredEntityPredicate`).
 *
 * @public
 */
export function isFlexInfraScored(entity: Entity): boolean {
  defaultModelChecks ??= compileModel(defaultModelDefinition).checks;
  return defaultModelChecks.some(check => check.appliesTo(entity));
}

function isKind(entity: Entity, ...kinds: string[]): boolean {
  return kinds.includes(entity.kind.toLocaleLowerCase('en-US'));
}

/**
 * Whether the entity has a FlexInfra "Flexibility" tab: it is scored by
 * FlexInfra's default model (Components other than libraries,
 * documentation and the like, and Resources), or it is a System, whose tab
 * shows the rollup of what it contains. For `EntitySwitch.Case if={…}`.
 *
 * @public
 */
export function isFlexInfraAvailable(entity: Entity): boolean {
  return isKind(entity, 'system') || isFlexInfraScored(entity);
}

/**
 * Whether the entity has a FlexInfra rollup: Groups (what they and their
 * sub-teams own), Systems and Domains (what they contain).
 *
 * @public
 */
export function isFlexInfraRollupAvailable(entity: Entity): boolean {
  return isKind(entity, 'group', 'system', 'domain');
}

/**
 * The result filters that select what a Group owns, or what a System or a
 * Domain contains; `undefined` for other kinds.
 */
export function rollupFiltersFor(entity: Entity): ResultFilters | undefined {
  const ref = stringifyEntityRef(entity);
  switch (entity.kind.toLocaleLowerCase('en-US')) {
    case 'group':
      return { owner: [ref] };
    case 'system':
      return { system: [ref] };
    case 'domain':
      return { domain: [ref] };
    default:
      return undefined;
  }
}
