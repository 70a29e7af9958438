import type { FilterPredicate } from '@backstage/filter-predicates';
import type { JsonValue } from '@backstage/types';
import type { CheckDefinition, ModelDefinition } from '../model/schema';

/** What a predicate asks of the value at a path. */
export type Condition =
  | { kind: 'exists' }
  | { kind: 'absent' }
  /** Equal to one of the values (case-insensitive for strings). */
  | { kind: 'equals'; values: string[] }
  | { kind: 'prefix'; value: string }
  /** A list with an element equal to one of the values. */
  | { kind: 'includes'; values: string[] }
  /** A list with an element matching a nested predicate (read separately). */
  | { kind: 'contains'; predicate: FilterPredicate }
  | { kind: 'other'; json: string };

/** Where a path is looked up. */
export type ReadScope =
  /** The entity being scored (and its derived facts). */
  | 'entity'
  /** An element of `metadata.links`. */
  | 'link'
  /** An entity the scored one depends on (`related.dependsOn`). */
  | 'dependsOn';

/** One place a check's predicate reads a value. */
export interface PredicateRead {
  checkId: string;
  role: 'appliesTo' | 'evidence';
  scope: ReadScope;
  path: string;
  condition: Condition;
  /** True when the read sits under a `$not`. */
  negated: boolean;
}

type PredicateObject = Record<string, JsonValue>;

function isObject(value: unknown): value is PredicateObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function conditionOf(matcher: JsonValue): Condition {
  if (!isObject(matcher)) {
    return Array.isArray(matcher)
      ? { kind: 'other', json: JSON.stringify(matcher) }
      : { kind: 'equals', values: [String(matcher)] };
  }
  if ('$exists' in matcher) {
    return matcher.$exists ? { kind: 'exists' } : { kind: 'absent' };
  }
  if ('$in' in matcher && Array.isArray(matcher.$in)) {
    return { kind: 'equals', values: matcher.$in.map(String) };
  }
  if ('$hasPrefix' in matcher) {
    return { kind: 'prefix', value: String(matcher.$hasPrefix) };
  }
  if ('$contains' in matcher) {
    const inner = matcher.$contains;
    return isObject(inner)
      ? { kind: 'contains', predicate: inner as unknown as FilterPredicate }
      : { kind: 'includes', values: [String(inner)] };
  }
  return { kind: 'other', json: JSON.stringify(matcher) };
}

function scopeOfElements(path: string): ReadScope | undefined {
  if (path === 'metadata.links') {
    return 'link';
  }
  if (path === 'related.dependsOn') {
    return 'dependsOn';
  }
  return undefined;
}

/** Every value one predicate of a check reads. */
export function readsOfPredicate(
  predicate: FilterPredicate,
  checkId: string,
  role: PredicateRead['role'],
): PredicateRead[] {
  const reads: PredicateRead[] = [];
  const walk = (node: JsonValue, scope: ReadScope, negated: boolean) => {
    if (!isObject(node)) {
      return;
    }
    if (Array.isArray(node.$all) || Array.isArray(node.$any)) {
      for (const part of (node.$all ?? node.$any) as JsonValue[]) {
        walk(part, scope, negated);
      }
      return;
    }
    if ('$not' in node) {
      walk(node.$not, scope, !negated);
      return;
    }
    for (const [path, matcher] of Object.entries(node)) {
      const condition = conditionOf(matcher);
      reads.push({ checkId, role, scope, path, condition, negated });
      if (condition.kind === 'contains' && isObject(matcher)) {
        walk(matcher.$contains, scopeOfElements(path) ?? scope, negated);
      }
    }
  };
  walk(predicate as unknown as JsonValue, 'entity', false);
  return reads;
}

/** Every value a check reads, from its appliesTo and its evidence. */
export function readsOfCheck(check: CheckDefinition): PredicateRead[] {
  return [
    ...readsOfPredicate(check.appliesTo, check.id, 'appliesTo'),
    ...readsOfPredicate(check.evidence, check.id, 'evidence'),
  ];
}

/** Every value the model's checks read, in check order. */
export function readsOfModel(model: ModelDefinition): PredicateRead[] {
  return model.checks.flatMap(readsOfCheck);
}

export const ANNOTATION_PATH_PREFIX = 'metadata.annotations.';

/** The annotation key a path reads, or undefined. */
export function annotationKeyOf(path: string): string | undefined {
  return path.startsWith(ANNOTATION_PATH_PREFIX)
    ? path.slice(ANNOTATION_PATH_PREFIX.length)
    : undefined;
}

/**
 * The derived facts evidence predicates may read (engine/facts.ts,
 * `buildFacts`), with what they are derived from.
 */
export const DERIVED_FACTS: ReadonlyArray<{
  path: string;
  /** The annotation the fact is derived from, if any. */
  annotation?: string;
  description: string;
}> = Object.freeze([
  {
    path: 'facts.environments',
    annotation: 'flexinfra.io/environments',
    description:
      'The environments listed in `flexinfra.io/environments`: split on commas, trimmed, in lower case, without empty items or repeats. An empty list when the annotation is absent.',
  },
  {
    path: 'facts.regions',
    annotation: 'flexinfra.io/regions',
    description:
      'The regions listed in `flexinfra.io/regions`, split the same way. An empty list when the annotation is absent.',
  },
  {
    path: 'facts.multiRegion',
    annotation: 'flexinfra.io/regions',
    description:
      '`true` when `flexinfra.io/regions` lists two or more distinct regions, otherwise `false`.',
  },
  {
    path: 'related.dependsOn',
    description:
      'The entities this one depends on, from its `dependsOn` relations (catalog API) and its `spec.dependsOn` refs (descriptor files), that the scorer can look up. The backend looks them up in the catalog; the CLI among the files it is given. Refs it cannot resolve are left out.',
  },
]);
