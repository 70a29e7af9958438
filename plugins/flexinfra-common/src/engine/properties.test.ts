import type { Entity } from '@backstage/catalog-model';
import type { FilterPredicate } from '@backstage/filter-predicates';
import fc from 'fast-check';
import { defaultModelDefinition } from '../model/defaultModel';
import { compileModel } from './compileModel';
import { evaluateEntities } from './evaluateEntities';
import { evaluateEntity } from './evaluateEntity';
import { createEntityLookup } from './facts';
import type { EntityEvaluation } from './types';
import { WAIVER_ANNOTATION_PREFIX } from './waivers';
import { evaluationProblems } from '../__testUtils__/evaluations';

/*
 * Property tests: the engine never throws, whatever it is given; more
 * evidence never lowers a score or a stage; evaluation is deterministic and
 * leaves its input alone.
 */

const NOW = new Date('2026-06-01T12:00:00Z');
const model = compileModel(defaultModelDefinition);
const NUM_RUNS = 300;

const ANYTHING = fc.anything({
  withBigInt: true,
  withBoxedValues: true,
  withDate: true,
  withMap: true,
  withSet: true,
  withNullPrototype: true,
  withObjectString: true,
  withTypedArray: true,
  withSparseArray: true,
});

function problems(evaluation: EntityEvaluation): string[] {
  return evaluationProblems(evaluation, model.version, model.checks.length);
}

// ---------------------------------------------------------------------------
// What the default model reads, derived from its predicates.

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const ANNOTATION_PATH = 'metadata.annotations.';

/** Every `metadata.annotations.<key>` leaf of a predicate, with its matcher. */
function annotationLeaves(predicate: FilterPredicate): Array<[string, Json]> {
  if (typeof predicate !== 'object' || predicate === null) {
    return [];
  }
  const p = predicate as unknown as Record<string, Json>;
  if (Array.isArray(p.$all) || Array.isArray(p.$any)) {
    return ((p.$all ?? p.$any) as unknown as FilterPredicate[]).flatMap(
      annotationLeaves,
    );
  }
  if ('$not' in p) {
    return annotationLeaves(p.$not as unknown as FilterPredicate);
  }
  return Object.entries(p).flatMap(([path, matcher]) =>
    path.startsWith(ANNOTATION_PATH)
      ? [[path.slice(ANNOTATION_PATH.length), matcher] as [string, Json]]
      : [],
  );
}

/** Values that satisfy a matcher (one made up for `$exists: true`). */
function satisfying(matcher: Json): string[] {
  if (typeof matcher === 'string') {
    return [matcher];
  }
  if (matcher && typeof matcher === 'object' && !Array.isArray(matcher)) {
    if (matcher.$exists === true) {
      return ['some-value'];
    }
    if (Array.isArray(matcher.$in)) {
      return matcher.$in.map(String);
    }
  }
  throw new Error(`no satisfying value known for ${JSON.stringify(matcher)}`);
}

const EVIDENCE_VALUES = new Map<string, Set<string>>();
for (const check of defaultModelDefinition.checks) {
  for (const [key, matcher] of annotationLeaves(check.evidence)) {
    const values = EVIDENCE_VALUES.get(key) ?? new Set<string>();
    satisfying(matcher).forEach(v => values.add(v));
    EVIDENCE_VALUES.set(key, values);
  }
}
// Read through derived facts rather than directly.
EVIDENCE_VALUES.set('flexinfra.io/regions', new Set(['eu-west-1, us-east-1']));
EVIDENCE_VALUES.get('flexinfra.io/environments')!.add('production, preview');

const ANNOTATION_KEYS = [...EVIDENCE_VALUES.keys()].sort();
const CHECK_IDS = defaultModelDefinition.checks.map(c => c.id);

/** Values that satisfy nothing, or something only by accident. */
const OTHER_VALUES = ['', 'manual', 'none', 'single-az', 'weekly', 'TBD'];

it('derives the annotation keys the default model reads', () => {
  expect(ANNOTATION_KEYS).toEqual(
    expect.arrayContaining([
      'argocd/app-name',
      'backstage.io/kubernetes-id',
      'backstage.io/techdocs-ref',
      'flexinfra.io/provisioning',
      'github.com/project-slug',
      'pagerduty.com/service-id',
      'prometheus.io/rule',
      'sonarqube.org/project-key',
    ]),
  );
  expect([...EVIDENCE_VALUES.get('flexinfra.io/provisioning')!].sort()).toEqual(
    ['iac', 'self-service', 'template', 'ticket'],
  );
});

// ---------------------------------------------------------------------------
// Entity-like objects.

