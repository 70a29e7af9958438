import type {
  ResultFilters,
  SummaryGroupBy,
} from '@flexinfra/backstage-plugin-flexinfra-common';
import type { RequestedEntity } from '../service/entityRefParams';
import { parseEntityRefInput } from './entityRefInput';

/** The kinds of entity a scope may be. */
export const SCOPE_KINDS = ['group', 'system', 'domain'] as const;

/** A group, system or domain whose entities an action reads. */
export interface Scope {
  entity: RequestedEntity;
  /** The result filters selecting its entities (a group's sub-groups included). */
  filters: ResultFilters;
  /** What its summary is broken down by. */
  breakdownBy: SummaryGroupBy;
}

/**
 * Reads a scope's ref (the kind defaults to group): a group's entities are
 * those it or its sub-groups own, broken down by owner; a system's, broken
 * down by owner; a domain's, broken down by system.
 *
 * @throws InputError naming the ref when it is malformed or of another kind.
 */
export function parseScope(ref: string): Scope {
  const entity = parseEntityRefInput(ref, {
    defaultKind: 'group',
    kinds: SCOPE_KINDS,
  });
  switch (entity.kind) {
    case 'system':
      return {
        entity,
        filters: { system: [entity.entityRef] },
        breakdownBy: 'owner',
      };
    case 'domain':
      return {
        entity,
        filters: { domain: [entity.entityRef] },
        breakdownBy: 'system',
      };
    default:
      return {
        entity,
        filters: { owner: [entity.entityRef] },
        breakdownBy: 'owner',
      };
  }
}
