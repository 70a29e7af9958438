import type {
  BackstageCredentials,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import { InputError, NotFoundError } from '@backstage/errors';
import type { CatalogService } from '@backstage/plugin-catalog-node';
import type { BasicPermission } from '@backstage/plugin-permission-common';
import {
  flexinfraCampaignCreatePermission,
  flexinfraCampaignDeletePermission,
  flexinfraCampaignUpdatePermission,
  MATURITY_STAGES,
  validateCampaignInput,
  type CampaignInput,
  type CompiledModel,
} from '@flexinfra/backstage-plugin-flexinfra-common';
import type express from 'express';
import type { CampaignStore } from '../campaigns/CampaignStore';
import { isAtTarget, toShortfall } from '../campaigns/computeProgress';
import {
  progressChecks,
  readCampaignProgress,
  scopeFilters,
} from '../campaigns/readCampaignProgress';
import type { ResultStore } from '../database/ResultStore';
import { assertEntityReadable, firstReadable } from './entityAccess';
import { parseEntityRefParams } from './entityRefParams';
import { parseEnumParam, parseIntegerParam } from './queryParams';
import { requirePermission } from './requirePermission';

/**
 * The campaigns API: anyone signed in reads campaigns and their progress
 * (counts over the whole scope; the entities short of the target only where
 * the catalog lets the caller read them); creating, editing
 * and archiving need the `flexinfra.campaign.*` permissions. A campaign is
 * checked against the model, and its owner and scope refs against the
 * catalog with the caller's credentials (a ref the caller cannot read is
 * unknown to them); every problem is a 400 naming its field.
 */
export function addCampaignRoutes(
  api: express.Router,
  options: {
    campaignStore: CampaignStore;
    resultStore: ResultStore;
    catalog: CatalogService;
    permissions: PermissionsService;
    model: CompiledModel;
    credentialsOf: (req: express.Request) => Promise<BackstageCredentials>;
    now: () => Date;
  },
) {
  const {
    campaignStore,
    resultStore,
    catalog,
    permissions,
    model,
    credentialsOf,
    now,
  } = options;
  const checks = progressChecks(model);
  const checkIds = new Set(checks.keys());

  const authorize = (
    credentials: BackstageCredentials,
    permission: BasicPermission,
    action: string,
  ) =>
    requirePermission(
      permissions,
      credentials,
      permission,
      `You may not ${action} a FlexInfra campaign`,
    );

  const readInput = async (
    body: unknown,
    credentials: BackstageCredentials,
  ): Promise<CampaignInput> => {
    const result = validateCampaignInput(body, {
      stageCount: MATURITY_STAGES.length,
      checkIds,
    });
    if (!result.ok) {
      throw invalid(result.problems);
    }
    const input = result.value;
    const refs: Array<[field: string, ref: string]> = [['owner', input.owner]];
    if (input.scope.type !== 'filters') {
      refs.push(['scope.ref', input.scope.ref]);
    } else {
      const { owner, system, domain } = input.scope.filters;
      for (const [name, values] of Object.entries({ owner, system, domain })) {
        values?.forEach((ref, index) =>
          refs.push([`scope.filters.${name}[${index}]`, ref]),
        );
      }
    }
    const { items } = await catalog.getEntitiesByRefs(
      { entityRefs: refs.map(([, ref]) => ref), fields: ['kind'] },
      { credentials },
    );
    const unknown = refs.flatMap(([field, ref], index) =>
      items[index]
        ? []
        : [{ field, message: `no entity ${ref} in the catalog` }],
    );
    if (unknown.length > 0) {
      throw invalid(unknown);
    }
    return input;
  };

  api.get('/campaigns', async (req, res) => {
    const status = req.query.status
      ? parseEnumParam(req.query, 'status', ['active', 'archived'], 'active')
      : undefined;
    res.json({ items: await campaignStore.list({ status }) });
  });

  api.get('/campaigns/:campaignId', async (req, res) => {
    res.json(await requireCampaign(campaignStore, req.params.campaignId));
  });

  api.get('/campaigns/:campaignId/progress', async (req, res) => {
    const limit = parseIntegerParam(req.query, 'limit', {
      min: 1,
      max: 500,
      defaultValue: 50,
    });
    const campaign = await requireCampaign(
      campaignStore,
      req.params.campaignId,
    );
    const credentials = await credentialsOf(req);
    const progress = await readCampaignProgress({
      campaign,
      resultStore,
      model,
      today: now().toISOString().slice(0, 10),
    });
    // Unreadable entities are left out of the names, not of the counts.
    res.json({
      ...progress,
      shortfall: await firstReadable(
        catalog,
        progress.shortfall,
        limit,
        credentials,
      ),
    });
  });

  // The active campaigns an entity is part of, and what it must do for
  // each.
  api.get('/entities/:kind/:namespace/:name/campaigns', async (req, res) => {
    const entity = parseEntityRefParams(req.params);
    const credentials = await credentialsOf(req);
    await assertEntityReadable(catalog, entity, credentials);
    const items = [];
    for (const campaign of await campaignStore.list({ status: 'active' })) {
      const [result] = await resultStore.listResults({
        filters: scopeFilters(campaign.scope),
        limit: 1,
        entityRefs: [entity.entityRef],
      });
      if (!result) {
        continue;
      }
      const atTarget = isAtTarget(result, campaign.target);
      items.push({
        id: campaign.id,
        title: campaign.title,
        owner: campaign.owner,
        target: campaign.target,
        dueDate: campaign.dueDate,
        atTarget,
        missing: atTarget
          ? []
          : toShortfall(result, campaign.target, checks).missing,
      });
    }
    res.json({ entityRef: entity.entityRef, items });
  });

  api.post('/campaigns', async (req, res) => {
    const credentials = await credentialsOf(req);
    await authorize(credentials, flexinfraCampaignCreatePermission, 'create');
    const input = await readInput(req.body, credentials);
    const campaign = await campaignStore.create(input, {
      createdBy: principalRef(credentials),
    });
    res.status(201).json(campaign);
  });

  api.put('/campaigns/:campaignId', async (req, res) => {
    const credentials = await credentialsOf(req);
    await authorize(credentials, flexinfraCampaignUpdatePermission, 'edit');
    await requireCampaign(campaignStore, req.params.campaignId);
    const input = await readInput(req.body, credentials);
    res.json(await campaignStore.update(req.params.campaignId, input));
  });

  api.post('/campaigns/:campaignId/archive', async (req, res) => {
    const credentials = await credentialsOf(req);
    await authorize(credentials, flexinfraCampaignDeletePermission, 'archive');
    res.json(await campaignStore.archive(req.params.campaignId));
  });
}

async function requireCampaign(store: CampaignStore, id: string) {
  const campaign = await store.get(id);
  if (!campaign) {
    throw new NotFoundError(`There is no FlexInfra campaign ${id}`);
  }
  return campaign;
}

function invalid(problems: Array<{ field: string; message: string }>) {
  return new InputError(
    `Invalid campaign: ${problems
      .map(problem => `${problem.field} ${problem.message}`)
      .join('; ')}`,
  );
}

/** Who is acting: a user's entity ref, or a service's subject. */
function principalRef(credentials: BackstageCredentials): string {
  const principal = credentials.principal as {
    type: string;
    userEntityRef?: string;
    subject?: string;
  };
  return principal.userEntityRef ?? principal.subject ?? principal.type;
}
