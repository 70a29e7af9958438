import { entityRefLabel } from '../DashboardFormat';
import type { DashboardFilterKey } from './filterParams';

/**
 * What a filter value reads as: owners and systems are entity refs, shown
 * by name (`payments` for `group:default/payments`); the other values are
 * shown as they are.
 */
export function filterValueLabel(
  key: DashboardFilterKey,
  value: string,
): string {
  switch (key) {
    case 'owner':
      return entityRefLabel(value, 'group');
    case 'system':
      return entityRefLabel(value, 'system');
    default:
      return value;
  }
}
