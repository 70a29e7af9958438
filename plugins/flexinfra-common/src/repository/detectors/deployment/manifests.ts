import type { ParseAs, ParsedFile } from '../../types';
import { isObject, objectAt, type PlainObject } from './objects';
import { baseName, isIgnoredPath, isUnderTemplates } from './paths';

/** One Kubernetes-style object: a YAML document with `apiVersion` and `kind`. */
export interface Manifest {
  /** The file it came from. */
  path: string;
  /** e.g. `apps/v1`, `v1`, `argoproj.io/v1alpha1`. */
  apiVersion: string;
  /** The API group: `apps`, `argoproj.io`; '' for the core group (`v1`). */
  group: string;
  kind: string;
  /** `metadata`, or an empty object. */
  metadata: PlainObject;
  /** `spec`, or an empty object. */
  spec: PlainObject;
  /** The whole document. */
  document: PlainObject;
}

/**
 * YAML files that are never manifests, however they are named: lock files
 * and API descriptions, which can be large.
 */
const NOT_MANIFESTS = /^(pnpm-lock\.yaml|(openapi|swagger)[^/]*\.ya?ml)$/;

/**
 * The YAML files that may hold Kubernetes-style manifests: any `.yaml` or
 * `.yml`, except ignored paths (dev containers, CI, examples, fixtures,
 * Compose files), Helm templates (Go templates, not YAML), lock files and
 * API descriptions.
 */
export function wantsManifests(path: string): ParseAs | undefined {
  if (!/\.ya?ml$/.test(path) || NOT_MANIFESTS.test(baseName(path))) {
    return undefined;
  }
  if (isIgnoredPath(path) || isUnderTemplates(path)) {
    return undefined;
  }
  return 'yaml';
}

function toManifest(path: string, document: unknown): Manifest | undefined {
  if (!isObject(document)) {
    return undefined;
  }
  const { apiVersion, kind } = document;
  if (typeof apiVersion !== 'string' || typeof kind !== 'string') {
    return undefined;
  }
  const slash = apiVersion.indexOf('/');
  return {
    path,
    apiVersion,
    group: slash < 0 ? '' : apiVersion.slice(0, slash),
    kind,
    metadata: objectAt(document, 'metadata') ?? {},
    spec: objectAt(document, 'spec') ?? {},
    document,
  };
}

/**
 * Every manifest in the files, in file order; the items of a `kind: List`
 * (as `kubectl get -o yaml` writes them) count as manifests of their own.
 */
export function manifestsIn(files: readonly ParsedFile[]): Manifest[] {
  const manifests: Manifest[] = [];
  for (const file of files) {
    if (file.as !== 'yaml') {
      continue;
    }
    for (const document of file.documents) {
      const manifest = toManifest(file.path, document);
      if (!manifest) {
        continue;
      }
      if (manifest.kind === 'List' && Array.isArray(manifest.document.items)) {
        for (const item of manifest.document.items) {
          const inner = toManifest(file.path, item);
          if (inner) {
            manifests.push(inner);
          }
        }
      } else {
        manifests.push(manifest);
      }
    }
  }
  return manifests;
}

/** Whether a manifest is of one of the kinds, in an API group matching `group`. */
export function isKind(
  manifest: Manifest,
  group: string | RegExp,
  ...kinds: string[]
): boolean {
  const groupMatches =
    typeof group === 'string'
      ? manifest.group === group
      : group.test(manifest.group);
  return groupMatches && kinds.includes(manifest.kind);
}

/** The annotations of an object's metadata, as strings. */
export function annotationsOf(metadata: unknown): Record<string, string> {
  return stringsOf(objectAt(metadata, 'annotations'));
}

/** The labels of an object's metadata, as strings. */
export function labelsOf(metadata: unknown): Record<string, string> {
  return stringsOf(objectAt(metadata, 'labels'));
}

function stringsOf(map: PlainObject | undefined): Record<string, string> {
  const result: Record<string, string> = {};
  for (const [key, value] of Object.entries(map ?? {})) {
    if (typeof value === 'string' || typeof value === 'number') {
      result[key] = String(value);
    } else if (typeof value === 'boolean') {
      result[key] = String(value);
    }
  }
  return result;
}
