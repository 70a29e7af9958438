/**
 * Words that name an environment, shared by every detector that reads
 * environment names from files and folders. A name counts when one of its
 * words is one of them (each detector decides how it splits a name). `live`
 * is left out: in Terragrunt layouts it is the root of all environments,
 * not one of them.
 */
export const ENVIRONMENT_WORDS: ReadonlySet<string> = new Set([
  'dev',
  'develop',
  'development',
  'test',
  'testing',
  'qa',
  'sit',
  'uat',
  'int',
  'integration',
  'staging',
  'stage',
  'stg',
  'preprod',
  'preproduction',
  'nonprod',
  'prod',
  'production',
  'prd',
  'sandbox',
  'sbx',
  'preview',
  'demo',
  'perf',
  'performance',
  'canary',
  'dr',
]);

/** Words that name a preview (per-change, short-lived) environment. */
export const PREVIEW_WORDS: ReadonlySet<string> = new Set([
  'preview',
  'pr',
  'review',
  'ephemeral',
]);
