import {
  evaluateFilterPredicate,
  getJsonValueAtPath,
  type FilterPredicate,
} from '@backstage/filter-predicates';
import type { JsonValue } from '@backstage/types';
import fc from 'fast-check';
import { defaultModelDefinition } from '../../model/defaultModel';
import { compilePath, compilePredicate } from './compilePredicate';

/** Keys that nest (a, b, c) and keys with dots in them, as annotations have. */
const KEY = fc.constantFrom('a', 'b', 'c', 'a.b', 'b.c', 'a.b.c', 'x/y', '$in');
const PATH = fc.constantFrom(
  'a',
  'b',
  'a.b',
  'a.b.c',
  'b.c',
  'x/y',
  'a.x/y',
  '',
);
const SCALAR = fc.oneof(
  fc.constantFrom('svc', 'SVC', 'Svc', '1', '', 'prod'),
  fc.constantFrom(1, 0, true, false, null),
);

const { value: VALUE } = fc.letrec<{ value: unknown }>(tie => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    SCALAR,
    fc.constant(undefined),
    fc.array(tie('value'), { maxLength: 3 }),
    fc.dictionary(KEY, tie('value'), { maxKeys: 4 }),
  ),
}));

const { predicate: PREDICATE } = fc.letrec<{
  predicate: unknown;
  matcher: unknown;
}>(tie => ({
  predicate: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    SCALAR,
    fc.dictionary(PATH, tie('matcher'), { minKeys: 1, maxKeys: 3 }),
    fc.record({ $all: fc.array(tie('predicate'), { maxLength: 3 }) }),
    fc.record({ $any: fc.array(tie('predicate'), { maxLength: 3 }) }),
    fc.record({ $not: tie('predicate') }),
  ),
  matcher: fc.oneof(
    SCALAR,
    fc.array(SCALAR, { maxLength: 2 }),
    fc.record({ $exists: fc.boolean() }),
    fc.record({ $in: fc.array(SCALAR, { maxLength: 3 }) }),
    fc.record({ $hasPrefix: fc.constantFrom('s', 'PR', '') }),
    fc.record({ $contains: tie('predicate') }),
    fc.constant({ $unknown: 1 }),
  ),
}));

/** The library's answer, or the message of what it throws. */
function outcome(run: () => boolean): boolean | string {
  try {
    return run();
  } catch (error) {
    return `throws: ${(error as Error).message}`;
  }
}

describe('compilePredicate', () => {
  it('answers as @backstage/filter-predicates does, on any predicate and value', () => {
    fc.assert(
      fc.property(PREDICATE, VALUE, (predicate, value) => {
        const compiled = compilePredicate(predicate as FilterPredicate);
        expect(outcome(() => compiled(value))).toEqual(
          outcome(() =>
            evaluateFilterPredicate(predicate as FilterPredicate, value),
          ),
        );
      }),
      { numRuns: 5000 },
    );
  });

  it('answers as the library does for every check of the default model', () => {
    const values: unknown[] = [
      {
        kind: 'Component',
        metadata: {
          name: 'checkout',
          annotations: {
            'argocd/app-name': 'checkout',
            'flexinfra.io/environments': 'dev,prod',
          },
          links: [{ url: 'https://runbooks.example.com', title: 'Runbook' }],
        },
        spec: { type: 'service', lifecycle: 'production', owner: 'team-a' },
        facts: { environments: ['dev', 'prod'], multiRegion: false },
        related: {
          dependsOn: [{ kind: 'Resource', spec: { type: 'database' } }],
        },
      },
      {
        kind: 'Resource',
        metadata: { name: 'db' },
        spec: { type: 'database' },
      },
      { kind: 'Group', metadata: { name: 'team-a' } },
    ];
    let compared = 0;
    for (const check of defaultModelDefinition.checks) {
      const appliesTo = compilePredicate(check.appliesTo);
      const evidence = compilePredicate(check.evidence);
      for (const value of values) {
        expect(appliesTo(value)).toBe(
          evaluateFilterPredicate(check.appliesTo, value),
        );
        expect(evidence(value)).toBe(
          evaluateFilterPredicate(check.evidence, value),
        );
        compared += 2;
      }
    }
    expect(compared).toBeGreaterThan(50);
  });

  it('keeps the library’s error for an operator combined with other keys', () => {
    const compiled = compilePredicate({
      $all: [{ kind: 'component' }],
      kind: 'component',
    } as unknown as FilterPredicate);
    expect(() => compiled({ kind: 'Component' })).toThrow(
      /\$all must be the only key/,
    );
  });
});

describe('compilePath', () => {
  it('reads what getJsonValueAtPath reads, dotted keys and nesting alike', () => {
    fc.assert(
      fc.property(PATH, VALUE, (path, value) => {
        expect(compilePath(path)(value)).toEqual(
          getJsonValueAtPath(value as JsonValue, path),
        );
      }),
      { numRuns: 5000 },
    );
  });

  it('finds an annotation whose key has dots in it', () => {
    const entity = {
      metadata: { annotations: { 'flexinfra.io/regions': 'eu-west-1' } },
    };
    expect(
      compilePath('metadata.annotations.flexinfra.io/regions')(entity),
    ).toBe('eu-west-1');
  });
});
