import type { ParsedFile, RepositoryFileEntry } from '../../types';
import { environmentFromName } from './environmentNames';
import { isObject, type PlainObject } from './objects';
import {
  baseName,
  dirName,
  foldersOf,
  isIgnoredPath,
  isUnderTemplates,
  isVendoredSubchart,
  joinPath,
} from './paths';

/**
 * What a file is among a chart's values: the chart's own `values.yaml`, or
 * the values of one environment (`values-prod.yaml`, `values.staging.yaml`,
 * `values_dev.yaml`, `values/prod.yaml`) or of preview environments
 * (`values-preview.yaml`, `values-pr.yaml`, `values-review.yaml`).
 */
export type HelmValuesRole =
  | { role: 'base' }
  | { role: 'environment' | 'preview'; name: string };

/**
 * The role of a values file, on its path alone; undefined for other files,
 * and for values files whose name names no environment
 * (`values-secrets.yaml`).
 */
export function helmValuesRoleOf(path: string): HelmValuesRole | undefined {
  if (isIgnoredPath(path) || isUnderTemplates(path)) {
    return undefined;
  }
  const file = baseName(path);
  if (/^values\.ya?ml$/.test(file)) {
    return { role: 'base' };
  }
  const named =
    /^values[-._](.+)\.ya?ml$/.exec(file)?.[1] ??
    (foldersOf(path).at(-1) === 'values'
      ? /^(.+)\.ya?ml$/.exec(file)?.[1]
      : undefined);
  const environment = named ? environmentFromName(named) : undefined;
  if (!environment) {
    return undefined;
  }
  return {
    role: environment.kind === 'preview' ? 'preview' : 'environment',
    name: environment.name,
  };
}

/**
 * Whether a values file is one this repository's charts use: a
 * `values.yaml` beside a `Chart.yaml` (elsewhere the name says little), or
 * any per-environment values file, wherever it is (its name is Helm's
 * convention); never one of a vendored subchart.
 */
export function isOwnHelmValues(
  path: string,
  listing: readonly RepositoryFileEntry[],
): boolean {
  const role = helmValuesRoleOf(path);
  if (!role || isVendoredSubchart(path, listing)) {
    return false;
  }
  if (role.role !== 'base') {
    return true;
  }
  const chart = joinPath(dirName(path), 'Chart.yaml');
  return listing.some(file => file.path === chart);
}

/**
 * The values a per-environment file overrides: the `values.yaml` beside
 * it, or one folder up for `values/<env>.yaml`; none for a base file.
 */
export function baseValuesOf(
  path: string,
  byPath: ReadonlyMap<string, PlainObject>,
): PlainObject | undefined {
  if (helmValuesRoleOf(path)?.role === 'base') {
    return undefined;
  }
  const folder = dirName(path);
  const chartFolder =
    foldersOf(path).at(-1) === 'values' ? dirName(folder) : folder;
  return (
    byPath.get(joinPath(chartFolder, 'values.yaml')) ??
    byPath.get(joinPath(chartFolder, 'values.yml'))
  );
}

/** The values of a parsed values file: its first mapping document. */
export function valuesOf(
  file: ParsedFile | undefined,
): PlainObject | undefined {
  if (file?.as !== 'yaml') {
    return undefined;
  }
  return file.documents.find(isObject);
}

/** Parsed values files by path, for looking up a file's base values. */
export function valuesByPath(
  files: readonly ParsedFile[],
): Map<string, PlainObject> {
  const map = new Map<string, PlainObject>();
  for (const file of files) {
    const values = valuesOf(file);
    if (values) {
      map.set(file.path, values);
    }
  }
  return map;
}
