import { HttpAuthService } from '@backstage/backend-plugin-api';
import {
  describeModel,
  type CompiledModel,
} from '@flexinfra/backstage-plugin-flexinfra-common';
import express from 'express';
import Router from 'express-promise-router';
import { RefreshRunStore } from '../database/RefreshRunStore';

/**
 * The plugin's REST API, served under `/api/flexinfra`.
 *
 * Errors thrown by the handlers are turned into JSON error responses by the
 * error middleware that the `httpRouter` service puts after this router.
 */
export async function createRouter(options: {
  httpAuth: HttpAuthService;
  refreshRunStore: RefreshRunStore;
  model: CompiledModel;
}): Promise<express.Router> {
  const { httpAuth, refreshRunStore, model } = options;
  const modelDescription = describeModel(model);
  const router = Router();
  router.use(express.json());

  // Every route needs a signed-in user or a calling backend service. The
  // httpRouter's default auth policy enforces the same; checking here too
  // keeps the router safe wherever it is mounted.
  router.use(async (req, _res, next) => {
    await httpAuth.credentials(req, { allow: ['user', 'service'] });
    next();
  });

  router.get('/health', (_req, res) => {
    res.json({ status: 'ok' });
  });

  router.get('/model', (_req, res) => {
    res.json(modelDescription);
  });

  router.get('/status', async (_req, res) => {
    const lastRun = await refreshRunStore.getLastRun();
    res.json({ lastRun: lastRun ?? null });
  });

  return router;
}
