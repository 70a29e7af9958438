/**
 * Words that name an environment of a delivery pipeline. A name counts when
 * one of its words (split on `-`, `_` and `.`) is one of them: `prod`,
 * `prod-eu`, `dev-gcp`, `staging`. The name itself is kept, lower case.
 */
const ENVIRONMENT_WORDS = new Set([
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
  'prod',
  'production',
  'prd',
  'live',
  'sandbox',
  'demo',
  'perf',
]);

/** Words that name a preview (per-change, short-lived) environment. */
const PREVIEW_WORDS = new Set(['preview', 'pr', 'review', 'ephemeral']);

/** What a name says about an environment. */
export type EnvironmentName =
  | { kind: 'environment'; name: string }
  | { kind: 'preview'; name: string };

function wordsOf(name: string): string[] {
  return name.split(/[-_.]/).filter(Boolean);
}

/**
 * Reads a file or folder name as an environment: a preview environment
 * (`preview`, `pr`, `review`, `ephemeral`), a named environment (`prod`,
 * `staging`, `dev-gcp`), or nothing (`secrets`, `local`, `minikube`).
 */
export function environmentFromName(raw: string): EnvironmentName | undefined {
  const name = raw.trim().toLocaleLowerCase('en-US');
  const words = wordsOf(name);
  if (words.some(word => PREVIEW_WORDS.has(word))) {
    return { kind: 'preview', name };
  }
  if (words.some(word => ENVIRONMENT_WORDS.has(word))) {
    return { kind: 'environment', name };
  }
  return undefined;
}

/**
 * Reads a folder name that is by its place an environment (a Kustomize
 * overlay): a preview environment when it says so, otherwise an
 * environment of that name, whatever the name.
 */
export function environmentFromFolder(raw: string): EnvironmentName {
  return (
    environmentFromName(raw) ?? {
      kind: 'environment',
      name: raw.trim().toLocaleLowerCase('en-US'),
    }
  );
}
