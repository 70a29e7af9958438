import { createExtensionPoint } from '@backstage/backend-plugin-api';
import type { Entity } from '@backstage/catalog-model';
import type { FilterPredicate } from '@backstage/filter-predicates';
import type { CheckDefinition } from '@flexinfra/backstage-plugin-flexinfra-common';

/**
 * Finds out facts about entities that their catalog metadata cannot tell
 * (an on-call schedule in a paging tool, a cloud account's autoscaling
 * settings, …). Checks read them in their evidence as `facts.<id>.…`.
 *
 * @public
 */
export interface FlexInfraFactProvider {
  /**
   * Names the provider's facts: evidence reads them as `facts.<id>.…`.
   * Lowercase words joined by dashes or camelCase; not one of the built-in
   * fact names (environments, regions, multiRegion).
   */
  id: string;
  /**
   * Which entities to ask about, as a filter predicate over the entity;
   * all entities the refresh reads when left out.
   */
  appliesTo?: FilterPredicate;
  /**
   * The facts for a batch of entities (at most one catalog page), by entity
   * ref in lower case (`component:default/checkout-api`). An entity left out
   * has no facts from this provider. A thrown error fails the refresh run,
   * which keeps the last good results.
   */
  getFacts(entities: Entity[]): Promise<Map<string, Record<string, unknown>>>;
  /**
   * Called when a refresh run starts, before the first `getFacts` of the
   * run: a provider that caches per run (each source read once however many
   * entities and pages share it) or keeps a per-run time budget starts
   * afresh here. `signal` aborts when the run is cancelled. A thrown error
   * fails the run.
   */
  startRun?(options: { signal?: AbortSignal }): Promise<void> | void;
  /**
   * Called when a refresh run ends, whether it succeeded or failed, so a
   * provider can let go of what it cached for the run. Errors are logged,
   * not thrown.
   */
  finishRun?(): Promise<void> | void;
}

/**
 * Lets backend modules add checks to FlexInfra's maturity model in code, and
 * the fact providers that give those checks their evidence.
 *
 * @public
 */
export interface FlexInfraChecksExtensionPoint {
  /**
   * Adds checks, written like the default model's (see docs/model.md). They
   * are validated with the rest of the model at start-up, and app-config's
   * `flexinfra.model.checks.<id>` can change or disable them.
   */
  addChecks(...checks: CheckDefinition[]): void;
  /** Adds a provider of facts that checks can read as `facts.<id>.…`. */
  addFactProvider(provider: FlexInfraFactProvider): void;
}

/**
 * The extension point of the FlexInfra backend plugin (`pluginId: flexinfra`).
 *
 * @public
 */
export const flexinfraChecksExtensionPoint =
  createExtensionPoint<FlexInfraChecksExtensionPoint>({
    id: 'flexinfra.checks',
  });
