import { repositoryFactOfPath } from './repositoryEvidence';
import type { CheckEvidence } from './types';

const DECLARED_ANNOTATION_PREFIX = 'metadata.annotations.flexinfra.io/';
/** Built-in facts derived from FlexInfra's own annotations. */
const DECLARED_FACTS = new Set([
  'facts.environments',
  'facts.regions',
  'facts.multiRegion',
]);

/**
 * Where the value at a predicate path comes from: the repository (files
 * FlexInfra read), FlexInfra's own annotations (declared), a fact provider,
 * or the catalog's metadata.
 */
export function originOfPath(
  path: string,
): Pick<CheckEvidence, 'origin' | 'provider'> {
  if (repositoryFactOfPath(path) !== undefined) {
    return { origin: 'repository' };
  }
  if (path.startsWith(DECLARED_ANNOTATION_PREFIX) || DECLARED_FACTS.has(path)) {
    return { origin: 'declared' };
  }
  if (path.startsWith('facts.')) {
    return { origin: 'provider', provider: path.split('.')[1] };
  }
  return { origin: 'catalog' };
}
