import type { BackstageCredentials } from '@backstage/backend-plugin-api';
import type { CatalogService } from '@backstage/plugin-catalog-node';
import type {
  AdoptionSummary,
  CompiledModel,
  EntityAdoption,
} from '@flexinfra/backstage-plugin-flexinfra-common';
import type express from 'express';
import { computeAdoption, templateLinks } from '../adoption/computeAdoption';
import type { Adoption } from '../adoption/setupAdoption';
import type { ResultStore } from '../database/ResultStore';
import { assertEntityReadable, firstReadable } from './entityAccess';
import { parseEntityRefParams } from './entityRefParams';
import { parseIntegerParam } from './queryParams';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The adoption API: template runs joined with score changes. Per template,
 * counts over every stored run (no entity names), served to anyone signed
 * in; the runs themselves name entities, so they are listed only for
 * entities the catalog lets the caller read.
 */
export function addAdoptionRoutes(
  api: express.Router,
  options: {
    adoption: Adoption;
    resultStore: ResultStore;
    catalog: CatalogService;
    model: CompiledModel;
    credentialsOf: (req: express.Request) => Promise<BackstageCredentials>;
    now: () => Date;
  },
) {
  const { adoption, resultStore, catalog, model, credentialsOf, now } = options;
  const links = templateLinks(model);
  const checkTitles = new Map(
    model.definition.checks.map(check => [check.id, check.title]),
  );

  const compute = async (since: Date, entityRef?: string) => {
    const runs = await adoption.store.listRuns({ since, entityRef });
    const refs = [
      ...new Set(runs.flatMap(run => (run.entityRef ? [run.entityRef] : []))),
    ];
    // Newest first: the last run is the oldest.
    const oldest = runs.length
      ? new Date(runs[runs.length - 1].createdAt)
      : since;
    const histories = refs.length
      ? await resultStore.getHistorySince(refs, oldest)
      : new Map();
    return computeAdoption({
      runs,
      histories,
      links,
      checkTitles,
      fixWindowDays: adoption.fixWindowDays,
      now: now(),
    });
  };

  api.get('/adoption', async (req, res) => {
    const credentials = await credentialsOf(req);
    const limit = parseIntegerParam(req.query, 'limit', {
      min: 1,
      max: 200,
      defaultValue: 20,
    });
    const since = new Date(now().getTime() - adoption.keepDays * DAY_MS);
    const { templates, runs } = await compute(since);
    const recent = await firstReadable(
      catalog,
      runs.flatMap(run =>
        run.entityRef ? [{ ...run, entityRef: run.entityRef }] : [],
      ),
      limit,
      credentials,
    );
    const body: AdoptionSummary = {
      since: since.toISOString(),
      fixWindowDays: adoption.fixWindowDays,
      templates,
      recent,
    };
    res.json(body);
  });

  api.get('/entities/:kind/:namespace/:name/adoption', async (req, res) => {
    const entity = parseEntityRefParams(req.params);
    await assertEntityReadable(catalog, entity, await credentialsOf(req));
    const since = new Date(now().getTime() - adoption.keepDays * DAY_MS);
    const { runs } = await compute(since, entity.entityRef);
    const body: EntityAdoption = {
      entityRef: entity.entityRef,
      fixWindowDays: adoption.fixWindowDays,
      runs,
    };
    res.json(body);
  });
}
