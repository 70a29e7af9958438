/**
 * The Tech Insights backend as an adopter installs it (the plugin, its
 * json-rules-engine checks module), plus one module that adds the bench's
 * fact retriever through Tech Insights' own extension point. Its database
 * is the bench backend's PostgreSQL, like the catalog's and FlexInfra's.
 */
import { createBackendModule } from '@backstage/backend-plugin-api';
import techInsightsPlugin from '@backstage-community/plugin-tech-insights-backend';
import techInsightsJsonRulesEngine from '@backstage-community/plugin-tech-insights-backend-module-jsonfc';
import { techInsightsFactRetrieversExtensionPoint } from '@backstage-community/plugin-tech-insights-node';
import {
  OWNERSHIP_RETRIEVER_ID,
  RETRIEVER_ID,
  type TechInsightsTranslation,
} from './techInsightsChecks';

export const TECH_INSIGHTS_DATABASE = 'flexinfra_bench_tech_insights';

/** Fact retrievers run when the bench triggers them, never on their own. */
const NEVER = {
  // The first of January at midnight: after the bench has finished.
  cadence: '0 0 1 1 *',
  timeout: { hours: 1 },
};

export function techInsightsConfig(translation: TechInsightsTranslation) {
  return {
    techInsights: {
      factRetrievers: {
        [RETRIEVER_ID]: NEVER,
        [OWNERSHIP_RETRIEVER_ID]: NEVER,
      },
      factChecker: { checks: translation.checks },
    },
  };
}

export function techInsightsFeatures(translation: TechInsightsTranslation) {
  return [
    techInsightsPlugin,
    techInsightsJsonRulesEngine,
    createBackendModule({
      pluginId: 'tech-insights',
      moduleId: 'flexinfra-bench-retriever',
      register(env) {
        env.registerInit({
          deps: { retrievers: techInsightsFactRetrieversExtensionPoint },
          async init({ retrievers }) {
            retrievers.addFactRetrievers({
              [RETRIEVER_ID]: translation.retriever,
            });
          },
        });
      },
    }),
  ];
}