/** Entities that relations can point at. */
const RELATED: Entity[] = [
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Resource',
    metadata: {
      name: 'iac-db',
      annotations: { 'flexinfra.io/provisioning': 'iac' },
    },
    spec: { type: 'database' },
  },
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Resource',
    metadata: {
      name: 'manual-db',
      annotations: { 'flexinfra.io/provisioning': 'manual' },
    },
    spec: { type: 'database' },
  },
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: {
      name: 'iac-service',
      annotations: { 'flexinfra.io/provisioning': 'iac' },
    },
    spec: { type: 'service' },
  },
];
const RELATED_REFS = [
  'resource:default/iac-db',
  'resource:default/manual-db',
  'component:default/iac-service',
  'resource:default/not-in-catalog',
];
const lookup = createEntityLookup(RELATED);

const WAIVER_VALUES = [
  '2099-12-31: later',
  '2020-01-01: long expired',
  'whenever',
  '2026-02-30: no such day',
];

const annotationsArb = fc
  .record(
    Object.fromEntries(
      ANNOTATION_KEYS.map(key => [
        key,
        fc.oneof(
          fc.constantFrom(...EVIDENCE_VALUES.get(key)!),
          fc.constantFrom(...OTHER_VALUES),
          fc.string({ maxLength: 8 }),
        ),
      ]),
    ),
    { requiredKeys: [] },
  )
  .chain(annotations =>
    fc
      .record(
        Object.fromEntries(
          CHECK_IDS.map(id => [
            `${WAIVER_ANNOTATION_PREFIX}${id}`,
            fc.constantFrom(...WAIVER_VALUES),
          ]),
        ),
        { requiredKeys: [] },
      )
      .map(waivers => ({ ...annotations, ...waivers })),
  );

const linkArb = fc.record(
  {
    url: fc.constantFrom('https://example.com/a', 'https://example.com/b'),
    type: fc.constantFrom('runbook', 'dashboard', 'documentation', 'website'),
    title: fc.constantFrom('Runbook', 'Dashboard', 'Docs', 'Home', 'Status'),
  },
  { requiredKeys: ['url'] },
);

const entityArb = fc
  .record(
    {
      kind: fc.constantFrom(
        'Component',
        'Component',
        'Resource',
        'Resource',
        'component',
        'API',
        'Group',
        'System',
      ),
      namespace: fc.constantFrom(undefined, 'default', 'payments'),
      annotations: fc.option(annotationsArb, { nil: undefined }),
      links: fc.option(fc.array(linkArb, { maxLength: 3 }), { nil: undefined }),
      spec: fc.record(
        {
          type: fc.constantFrom(
            'service',
            'website',
            'library',
            'documentation',
            'database',
            'cache',
            'kubernetes-cluster',
            'other',
          ),
          owner: fc.constantFrom('team-a', 'group:default/platform'),
          lifecycle: fc.constantFrom('production', 'experimental'),
          system: fc.constant('shop'),
          providesApis: fc.constant(['shop-api']),
          dependsOn: fc.subarray(RELATED_REFS),
        },
        { requiredKeys: [] },
      ),
      relations: fc.option(
        fc.array(
          fc.record({
            type: fc.constantFrom('dependsOn', 'ownedBy'),
            targetRef: fc.constantFrom(...RELATED_REFS),
          }),
          { maxLength: 3 },
        ),
        { nil: undefined },
      ),
    },
    { requiredKeys: ['kind', 'spec'] },
  )
  .map(({ kind, namespace, annotations, links, spec, relations }) => {
    const metadata: Record<string, unknown> = { name: 'subject' };
    if (namespace !== undefined) metadata.namespace = namespace;
    if (annotations !== undefined) metadata.annotations = annotations;
    if (links !== undefined) metadata.links = links;
    const entity: Record<string, unknown> = {
      apiVersion: 'backstage.io/v1alpha1',
      kind,
      metadata,
      spec,
    };
    if (relations !== undefined) entity.relations = relations;
    return entity as unknown as Entity;
  });

/** An entity-like object with one part replaced by anything at all. */
const mutantArb = fc
  .tuple(
    entityArb,
    fc.constantFrom(
      ['kind'],
      ['metadata'],
      ['metadata', 'name'],
      ['metadata', 'namespace'],
      ['metadata', 'annotations'],
      ['metadata', 'annotations', 'argocd/app-name'],
      ['metadata', 'annotations', 'flexinfra.io/regions'],
      ['metadata', 'annotations', `${WAIVER_ANNOTATION_PREFIX}owned`],
      ['metadata', 'links'],
      ['spec'],
      ['spec', 'type'],
      ['spec', 'owner'],
      ['spec', 'dependsOn'],
      ['relations'],
    ),
    ANYTHING,
  )
  .map(([entity, path, value]) => {
    const copy = structuredClone(entity) as unknown as Record<string, any>;
    let target = copy;
    for (const key of path.slice(0, -1)) {
      if (typeof target[key] !== 'object' || target[key] === null) {
        target[key] = {};
      }
      target = target[key];
    }
    target[path[path.length - 1]] = value;
    return copy;
  });

