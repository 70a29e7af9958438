import type { CompiledModel } from '@flexinfra/backstage-plugin-flexinfra-common';
import type { StoredWaiver } from '../database/waiverQueries';

/**
 * Waivers with their checks' titles from the model: stored scorecards keep
 * lean checks, without what the model says of them (such as the title).
 *
 * @internal
 */
export function withCheckTitles(
  waivers: StoredWaiver[],
  model: CompiledModel,
): StoredWaiver[] {
  const titles = new Map(
    model.definition.checks.map(check => [check.id, check.title]),
  );
  return waivers.map(waiver => ({
    ...waiver,
    checkTitle:
      titles.get(waiver.checkId) ?? waiver.checkTitle ?? waiver.checkId,
  }));
}
