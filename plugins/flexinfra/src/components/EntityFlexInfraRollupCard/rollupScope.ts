import type { Entity } from '@backstage/catalog-model';
import type { ResultFilters, SummaryGroupBy } from '../../api';
import { rollupFiltersFor } from '../shared';

/** What a rollup covers, for an entity that has one. */
export interface RollupScope {
  groupBy: SummaryGroupBy;
  filters: ResultFilters;
  /** What the numbers are about, for the card's subheader. */
  description: string;
}

/**
 * The rollup of a Group (what it and its sub-teams own), a System or a
 * Domain (what they contain); `undefined` for other kinds.
 */
export function rollupScope(entity: Entity): RollupScope | undefined {
  const filters = rollupFiltersFor(entity);
  if (filters?.owner) {
    return {
      groupBy: 'owner',
      filters,
      description: 'Everything this group and its teams own',
    };
  }
  if (filters?.system) {
    return {
      groupBy: 'system',
      filters,
      description: 'Everything in this system',
    };
  }
  if (filters?.domain) {
    return {
      groupBy: 'domain',
      filters,
      description: 'Everything in this domain',
    };
  }
  return undefined;
}
