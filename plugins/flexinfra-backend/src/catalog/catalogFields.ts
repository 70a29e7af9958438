import type { FilterPredicate } from '@backstage/filter-predicates';
import type { CheckDefinition } from '@flexinfra/backstage-plugin-flexinfra-common';

/**
 * The fields every refresh reads: the entity's identity, what the rollups
 * group by (owner, system, type, lifecycle) and the relations that resolve
 * them and `dependsOn`. The annotations also locate the entity's repository
 * (`backstage.io/source-location`, `backstage.io/managed-by-location`).
 */
const ALWAYS_READ = [
  'apiVersion',
  'kind',
  'metadata.name',
  'metadata.namespace',
  'metadata.title',
  'metadata.etag',
  'metadata.annotations',
  'spec.type',
  'spec.lifecycle',
  'spec.owner',
  'spec.system',
  'spec.domain',
  'spec.dependsOn',
  'relations',
];

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The catalog field a predicate path reads: `metadata.x` or the top key. */
function fieldOf(path: string): string | undefined {
  const [first, second] = path.split('.');
  if (first === 'facts' || first === 'related') {
    // Derived by the engine from annotations and relations, read anyway.
    return undefined;
  }
  if (first === 'metadata' && second) {
    return `metadata.${second}`;
  }
  return first;
}

function collectFields(predicate: FilterPredicate, into: Set<string>) {
  if (Array.isArray(predicate)) {
    predicate.forEach(p => collectFields(p as FilterPredicate, into));
    return;
  }
  if (!isObject(predicate)) {
    return;
  }
  for (const [key, value] of Object.entries(predicate)) {
    if (key === '$all' || key === '$any' || key === '$not') {
      collectFields(value as FilterPredicate, into);
    } else if (!key.startsWith('$')) {
      // The value matches at this path; a $contains inside it reads
      // elements of the same field, so nothing further is needed.
      const field = fieldOf(key);
      if (field) {
        into.add(field);
      }
    }
  }
}

/**
 * The catalog fields a refresh requests for the checks of a model: the
 * paths their predicates read, plus what rollups and relations need —
 * never whole entities when the model reads a few fields of them.
 */
export function catalogFieldsFor(checks: CheckDefinition[]): string[] {
  const fields = new Set(ALWAYS_READ);
  for (const check of checks) {
    collectFields(check.appliesTo, fields);
    collectFields(check.evidence, fields);
  }
  // A field already covered by a wider one (spec covers spec.owner) is
  // dropped: the catalog rejects nothing, but the list stays readable.
  return [...fields]
    .filter(field => ![...fields].some(other => field.startsWith(`${other}.`)))
    .sort();
}
