import { ENVIRONMENT_WORDS, PREVIEW_WORDS } from '../shared/environmentWords';

/*
 * A name counts as an environment when one of its words (split on `-`, `_`
 * and `.`) is an environment word: `prod`, `prod-eu`, `dev-gcp`, `staging`.
 * The name itself is kept, lower case. In Helm values and overlays `live`
 * names an environment too.
 */
const WORDS = new Set([...ENVIRONMENT_WORDS, 'live']);

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
  if (words.some(word => WORDS.has(word))) {
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
