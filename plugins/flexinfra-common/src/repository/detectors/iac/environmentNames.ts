import { fileName, folderSegments } from '../shared/findings';
import { ENVIRONMENT_WORDS } from '../shared/environmentWords';

/*
 * A name counts as an environment when one of its words (split on `-`,
 * `_`, `.` and spaces, trailing digits dropped) is an environment word:
 * `prod`, `prod-eu`, `staging2`, `eu_dev`.
 */

/**
 * Folders whose children are environments by their place, whatever their
 * names: `environments/acme-eu/`, `envs/blue/`, `env/staging.tfvars`.
 */
const ENVIRONMENT_FOLDERS = new Set([
  'environments',
  'environment',
  'envs',
  'env',
]);

/**
 * Names that sit among environments without being one: shared settings,
 * defaults, modules.
 */
const NOT_ENVIRONMENTS = new Set([
  'common',
  'shared',
  'global',
  'globals',
  '_global',
  'default',
  'defaults',
  'base',
  'all',
  'root',
  'account',
  'accounts',
  'modules',
  'module',
  'terraform',
  'terragrunt',
  'variables',
  'vars',
  'backend',
  'provider',
  'providers',
  'versions',
  'main',
  'locals',
  'outputs',
  'example',
  'examples',
  'template',
  'templates',
]);

function normalise(name: string): string {
  return name.trim().toLocaleLowerCase('en-US');
}

/**
 * The name lower case when it says it is an environment (`prod`,
 * `Staging`, `prod-eu`, `dev2`), else undefined (`common`, `product`).
 */
export function environmentFromName(raw: string): string | undefined {
  const name = normalise(raw);
  if (!name || NOT_ENVIRONMENTS.has(name)) {
    return undefined;
  }
  const words = name
    .split(/[-_.\s]+/)
    .filter(Boolean)
    .map(word => word.replace(/\d+$/, ''));
  const joined = name.replace(/[-_.\s]+/g, '').replace(/\d+$/, '');
  return words.some(word => ENVIRONMENT_WORDS.has(word)) ||
    ENVIRONMENT_WORDS.has(joined)
    ? name
    : undefined;
}

/**
 * The name lower case when its place makes it an environment (a child of
 * an `environments` folder), unless it names shared settings.
 */
export function environmentFromPlace(raw: string): string | undefined {
  const name = normalise(raw);
  return name && !NOT_ENVIRONMENTS.has(name) ? name : undefined;
}

/** Whether a folder name holds one folder or file per environment. */
export function isEnvironmentsFolder(name: string): boolean {
  return ENVIRONMENT_FOLDERS.has(name.toLocaleLowerCase('en-US'));
}

/**
 * The environment a file's folders name: the child of an `environments`
 * (`envs`, `env`) folder, else the first folder whose name says it is an
 * environment. Folders named like tests (`test/fixtures/…`) hold test
 * fixtures more often than an environment, so only a file name or an
 * environments folder can make `test` an environment.
 */
export function environmentFromFolders(path: string): string | undefined {
  const folders = folderSegments(path);
  for (let i = 0; i < folders.length - 1; i++) {
    if (isEnvironmentsFolder(folders[i])) {
      return environmentFromPlace(folders[i + 1]);
    }
  }
  for (const folder of folders) {
    if (/^(tests?|testing)$/i.test(folder) || /^modules?$/i.test(folder)) {
      return undefined;
    }
    const name = environmentFromName(folder);
    if (name) {
      return name;
    }
  }
  return undefined;
}

/** The file name of a path without the given suffix. */
export function baseName(path: string, suffix: RegExp): string {
  return fileName(path).replace(suffix, '');
}
