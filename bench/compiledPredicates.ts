/**
 * `--experiment`: what compiling filter predicates to closures would buy.
 *
 * NOT part of the engine. @backstage/filter-predicates interprets a predicate
 * on every call (re-reading its operators, counting its keys, and walking
 * every key of every object on a path, building a string per key). This file
 * compiles a predicate once into closures meant to return exactly what
 * `evaluateFilterPredicate` returns, falling back to the library wherever the
 * shortcut could differ (several keys of one object matching a dotted path,
 * malformed operator objects). The benchmark checks that claim on every check
 * for every generated entity, then scores the catalog with a model whose
 * check functions were swapped for these and compares the results checksum.
 */
import {
  evaluateFilterPredicate,
  getJsonValueAtPath,
  type FilterPredicate,
} from '@backstage/filter-predicates';
import type { JsonValue } from '@backstage/types';
import type { CompiledModel } from '../plugins/flexinfra-common/src';

type Fn = (value: unknown) => boolean;
type Getter = (value: unknown) => unknown;
type Obj = Record<string, unknown>;

const isOwnEnumerable = Object.prototype.propertyIsEnumerable;

/**
 * The same string, internalised: V8 looks a property up by an internalised
 * key directly, but must probe its string table for any other string, on
 * every lookup, which dominates the cost of testing absent keys.
 */
function internalise(key: string): string {
  return Object.keys({ [key]: true })[0];
}

function isPlainObject(value: unknown): value is Obj {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The library's valuesAreEqual, verbatim. */
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

/** valuesAreEqual(value, constant) with the constant's work done once. */
function equalsConstant(b: unknown): Fn {
  if (typeof b === 'string') {
    const upper = b.toUpperCase();
    return a =>
      a === b ||
      (typeof a === 'string'
        ? a.toUpperCase() === upper
        : typeof a === 'number' && String(a) === b);
  }
  return a => valuesAreEqual(a, b);
}

const getters = new Map<string, Getter>();

/**
 * getJsonValueAtPath(value, path): at each object, the keys that can match
 * are the path itself and its prefixes that end before a dot; test just those.
 * When two of them are present, which one wins depends on key order, so ask
 * the library.
 */
function compilePath(path: string): Getter {
  const cached = getters.get(path);
  if (cached) return cached;
  let getter: Getter;
  if (!path) {
    getter = () => undefined;
  } else {
    const keys: string[] = [];
    const next: Array<Getter | undefined> = [];
    for (let i = 0; i < path.length; i++) {
      if (path[i] === '.') {
        keys.push(internalise(path.slice(0, i)));
        next.push(compilePath(path.slice(i + 1)));
      }
    }
    keys.push(internalise(path));
    next.push(undefined);
    getter = value => {
      if (!isPlainObject(value)) return undefined;
      let hit = -1;
      for (let c = 0; c < keys.length; c++) {
        const key = keys[c];
        if (Object.hasOwn(value, key) && isOwnEnumerable.call(value, key)) {
          if (hit >= 0) return getJsonValueAtPath(value as JsonValue, path);
          hit = c;
        }
      }
      if (hit < 0) return undefined;
      const found = value[keys[hit]];
      const then = next[hit];
      return then ? then(found) : found;
    };
  }
  getters.set(path, getter);
  return getter;
}

function compileValue(filter: unknown): Fn {
  if (typeof filter !== 'object' || filter === null || Array.isArray(filter)) {
    return equalsConstant(filter);
  }
  const f = filter as Obj;
  if ('$contains' in f) {
    const inner = compileFilterPredicate(f.$contains as FilterPredicate);
    return value => Array.isArray(value) && value.some(v => inner(v));
  }
  if ('$in' in f) {
    const options = f.$in as unknown[];
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
  if ('$exists' in f) {
    return f.$exists === true
      ? value => value !== undefined
      : value => value === undefined;
  }
  if ('$hasPrefix' in f) {
    const prefix = (f.$hasPrefix as string).toUpperCase();
    return value =>
      typeof value === 'string' && value.toUpperCase().startsWith(prefix);
  }
  return () => false;
}

export function compileFilterPredicate(predicate: FilterPredicate): Fn {
  if (
    typeof predicate !== 'object' ||
    predicate === null ||
    Array.isArray(predicate)
  ) {
    return equalsConstant(predicate);
  }
  const p = predicate as Obj;
  const library: Fn = value => evaluateFilterPredicate(predicate, value);
  if ('$all' in p || '$any' in p || '$not' in p) {
    if (Object.keys(p).length !== 1) return library; // throws, as it would
    if ('$all' in p) {
      const parts = (p.$all as FilterPredicate[]).map(compileFilterPredicate);
      return value => {
        for (const part of parts) if (!part(value)) return false;
        return true;
      };
    }
    if ('$any' in p) {
      const parts = (p.$any as FilterPredicate[]).map(compileFilterPredicate);
      return value => {
        for (const part of parts) if (part(value)) return true;
        return false;
      };
    }
    const inner = compileFilterPredicate(p.$not as FilterPredicate);
    return value => !inner(value);
  }
  const entries = Object.keys(p);
  if (entries.some(key => key.startsWith('$'))) return () => false;
  const tests = entries.map(path => {
    const get = compilePath(path);
    const test = compileValue(p[path]);
    return (value: unknown) => test(get(value));
  });
  return value => {
    for (const test of tests) if (!test(value)) return false;
    return true;
  };
}

/** The model with every check's functions compiled here instead. */
export function withCompiledPredicates(model: CompiledModel): CompiledModel {
  const shared = new Map<string, Fn>();
  const compile = (predicate: FilterPredicate) => {
    const key = JSON.stringify(predicate);
    let fn = shared.get(key);
    if (!fn) {
      fn = compileFilterPredicate(predicate);
      shared.set(key, fn);
    }
    return fn;
  };
  return {
    ...model,
    checks: model.checks.map(check => ({
      ...check,
      appliesTo: compile(check.definition.appliesTo),
      evidence: compile(check.definition.evidence),
    })),
  };
}

/**
 * Evaluates every check's appliesTo on every value and its evidence on the
 * value's facts with both implementations; returns how many answers differ.
 */
export function countDisagreements(
  model: CompiledModel,
  fast: CompiledModel,
  values: unknown[],
  factsOf: (value: unknown) => unknown,
): { compared: number; disagreements: number } {
  let compared = 0;
  let disagreements = 0;
  for (const value of values) {
    const facts = factsOf(value);
    for (let j = 0; j < model.checks.length; j++) {
      const { appliesTo, evidence } = model.checks[j];
      const check = fast.checks[j];
      compared += 2;
      if (appliesTo(value) !== check.appliesTo(value)) disagreements++;
      if (facts !== undefined && evidence(facts) !== check.evidence(facts)) {
        disagreements++;
      }
    }
  }
  return { compared, disagreements };
}