function evaluate(value: unknown) {
  return evaluateEntity(model, value, { now: NOW, lookup });
}

// ---------------------------------------------------------------------------

describe('never throws', () => {
  it('on arbitrary JSON', () => {
    fc.assert(
      fc.property(fc.jsonValue(), value => {
        expect(problems(evaluate(value))).toEqual([]);
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('on anything at all (BigInts, Maps, boxed values, null prototypes, …)', () => {
    fc.assert(
      fc.property(ANYTHING, value => {
        expect(problems(evaluate(value))).toEqual([]);
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('on entity-like objects with any part replaced by anything', () => {
    fc.assert(
      fc.property(mutantArb, value => {
        expect(problems(evaluate(value))).toEqual([]);
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('on a batch of anything, resolving relations among it', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(entityArb, mutantArb, ANYTHING), { maxLength: 6 }),
        values => {
          const results = evaluateEntities(model, values, { now: NOW });
          expect(results).toHaveLength(values.length);
          expect(results.flatMap(problems)).toEqual([]);
        },
      ),
      { numRuns: 100 },
    );
  });

  it('scores well-formed entity-like objects rather than rejecting them', () => {
    fc.assert(
      fc.property(entityArb, entity => {
        expect(evaluate(entity).outcome).not.toBe('invalid');
      }),
      { numRuns: NUM_RUNS },
    );
  });
});

// ---------------------------------------------------------------------------

type Addition =
  | { kind: 'annotation'; pick: number; valuePick: number }
  | { kind: 'link'; type: 'runbook' | 'dashboard' | 'documentation' }
  | { kind: 'dependsOn'; via: 'relations' | 'spec' }
  | { kind: 'waiver'; pick: number };

const additionArb: fc.Arbitrary<Addition> = fc.oneof(
  fc.record({
    kind: fc.constant('annotation' as const),
    pick: fc.nat(),
    valuePick: fc.nat(),
  }),
  fc.record({
    kind: fc.constant('link' as const),
    type: fc.constantFrom(
      'runbook' as const,
      'dashboard' as const,
      'documentation' as const,
    ),
  }),
  fc.record({
    kind: fc.constant('dependsOn' as const),
    via: fc.constantFrom('relations' as const, 'spec' as const),
  }),
  fc.record({ kind: fc.constant('waiver' as const), pick: fc.nat() }),
);

/**
 * The entity with one more piece of evidence: an annotation a check reads
 * that it does not carry yet, with a value that satisfies that check; a
 * runbook, dashboard or documentation link; a dependsOn on a Resource
 * provisioned as code; or a valid waiver for a check that fails.
 */
function withEvidence(entity: Entity, addition: Addition): Entity {
  const copy = structuredClone(entity);
  const annotations = { ...copy.metadata.annotations };
  switch (addition.kind) {
    case 'annotation': {
      const absent = ANNOTATION_KEYS.filter(key => !(key in annotations));
      if (absent.length > 0) {
        const key = absent[addition.pick % absent.length];
        const values = [...EVIDENCE_VALUES.get(key)!];
        annotations[key] = values[addition.valuePick % values.length];
      }
      break;
    }
    case 'link':
      copy.metadata.links = [
        ...(copy.metadata.links ?? []),
        { url: 'https://example.com/new', type: addition.type },
      ];
      break;
    case 'dependsOn':
      if (addition.via === 'relations') {
        copy.relations = [
          ...(copy.relations ?? []),
          { type: 'dependsOn', targetRef: 'resource:default/iac-db' },
        ];
      } else {
        const spec = copy.spec as { dependsOn?: string[] };
        spec.dependsOn = [...(spec.dependsOn ?? []), 'resource:default/iac-db'];
      }
      break;
    case 'waiver': {
      const before = evaluate(entity);
      const failing =
        before.outcome === 'scored'
          ? before.checks.filter(c => c.status === 'fail').map(c => c.id)
          : [];
      if (failing.length > 0) {
        const id = failing[addition.pick % failing.length];
        annotations[`${WAIVER_ANNOTATION_PREFIX}${id}`] =
          '2099-12-31: accepted risk';
      }
      break;
    }
    default:
      throw new Error('unknown addition');
  }
  copy.metadata.annotations = annotations;
  return copy;
}

const STATUS_RANK: Record<string, number> = { fail: 0, waived: 1, pass: 2 };

/** How `after` is worse than `before`, as readable lines. */
function worsening(
  before: EntityEvaluation,
  after: EntityEvaluation,
): string[] {
  if (before.outcome !== 'scored' || after.outcome !== 'scored') {
    return [];
  }
  const found: string[] = [];
  if (after.score < before.score) {
    found.push(`score ${before.score} -> ${after.score}`);
  }
  if (after.doraScore < before.doraScore) {
    found.push(`DORA score ${before.doraScore} -> ${after.doraScore}`);
  }
  if (after.stage.number < before.stage.number) {
    found.push(`stage ${before.stage.number} -> ${after.stage.number}`);
  }
  // Check by check: nothing gets worse, and applicability is unchanged.
  before.checks.forEach((check, i) => {
    const now = after.checks[i];
    const worse =
      now.id !== check.id ||
      (check.status === 'not-applicable') !==
        (now.status === 'not-applicable') ||
      STATUS_RANK[now.status] < STATUS_RANK[check.status];
    if (worse) {
      found.push(`${check.id}: ${check.status} -> ${now.id} ${now.status}`);
    }
  });
  return found;
}

describe('more evidence', () => {
  it('never lowers the score, the DORA score or the stage', () => {
    fc.assert(
      fc.property(entityArb, additionArb, (entity, addition) => {
        const before = evaluate(entity);
        const after = evaluate(withEvidence(entity, addition));
        expect(after.outcome).toBe(before.outcome);
        expect(worsening(before, after)).toEqual([]);
      }),
      { numRuns: 500 },
    );
  });

  it('waives a failing check when it gets a valid waiver, and drops it from the next stage', () => {
    // Not a consequence of the property above: the waiver must take effect.
    fc.assert(
      fc.property(entityArb, fc.nat(), (entity, pick) => {
        const before = evaluate(entity);
        if (before.outcome !== 'scored') return;
        const failing = before.checks.filter(c => c.status === 'fail');
        if (failing.length === 0) return;
        const { id } = failing[pick % failing.length];
        const after = evaluate({
          ...entity,
          metadata: {
            ...entity.metadata,
            annotations: {
              ...entity.metadata.annotations,
              [`${WAIVER_ANNOTATION_PREFIX}${id}`]: '2099-12-31: accepted',
            },
          },
        });
        if (after.outcome !== 'scored') {
          throw new Error(`expected scored, got ${after.outcome}`);
        }
        expect(after.checks.find(c => c.id === id)?.status).toBe('waived');
        expect(after.nextStage?.missing ?? []).not.toContain(id);
      }),
      { numRuns: NUM_RUNS },
    );
  });
});

// ---------------------------------------------------------------------------

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Reflect.ownKeys(value)) {
      deepFreeze((value as Record<PropertyKey, unknown>)[key]);
    }
  }
  return value;
}

describe('evaluation', () => {
  it('is deterministic: the same input twice gives deep-equal output', () => {
    fc.assert(
      fc.property(fc.oneof(entityArb, mutantArb, ANYTHING), value => {
        expect(evaluate(value)).toEqual(evaluate(value));
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('does not mutate its input (deep-frozen input scores as a fresh copy does)', () => {
    fc.assert(
      fc.property(fc.oneof(entityArb, fc.jsonValue()), value => {
        const pristine = structuredClone(value);
        const frozen = deepFreeze(structuredClone(value));
        const result = evaluate(frozen);
        // A write to a frozen object throws in strict mode; the engine would
        // catch it and call the entity invalid, so compare with a copy.
        expect(result).toEqual(evaluate(structuredClone(value)));
        expect(frozen).toEqual(pristine);
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('does not mutate the entities of a batch or of the lookup', () => {
    fc.assert(
      fc.property(fc.array(entityArb, { maxLength: 4 }), entities => {
        const pristine = structuredClone(entities);
        const frozen = deepFreeze(structuredClone(entities));
        const relatedBefore = structuredClone(RELATED);
        const results = evaluateEntities(model, frozen, {
          now: NOW,
          lookup: ref => lookup(ref),
        });
        expect(results).toEqual(
          evaluateEntities(model, structuredClone(entities), {
            now: NOW,
            lookup: ref => lookup(ref),
          }),
        );
        expect(frozen).toEqual(pristine);
        expect(RELATED).toEqual(relatedBefore);
      }),
      { numRuns: 100 },
    );
  });
});
