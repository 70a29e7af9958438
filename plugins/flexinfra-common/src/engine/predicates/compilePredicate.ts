import {
  evaluateFilterPredicate,
  getJsonValueAtPath,
  type FilterPredicate,
} from '@backstage/filter-predicates';
import type { JsonValue } from '@backstage/types';

/**
 * A filter predicate compiled to closures: the same answer as
 * `evaluateFilterPredicate(predicate, value)` of `@backstage/filter-predicates`.
 *
 * @public
 */
export type PredicateFunction = (value: unknown) => boolean;

/**
 * Reads the value at a dotted path, as `getJsonValueAtPath` does.
 *
 * @public
 */
export type PathGetter = (value: unknown) => unknown;

type Obj = Record<string, unknown>;

const isOwnEnumerable = Object.prototype.propertyIsEnumerable;

function isPlainObject(value: unknown): value is Obj {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The same string, internalised: V8 finds a property by an internalised key
 * directly, but must look any other string up in its string table first, on
 * every lookup.
 */
function internalise(key: string): string {
  return Object.keys({ [key]: true })[0];
}

/** The library's `valuesAreEqual`: case-insensitive, numbers as strings. */
function valuesAreEqual(a: unknown, b: unknown): boolean {
  if (a === null || b === null) return false;
  if (a === b) return true;
  if (typeof a === 'string' && typeof b === 'string') {
    return a.toUpperCase() === b.toUpperCase();
  }
  if (typeof a === 'number' || typeof b === 'number') {
    return String(a) === String(b);
  }
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((v, i) => valuesAreEqual(v, b[i]));
  }
  return false;
}

/** `valuesAreEqual(value, constant)` with the constant's work done once. */
function equalsConstant(constant: unknown): PredicateFunction {
  if (typeof constant === 'string') {
    const upper = constant.toUpperCase();
    return value =>
      value === constant ||
      (typeof value === 'string'
        ? value.toUpperCase() === upper
        : typeof value === 'number' && String(value) === constant);
  }
  return value => valuesAreEqual(value, constant);
}

const getters = new Map<string, PathGetter>();

/**
 * `getJsonValueAtPath(value, path)` compiled: at each object, the keys that
 * can match are the path itself and each prefix of it that ends before a dot
 * (`metadata.annotations.argocd/app-name` may be one key or three), so only
 * those are tested, not every key of the object. When two of them are
 * present, which one wins depends on the object's key order, and the library
 * answers.
 *
 * @public
 */
export function compilePath(path: string): PathGetter {
  const cached = getters.get(path);
  if (cached) return cached;
  let getter: PathGetter;
  if (!path) {
    getter = () => undefined;
  } else {
    const keys: string[] = [];
    const rest: Array<PathGetter | undefined> = [];
    for (let i = 0; i < path.length; i++) {
      if (path[i] === '.') {
        keys.push(internalise(path.slice(0, i)));
        rest.push(compilePath(path.slice(i + 1)));
      }
    }
    keys.push(internalise(path));
    rest.push(undefined);
    getter = value => {
      if (!isPlainObject(value)) return undefined;
      let hit = -1;
      for (let k = 0; k < keys.length; k++) {
        const key = keys[k];
        if (Object.hasOwn(value, key) && isOwnEnumerable.call(value, key)) {
          if (hit >= 0) return getJsonValueAtPath(value as JsonValue, path);
          hit = k;
        }
      }
      if (hit < 0) return undefined;
      const found = value[keys[hit]];
      const then = rest[hit];
      return then ? then(found) : found;
    };
  }
  getters.set(path, getter);
  return getter;
}

/**
 * The test of one path's value, e.g. `{ $exists: true }` or `'service'`;
 * undefined for an operator with a malformed operand, where the library's
 * own error (or answer) is kept.
 */
function compileMatcher(matcher: unknown): PredicateFunction | undefined {
  if (!isPlainObject(matcher)) {
    return equalsConstant(matcher);
  }
  if ('$contains' in matcher) {
    const inner = compilePredicate(matcher.$contains as FilterPredicate);
    return value => Array.isArray(value) && value.some(v => inner(v));
  }
  if ('$in' in matcher) {
    const options = matcher.$in;
    if (!Array.isArray(options)) return undefined;
    if (options.every(o => typeof o === 'string')) {
      const upper = new Set((options as string[]).map(o => o.toUpperCase()));
      return value =>
        typeof value === 'string'
          ? upper.has(value.toUpperCase())
          : options.some(o => valuesAreEqual(value, o));
    }
    const equals = options.map(equalsConstant);
    return value => equals.some(e => e(value));
  }
  if ('$exists' in matcher) {
    return matcher.$exists === true
      ? value => value !== undefined
      : value => value === undefined;
  }
  if ('$hasPrefix' in matcher) {
    if (typeof matcher.$hasPrefix !== 'string') return undefined;
    const prefix = matcher.$hasPrefix.toUpperCase();
    return value =>
      typeof value === 'string' && value.toUpperCase().startsWith(prefix);
  }
  return () => false;
}

/**
 * Compiles a filter predicate once into closures that give the same answer
 * as `evaluateFilterPredicate` of `@backstage/filter-predicates`, which
 * interprets the predicate on every call (re-reading its operators and
 * walking every key of every object on a path). Where a shortcut could
 * differ (an operator combined with other keys, which the library rejects),
 * the library is asked.
 *
 * @public
 */
export function compilePredicate(
  predicate: FilterPredicate,
): PredicateFunction {
  if (!isPlainObject(predicate)) {
    return equalsConstant(predicate);
  }
  const p = predicate as Obj;
  const library: PredicateFunction = value =>
    evaluateFilterPredicate(predicate, value);
  if ('$all' in p || '$any' in p || '$not' in p) {
    if (Object.keys(p).length !== 1) {
      // The library throws an InputError naming the problem; so do we.
      return library;
    }
    if ('$all' in p) {
      if (!Array.isArray(p.$all)) return library;
      const parts = (p.$all as FilterPredicate[]).map(compilePredicate);
      return value => {
        for (const part of parts) if (!part(value)) return false;
        return true;
      };
    }
    if ('$any' in p) {
      if (!Array.isArray(p.$any)) return library;
      const parts = (p.$any as FilterPredicate[]).map(compilePredicate);
      return value => {
        for (const part of parts) if (part(value)) return true;
        return false;
      };
    }
    const inner = compilePredicate(p.$not as FilterPredicate);
    return value => !inner(value);
  }
  const tests: PredicateFunction[] = [];
  for (const path of Object.keys(p)) {
    if (path.startsWith('$')) {
      // An unknown operator fails the predicate once the paths before it hold.
      tests.push(() => false);
      break;
    }
    const get = compilePath(path);
    const test = compileMatcher(p[path]);
    if (!test) return library;
    tests.push(value => test(get(value)));
  }
  return value => {
    for (const test of tests) if (!test(value)) return false;
    return true;
  };
}
