import type { FilterPredicate } from '@backstage/filter-predicates';
import type { JsonValue } from '@backstage/types';
import { originOfPath } from './evidenceOrigin';
import {
  compilePath,
  compilePredicate,
  type PredicateFunction,
} from './predicates/compilePredicate';
import {
  describeRepositoryPath,
  repositoryEvidence,
} from './repositoryEvidence';
import type { CheckEvidence } from './types';

type PredicateObject = Record<string, JsonValue>;

function isObject(value: unknown): value is PredicateObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A path into an entity's facts, as a person would say it. */
export function describePath(path: string): string {
  const repository = describeRepositoryPath(path);
  if (repository !== undefined) {
    return repository;
  }
  if (path.startsWith('metadata.annotations.')) {
    return `annotation ${path.slice('metadata.annotations.'.length)}`;
  }
  switch (path) {
    case 'metadata.links':
      return 'a link';
    case 'related.dependsOn':
      return 'a dependsOn entity';
    case 'facts.environments':
      return 'an environment in flexinfra.io/environments';
    case 'facts.regions':
      return 'a region in flexinfra.io/regions';
    case 'facts.multiRegion':
      return 'two or more regions in flexinfra.io/regions';
    default:
      return path;
  }
}

function describeValue(matcher: JsonValue): string {
  if (!isObject(matcher)) {
    return matcher === true ? '' : ` = ${String(matcher)}`;
  }
  if ('$exists' in matcher) {
    return matcher.$exists ? '' : ' (absent)';
  }
  if ('$in' in matcher && Array.isArray(matcher.$in)) {
    return ` = ${matcher.$in.map(String).join(' | ')}`;
  }
  if ('$hasPrefix' in matcher) {
    return ` starting with "${String(matcher.$hasPrefix)}"`;
  }
  if ('$contains' in matcher) {
    const inner = describePredicate(
      matcher.$contains as unknown as FilterPredicate,
    );
    return inner ? ` (${inner})` : '';
  }
  return ` ${JSON.stringify(matcher)}`;
}

/**
 * A part of an `$all` or `$any` in words, in brackets when it is the other
 * operator, so that "a and (b or c)" cannot be misread.
 */
function bracketed(part: FilterPredicate, otherOperator: '$all' | '$any') {
  const text = describePredicate(part);
  const isOther =
    isObject(part) &&
    (otherOperator in part ||
      (otherOperator === '$all' &&
        !('$any' in part) &&
        !('$not' in part) &&
        Object.keys(part).length > 1));
  return isOther ? `(${text})` : text;
}

/** A predicate as a person would say it, e.g. for "Missing: …". */
export function describePredicate(predicate: FilterPredicate): string {
  if (!isObject(predicate)) {
    return String(predicate);
  }
  const p = predicate as unknown as PredicateObject;
  if (Array.isArray(p.$all)) {
    return (p.$all as unknown as FilterPredicate[])
      .map(part => bracketed(part, '$any'))
      .join(' and ');
  }
  if (Array.isArray(p.$any)) {
    return (p.$any as unknown as FilterPredicate[])
      .map(part => bracketed(part, '$all'))
      .join(' or ');
  }
  if ('$not' in p) {
    return `not (${describePredicate(p.$not as unknown as FilterPredicate)})`;
  }
  return Object.entries(p)
    .map(([path, matcher]) => {
      const label = describePath(path);
      if (
        path === 'metadata.links' &&
        isObject(matcher) &&
        '$contains' in matcher
      ) {
        const inner = describePredicate(
          matcher.$contains as unknown as FilterPredicate,
        );
        return `a link with ${inner}`;
      }
      return `${label}${describeValue(matcher)}`;
    })
    .join(' and ');
}

function summarise(value: JsonValue | undefined): string {
  if (isObject(value)) {
    const meta = value.metadata;
    if (isObject(meta) && typeof meta.name === 'string') {
      return `${String(value.kind ?? '').toLocaleLowerCase('en-US')}:${
        meta.namespace ?? 'default'
      }/${meta.name}`;
    }
    if (typeof value.url === 'string') {
      return typeof value.title === 'string'
        ? `"${value.title}" (${value.url})`
        : value.url;
    }
  }
  const text = typeof value === 'string' ? value : toJsonText(value);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

/** A value as JSON text; never throws (a BigInt, a cycle, undefined). */
function toJsonText(value: unknown): string {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return typeof value === 'bigint' ? String(value) : typeof value;
  }
}

const compiledPredicates = new WeakMap<object, PredicateFunction>();

/** The predicate compiled once per predicate object. */
function test(predicate: FilterPredicate, value: unknown): boolean {
  if (typeof predicate !== 'object' || predicate === null) {
    return compilePredicate(predicate)(value);
  }
  let compiled = compiledPredicates.get(predicate);
  if (!compiled) {
    compiled = compilePredicate(predicate);
    compiledPredicates.set(predicate, compiled);
  }
  return compiled(value);
}

const readRepository = compilePath('facts.repository');

/**
 * The pieces of evidence that made a predicate true, each with where it came
 * from, e.g. `annotation argocd/app-name = checkout-api-prod` (catalog) or
 * `Terraform in infra/main.tf and 4 more` (repository).
 */
export function findEvidence(
  predicate: FilterPredicate,
  facts: unknown,
): CheckEvidence[] {
  if (!isObject(predicate)) {
    return [];
  }
  const p = predicate as unknown as PredicateObject;
  if (Array.isArray(p.$all) || Array.isArray(p.$any)) {
    const parts = (p.$all ?? p.$any) as unknown as FilterPredicate[];
    return parts
      .filter(part => test(part, facts))
      .flatMap(part => findEvidence(part, facts));
  }
  if ('$not' in p) {
    const [first] = Object.keys(p);
    return [
      {
        ...originOfPath(first ?? ''),
        text: `${describePredicate(predicate)}`,
      },
    ];
  }
  return Object.entries(p).map(([path, matcher]) => {
    const origin = originOfPath(path);
    if (origin.origin === 'repository') {
      const repository = readRepository(facts) as JsonValue | undefined;
      return { ...origin, ...repositoryEvidence(repository, path) };
    }
    const value = compilePath(path)(facts) as JsonValue | undefined;
    if (Array.isArray(value) && isObject(matcher) && '$contains' in matcher) {
      const match = value.find(v =>
        test(matcher.$contains as unknown as FilterPredicate, v),
      );
      return { ...origin, text: `${describePath(path)}: ${summarise(match)}` };
    }
    return { ...origin, text: `${describePath(path)} = ${summarise(value)}` };
  });
}

const pathsOfPredicate = new WeakMap<object, string[]>();

/** Every fact path a predicate reads (cached per predicate object). */
export function predicatePaths(predicate: FilterPredicate): string[] {
  if (!isObject(predicate)) {
    return [];
  }
  let paths = pathsOfPredicate.get(predicate);
  if (paths === undefined) {
    const p = predicate as unknown as PredicateObject;
    if (Array.isArray(p.$all) || Array.isArray(p.$any)) {
      paths = ((p.$all ?? p.$any) as unknown as FilterPredicate[]).flatMap(
        predicatePaths,
      );
    } else if ('$not' in p) {
      paths = predicatePaths(p.$not as unknown as FilterPredicate);
    } else {
      paths = Object.keys(p);
    }
    pathsOfPredicate.set(predicate, paths);
  }
  return paths;
}
