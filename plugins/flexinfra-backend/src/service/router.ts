import type {
  BackstageCredentials,
  HttpAuthService,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import { createValidatedOpenApiRouter } from '@backstage/backend-openapi-utils';
import { NotFoundError } from '@backstage/errors';
import type { CatalogService } from '@backstage/plugin-catalog-node';
import {
  describeModel,
  flexinfraRefreshPermission,
  type CheckStatistics,
  type CompiledModel,
  type FlexInfraStatus,
  type FlexInfraSummary,
} from '@flexinfra/backstage-plugin-flexinfra-common';
import express from 'express';
import Router from 'express-promise-router';
import type { Adoption } from '../adoption/setupAdoption';
import type { CampaignStore } from '../campaigns/CampaignStore';
import type { RefreshRunStore } from '../database/RefreshRunStore';
import type { ResultStore } from '../database/ResultStore';
import { GROUP_BY_VALUES } from '../database/summaryQueries';
import { spec } from '../schema/openapi.generated';
import { readCheckEntitiesPage } from './checkEntities';
import { RunScopedCache } from './RunScopedCache';
import { createScorecardEnricher } from './toEntityScorecard';
import { readWorstEntities } from './worstEntities';
import { streamCsvExport } from './csvExport';
import { addAdoptionRoutes } from './adoptionRoutes';
import { addCampaignRoutes } from './campaignRoutes';
import { addWaiverRoutes } from './waiverRoutes';
import { assertEntityReadable, filterReadable } from './entityAccess';
import { notScored, readStoredScorecard } from './readStoredScorecard';
import { parseEntityRefParams } from './entityRefParams';
import { parseFilters } from './parseFilters';
import { requirePermission } from './requirePermission';
import {
  parseEnumParam,
  parseIntegerParam,
  singleQueryValue,
} from './queryParams';

const CHECK_STATUSES = ['fail', 'pass', 'waived'] as const;

/** @internal */
export interface RouterOptions {
  httpAuth: HttpAuthService;
  permissions: PermissionsService;
  catalog: CatalogService;
  resultStore: ResultStore;
  refreshRunStore: RefreshRunStore;
  campaignStore: CampaignStore;
  /** Template runs and what they fixed; without it, no adoption routes. */
  adoption?: Adoption;
  model: CompiledModel;
  /**
   * Starts a refresh in the background.
   *
   * @throws ConflictError when a refresh is already running.
   */
  triggerRefresh: () => Promise<void>;
  /** The default of `GET /summary?trendDays=`. */
  trendDays: number;
  /** The clock; defaults to the system time. */
  now?: () => Date;
}

/**
 * The plugin's REST API, served under `/api/flexinfra` and described by
 * `src/schema/openapi.yaml`, which also validates every request's parameters
 * (a bad one is a 400 naming it).
 *
 * Permissions: every route needs a signed-in user or a backend service.
 * Entity scorecards and history are served only for entities the catalog lets
 * the caller read (404 otherwise); drill-downs and the export filter every
 * page through the catalog with the caller's credentials, so they never list
 * unreadable entities. Summaries and check statistics are aggregates (counts
 * only, no entity names) served to any caller. `POST /refresh` needs the
 * `flexinfra.refresh` permission. See entityAccess.ts. Campaigns: see
 * campaignRoutes.ts; waivers: waiverRoutes.ts; adoption: adoptionRoutes.ts.
 *
 * Errors thrown by the handlers are turned into JSON error responses by the
 * error middleware that the `httpRouter` service puts after this router.
 */
export async function createRouter(
  options: RouterOptions,
): Promise<express.Router> {
  const {
    httpAuth,
    permissions,
    catalog,
    resultStore,
    refreshRunStore,
    campaignStore,
    adoption,
    model,
    triggerRefresh,
    trendDays,
    now = () => new Date(),
  } = options;
  const modelDescription = describeModel(model);
  const toScorecard = createScorecardEnricher(model);
  const checkTitles = new Map(
    model.definition.checks.map(check => [check.id, check.title]),
  );

  const credentialsOf = (req: express.Request) =>
    httpAuth.credentials(req, { allow: ['user', 'service'] });
  const readable =
    (credentials: BackstageCredentials) =>
    <T extends { entityRef: string }>(items: T[]) =>
      filterReadable(catalog, items, credentials);

  const router = Router();

  // Every route needs a signed-in user or a calling backend service. The
  // httpRouter's default auth policy enforces the same; checking here too
  // keeps the router safe wherever it is mounted. It runs before request
  // validation, so a request without credentials is a 401, never a 400.
  router.use(async (req, _res, next) => {
    await credentialsOf(req);
    next();
  });

  // Validates path and query parameters against the OpenAPI document and
  // turns a mismatch into an InputError (400) naming the parameter. The
  // handlers parse the parameters again into typed values.
  const api: express.Router = createValidatedOpenApiRouter(spec, {
    validatorOptions: { validateSecurity: false },
  });
  router.use(api);

  api.get('/health', (_req, res) => {
    res.json({ status: 'ok' });
  });

  api.get('/model', (_req, res) => {
    res.json(modelDescription);
  });

  api.get('/status', async (_req, res) => {
    const [lastRun, lastSuccessfulRun, results] = await Promise.all([
      refreshRunStore.getLastRun(),
      refreshRunStore.getLastSuccessfulRun(),
      resultStore.countResults(),
    ]);
    const status: FlexInfraStatus = {
      lastRun: lastRun ?? null,
      lastSuccessfulRun: lastSuccessfulRun ?? null,
      results,
      modelVersion: model.version,
    };
    res.json(status);
  });

  api.get('/entities', async (req, res) => {
    parseEnumParam(req.query, 'order', ['score'], 'score');
    const limit = parseIntegerParam(req.query, 'limit', {
      min: 1,
      max: 100,
      defaultValue: 10,
    });
    const filters = parseFilters(req.query);
    const credentials = await credentialsOf(req);
    const items = await readWorstEntities({
      resultStore,
      filters,
      limit,
      readable: readable(credentials),
    });
    res.json({ items });
  });

  api.get('/entities/:kind/:namespace/:name', async (req, res) => {
    const entity = parseEntityRefParams(req.params);
    const credentials = await credentialsOf(req);
    res.json(
      toScorecard(
        await readStoredScorecard(catalog, resultStore, entity, credentials),
      ),
    );
  });

  api.get('/entities/:kind/:namespace/:name/history', async (req, res) => {
    const entity = parseEntityRefParams(req.params);
    const limit = parseIntegerParam(req.query, 'limit', {
      min: 1,
      max: 500,
      defaultValue: 100,
    });
    const credentials = await credentialsOf(req);
    await assertEntityReadable(catalog, entity, credentials);
    const items = await resultStore.getHistory(entity.entityRef, { limit });
    if (
      items.length === 0 &&
      !(await resultStore.getScorecard(entity.entityRef))
    ) {
      throw new NotFoundError(notScored(entity.entityRef));
    }
    res.json({ entityRef: entity.entityRef, items });
  });

  // Aggregates change only when a refresh commits: cache them per run.
  const summaries = new RunScopedCache<FlexInfraSummary>();
  const statisticsCache = new RunScopedCache<CheckStatistics[]>();
  const lastRunId = async () =>
    (await refreshRunStore.getLastSuccessfulRun())?.id ?? null;

  api.get('/summary', async (req, res) => {
    const groupBy = parseEnumParam(
      req.query,
      'groupBy',
      GROUP_BY_VALUES,
      'owner',
    );
    const filters = parseFilters(req.query);
    const days = parseIntegerParam(req.query, 'trendDays', {
      min: 1,
      max: 365,
      defaultValue: trendDays,
    });
    const targetStage = model.definition.targetStage;
    const today = now().toISOString().slice(0, 10);
    const key = JSON.stringify({ groupBy, filters, days, today });
    const summary = await summaries.get(await lastRunId(), key, async () => {
      const { total, groups } = await resultStore.getSummary({
        groupBy,
        filters,
        targetStage,
        trendDays: days,
        today,
      });
      return {
        groupBy,
        targetStage,
        modelVersion: model.version,
        total,
        groups,
      };
    });
    res.json(summary);
  });

  api.get('/checks', async (req, res) => {
    const filters = parseFilters(req.query);
    const statistics = await statisticsCache.get(
      await lastRunId(),
      JSON.stringify(filters),
      async () => {
        const counts = await resultStore.getCheckStatistics(filters);
        // Checks no longer in the model (results not yet rescored) are left
        // out: their drill-down would be a 404.
        return counts
          .filter(count => checkTitles.has(count.checkId))
          .map(count => ({ ...count, title: checkTitles.get(count.checkId)! }))
          .sort(
            (a, b) =>
              b.fail - a.fail || a.checkId.localeCompare(b.checkId, 'en'),
          );
      },
    );
    res.json(statistics);
  });

  api.get('/checks/:checkId/entities', async (req, res) => {
    const { checkId } = req.params;
    const status = parseEnumParam(req.query, 'status', CHECK_STATUSES, 'fail');
    const limit = parseIntegerParam(req.query, 'limit', {
      min: 1,
      max: 500,
      defaultValue: 50,
    });
    const cursor = singleQueryValue(req.query, 'cursor');
    const filters = parseFilters(req.query);
    if (!checkTitles.has(checkId)) {
      throw new NotFoundError(
        `The model has no check ${JSON.stringify(checkId)}`,
      );
    }
    const credentials = await credentialsOf(req);
    const page = await readCheckEntitiesPage({
      resultStore,
      checkId,
      status,
      filters,
      limit,
      cursor: cursor === undefined ? undefined : String(cursor),
      readable: readable(credentials),
    });
    res.json(page);
  });

  api.get('/export', async (req, res) => {
    parseEnumParam(req.query, 'format', ['csv'], 'csv');
    const filters = parseFilters(req.query);
    const credentials = await credentialsOf(req);
    await streamCsvExport({
      res,
      resultStore,
      filters,
      readable: readable(credentials),
    });
  });

  api.post('/refresh', async (req, res) => {
    await requirePermission(
      permissions,
      await credentialsOf(req),
      flexinfraRefreshPermission,
      'You may not start a FlexInfra refresh',
    );
    // Throws a ConflictError (409) while a refresh is running.
    await triggerRefresh();
    res.status(202).json({ status: 'accepted' });
  });

  addWaiverRoutes(api, {
    resultStore,
    catalog,
    model,
    credentialsOf,
    now,
  });

  addCampaignRoutes(api, {
    campaignStore,
    resultStore,
    catalog,
    permissions,
    model,
    credentialsOf,
    now,
  });

  if (adoption) {
    addAdoptionRoutes(api, {
      adoption,
      resultStore,
      catalog,
      model,
      credentialsOf,
      now,
    });
  }

  return router;
}
