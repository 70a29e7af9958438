import type { ParsedFile } from '../../types';
import { isBody, type Body } from './terraformFiles';

/** A Kubernetes-style object: a YAML document with `apiVersion` and `kind`. */
export interface KubernetesObject {
  path: string;
  /** The API group, e.g. `apiextensions.crossplane.io` ('' for the core group). */
  group: string;
  kind: string;
  object: Body;
}

/** Whether a path is a YAML file that may hold Kubernetes objects. */
export function wantsYaml(path: string): 'yaml' | undefined {
  return /\.ya?ml$/.test(path) ? 'yaml' : undefined;
}

/**
 * The Kubernetes-style objects of parsed YAML files, including the items
 * of a `List`.
 */
export function kubernetesObjectsIn(
  files: readonly ParsedFile[],
): KubernetesObject[] {
  const result: KubernetesObject[] = [];
  const visit = (path: string, document: unknown) => {
    if (!isBody(document)) {
      return;
    }
    const { apiVersion, kind } = document;
    if (typeof apiVersion !== 'string' || typeof kind !== 'string') {
      return;
    }
    if (kind.endsWith('List') && Array.isArray(document.items)) {
      document.items.forEach(item => visit(path, item));
      return;
    }
    const slash = apiVersion.lastIndexOf('/');
    result.push({
      path,
      group: slash >= 0 ? apiVersion.slice(0, slash) : '',
      kind,
      object: document,
    });
  };
  for (const file of files) {
    if (file.as === 'yaml') {
      file.documents.forEach(document => visit(file.path, document));
    }
  }
  return result;
}

/** Whether an API group is a domain or one of its subdomains. */
export function inApiDomain(group: string, domain: string): boolean {
  return group === domain || group.endsWith(`.${domain}`);
}
