import type { BackstageCredentials } from '@backstage/backend-plugin-api';
import type { CatalogService } from '@backstage/plugin-catalog-node';
import type { CompiledModel } from '@flexinfra/backstage-plugin-flexinfra-common';
import type express from 'express';
import type { ResultStore } from '../database/ResultStore';
import { summariseWaivers } from '../waivers/summariseWaivers';
import { withCheckTitles } from '../waivers/withCheckTitles';
import { firstReadable } from './entityAccess';
import { parseFilters } from './parseFilters';
import { parseIntegerParam, singleQueryValue } from './queryParams';

/**
 * `GET /waivers`: the active waivers (which live in git, as
 * `flexinfra.io/waive.<check>` annotations) by check and by owner, rolled
 * up through nested groups, and the waivers themselves, soonest to expire
 * first. Counts cover every filtered result; the waivers are listed only
 * for entities the catalog lets the caller read.
 */
export function addWaiverRoutes(
  api: express.Router,
  options: {
    resultStore: ResultStore;
    catalog: CatalogService;
    model: CompiledModel;
    credentialsOf: (req: express.Request) => Promise<BackstageCredentials>;
    now: () => Date;
  },
) {
  const { resultStore, catalog, model, credentialsOf, now } = options;

  api.get('/waivers', async (req, res) => {
    const filters = parseFilters(req.query);
    const check = singleQueryValue(req.query, 'check');
    const checkId = check === undefined ? undefined : String(check);
    const soonDays = parseIntegerParam(req.query, 'soonDays', {
      min: 0,
      max: 365,
      defaultValue: 30,
    });
    const limit = parseIntegerParam(req.query, 'limit', {
      min: 1,
      max: 500,
      defaultValue: 100,
    });
    const credentials = await credentialsOf(req);
    const [waivers, parents] = await Promise.all([
      resultStore.getWaivers({ filters, checkId }),
      resultStore.getParentGroups(),
    ]);
    const overview = summariseWaivers({
      waivers: withCheckTitles(waivers, model),
      parents,
      today: now().toISOString().slice(0, 10),
      soonDays,
    });
    res.json({
      ...overview,
      items: await firstReadable(catalog, overview.items, limit, credentials),
    });
  });
}
