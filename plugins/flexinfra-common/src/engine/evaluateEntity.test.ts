import type { DimensionId } from '../model/dimensions';
import { defaultModelDefinition } from '../model/defaultModel';
import type { CheckDefinition } from '../model/schema';
import { compileModel } from './compileModel';
import { evaluateEntity } from './evaluateEntity';
import type { EntityEvaluation, ScoredEntity } from './types';

/*
 * The engine's semantics on a tiny model compiled here, so that every
 * expected number is worked out by hand below.
 */

const NOW = new Date('2026-06-01T12:00:00Z');

/** A check that passes when the entity carries the annotation `test/<id>`. */
function check(
  id: string,
  stage: 2 | 3 | 4 | 5 | null,
  weight: number,
  options: {
    dimension?: DimensionId;
    appliesTo?: CheckDefinition['appliesTo'];
  } = {},
): CheckDefinition {
  return {
    id,
    title: `Check ${id}`,
    dimension: options.dimension ?? 'infrastructure-as-code',
    stage,
    weight,
    appliesTo: options.appliesTo ?? { kind: 'Component' },
    evidence: {
      [`metadata.annotations.test/${id}`]: { $exists: true },
    } as CheckDefinition['evidence'],
    rationale: 'Because.',
    sources: ['flexible-infrastructure-maturity-card'],
    remediation: `Add test/${id}.`,
    docsUrl: `https://example.com/${id}`,
  };
}

function compile(...checks: CheckDefinition[]) {
  return compileModel({ targetStage: 3, checks });
}

/** A Component carrying the evidence of the given checks. */
function component(
  passing: string[],
  extra: Record<string, string> = {},
  kind = 'Component',
) {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind,
    metadata: {
      name: 'subject',
      annotations: {
        ...Object.fromEntries(passing.map(id => [`test/${id}`, 'yes'])),
        ...extra,
      },
    },
    spec: { type: 'service', owner: 'team-a', lifecycle: 'production' },
  };
}

function scored(evaluation: EntityEvaluation): ScoredEntity {
  if (evaluation.outcome !== 'scored') {
    throw new Error(
      `expected a scored entity, got ${JSON.stringify(evaluation)}`,
    );
  }
  return evaluation;
}

function evaluate(
  model: ReturnType<typeof compile>,
  entity: unknown,
  now = NOW,
) {
  return evaluateEntity(model, entity, { now });
}

function statusOf(evaluation: ScoredEntity, id: string) {
  return evaluation.checks.find(c => c.id === id);
}

describe('the stage ladder', () => {
  // Two gating checks at each of stages 2–5, plus one that only counts.
  const model = compile(
    check('a2', 2, 1),
    check('b2', 2, 1),
    check('a3', 3, 1),
    check('b3', 3, 1),
    check('a4', 4, 1),
    check('b4', 4, 1),
    check('a5', 5, 1),
    check('b5', 5, 1),
    check('extra', null, 1),
  );
  const all = ['a2', 'b2', 'a3', 'b3', 'a4', 'b4', 'a5', 'b5'];

  it('reaches stage 5 when every gating check passes, with no next stage', () => {
    const result = scored(evaluate(model, component(all)));
    expect(result.stage).toEqual({ number: 5, name: 'Adaptive Platform' });
    expect(result.nextStage).toBeNull();
  });

  it('stays on stage 1 when a stage-2 check fails, whatever else passes', () => {
    const result = scored(
      evaluate(model, component(all.filter(id => id !== 'b2'))),
    );
    expect(result.stage).toEqual({ number: 1, name: 'Static & Constrained' });
    expect(result.nextStage).toEqual({
      number: 2,
      name: 'Standardised but Rigid',
      missing: ['b2'],
    });
  });

  it('needs every gating check of stages 2..k for stage k', () => {
    // All of stages 2, 3 and 5 pass; stage 4 does not: stage 3.
    const result = scored(
      evaluate(model, component(['a2', 'b2', 'a3', 'b3', 'a4', 'a5', 'b5'])),
    );
    expect(result.stage.number).toBe(3);
    expect(result.nextStage).toEqual({
      number: 4,
      name: 'Resilient & Optimised',
      missing: ['b4'],
    });
  });

  it('lists every failing gating check of the next stage, in model order, and only those', () => {
    const result = scored(evaluate(model, component(['a2', 'b2'])));
    expect(result.stage.number).toBe(2);
    // a4, b4, a5, b5 and extra fail too, but are not the next stage's.
    expect(result.nextStage?.missing).toEqual(['a3', 'b3']);
  });

  it('is not held back by checks that gate no stage', () => {
    const result = scored(evaluate(model, component(all)));
    expect(statusOf(result, 'extra')?.status).toBe('fail');
    expect(result.stage.number).toBe(5);
  });

  it('stops the climb at a stage with no applicable gating check', () => {
    // Stage 3's only check applies to Resources; a Component passing stages
    // 2, 4 and 5 cannot skip stage 3.
    const gappy = compile(
      check('a2', 2, 1),
      check('r3', 3, 1, { appliesTo: { kind: 'Resource' } }),
      check('a4', 4, 1),
      check('a5', 5, 1),
    );
    const result = scored(evaluate(gappy, component(['a2', 'a4', 'a5'])));
    expect(statusOf(result, 'r3')?.status).toBe('not-applicable');
    expect(result.stage.number).toBe(2);
    // Stage 3 has nothing failing to name.
    expect(result.nextStage).toBeNull();

    // The same holds when the model has no stage-3 check at all.
    const noThree = compile(check('a2', 2, 1), check('a4', 4, 1));
    expect(
      scored(evaluate(noThree, component(['a2', 'a4']))).stage.number,
    ).toBe(2);
  });

  it('stays on stage 1 when no stage-2 check applies', () => {
    const model2 = compile(
      check('r2', 2, 1, { appliesTo: { kind: 'Resource' } }),
      check('a3', 3, 1),
    );
    const result = scored(evaluate(model2, component(['a3'])));
    expect(result.stage.number).toBe(1);
    expect(result.nextStage).toBeNull();
  });
});

describe('the score', () => {
  // Weights 1, 2, 3 and 4: passing a and c gives (1 + 3) / 10 = 40 %.
  const model = compile(
    check('a', 2, 1, { dimension: 'infrastructure-as-code' }),
    check('b', 3, 2, { dimension: 'infrastructure-as-code' }),
    check('c', 4, 3, { dimension: 'measured-service' }),
    check('d', null, 4, { dimension: 'rapid-elasticity' }),
    check('r', null, 5, {
      dimension: 'resource-pooling',
      appliesTo: { kind: 'Resource' },
    }),
  );

  it('is the weighted share of the applicable checks that pass', () => {
    const result = scored(evaluate(model, component(['a', 'c'])));
    // r does not apply to a Component: 4 / (1 + 2 + 3 + 4).
    expect(result.score).toBe(40);
    // 1 + 3 × 40 / 100
    expect(result.doraScore).toBe(2.2);
  });

  it.each([
    // passing, score, doraScore: worked out by hand
    [[], 0, 1],
    [['a'], 10, 1.3],
    [['a', 'b'], 30, 1.9],
    [['b', 'c'], 50, 2.5],
    [['d'], 40, 2.2],
    [['a', 'b', 'c', 'd'], 100, 4],
  ] as Array<[string[], number, number]>)(
    'passing %j scores %d (DORA %d)',
    (passing, score, doraScore) => {
      const result = scored(evaluate(model, component(passing)));
      expect(result.score).toBe(score);
      expect(result.doraScore).toBe(doraScore);
    },
  );

  it('rounds the score and the DORA score to one decimal', () => {
    const thirds = compile(check('x', 2, 1), check('y', 2, 2));
    // 1 / 3 = 33.33… %; DORA 1 + 3 × 1/3 = 2.0
    const one = scored(evaluate(thirds, component(['x'])));
    expect(one.score).toBe(33.3);
    expect(one.doraScore).toBe(2);
    // 2 / 3 = 66.66… %; DORA 1 + 3 × 2/3 = 3.0
    const two = scored(evaluate(thirds, component(['y'])));
    expect(two.score).toBe(66.7);
    expect(two.doraScore).toBe(3);

    const eighths = compile(check('x', 2, 1), check('y', 2, 7));
    // 1 / 8 = 12.5 %; DORA 1 + 3 × 0.125 = 1.375, rounded half up: 1.4
    const small = scored(evaluate(eighths, component(['x'])));
    expect(small.score).toBe(12.5);
    expect(small.doraScore).toBe(1.4);

    const sevenths = compile(check('x', 2, 1), check('y', 2, 6));
    // 1 / 7 = 14.285… %; DORA 1.428… → 1.4
    const tiny = scored(evaluate(sevenths, component(['x'])));
    expect(tiny.score).toBe(14.3);
    expect(tiny.doraScore).toBe(1.4);
  });

  it('is broken down by dimension, null where no check of a dimension applies', () => {
    const result = scored(evaluate(model, component(['a', 'c'])));
    const byId = Object.fromEntries(
      result.dimensions.map(d => [d.id, d.score]),
    );
    expect(byId).toEqual({
      // a passes (1), b fails (2): 1 / 3
      'infrastructure-as-code': 33.3,
      'measured-service': 100,
      'rapid-elasticity': 0,
      // r is this dimension's only check, and it does not apply
      'resource-pooling': null,
      'on-demand-self-service': null,
      'broad-network-access': null,
      'operational-excellence': null,
    });
  });

  it('reports every check of the model, in model order', () => {
    const result = scored(evaluate(model, component(['a'])));
    expect(result.checks.map(c => [c.id, c.status])).toEqual([
      ['a', 'pass'],
      ['b', 'fail'],
      ['c', 'fail'],
      ['d', 'fail'],
      ['r', 'not-applicable'],
    ]);
  });

  it('declines an entity no check applies to', () => {
    expect(evaluate(model, component([], {}, 'Group'))).toEqual({
      outcome: 'not-applicable',
      entityRef: 'group:default/subject',
      modelVersion: model.version,
    });
  });
});

describe('waivers', () => {
  const model = compile(
    check('a2', 2, 1),
    check('b2', 2, 3, { dimension: 'operational-excellence' }),
    check('a3', 3, 1),
    check('r', null, 1, { appliesTo: { kind: 'Resource' } }),
  );
  const waive = (id: string, value: string) => ({
    [`flexinfra.io/waive.${id}`]: value,
  });

  it('waives a failing check until the end of its day: it does not block the stage', () => {
    const entity = component(
      ['a2', 'a3'],
      waive('b2', '2026-06-30: migrating to Terraform in Q2'),
    );
    const result = scored(evaluate(model, entity));
    expect(statusOf(result, 'b2')).toEqual({
      id: 'b2',
      status: 'waived',
      message: 'Waived until 2026-06-30: migrating to Terraform in Q2',
      waiver: {
        expires: '2026-06-30',
        reason: 'migrating to Terraform in Q2',
        expired: false,
      },
    });
    expect(result.stage.number).toBe(3);
    // A waived check counts neither way: a2 and a3 pass, 2 / 2.
    expect(result.score).toBe(100);
    // Its dimension holds only the waived check.
    expect(
      result.dimensions.find(d => d.id === 'operational-excellence')?.score,
    ).toBe(100);
  });

  it('holds through the last second of the day, UTC', () => {
    const entity = component(['a2'], waive('b2', '2026-06-30: reason'));
    const lastSecond = new Date('2026-06-30T23:59:59.999Z');
    expect(
      statusOf(scored(evaluate(model, entity, lastSecond)), 'b2')?.status,
    ).toBe('waived');
    const nextDay = new Date('2026-07-01T00:00:00.000Z');
    expect(
      statusOf(scored(evaluate(model, entity, nextDay)), 'b2')?.status,
    ).toBe('fail');
  });

  it('fails an expired waiver, saying it expired on that date', () => {
    const entity = component(
      ['a2', 'a3'],
      waive('b2', '2026-05-31: until the migration'),
    );
    const result = scored(evaluate(model, entity));
    const b2 = statusOf(result, 'b2');
    expect(b2?.status).toBe('fail');
    expect(b2?.message).toBe(
      'Missing annotation test/b2. Its waiver expired on 2026-05-31 (until the migration).',
    );
    expect(b2?.waiver).toEqual({
      expires: '2026-05-31',
      reason: 'until the migration',
      expired: true,
    });
    expect(result.stage.number).toBe(1);
    expect(result.nextStage?.missing).toEqual(['b2']);
    // It counts as a failure: 2 of 5.
    expect(result.score).toBe(40);
  });

  it.each([
    ['no date', 'until we migrate'],
    ['no reason', '2026-12-31'],
    ['an empty reason', '2026-12-31:   '],
    ['a date that does not exist', '2026-02-30: leap year confusion'],
    ['a month 13', '2026-13-01: typo'],
    ['a short date', '2026-7-1: sloppy'],
    ['a date in another format', '31/12/2026: european'],
    ['an empty value', ''],
  ])('fails a malformed waiver (%s), naming the annotation', (_name, value) => {
    const entity = component(['a2', 'a3'], waive('b2', value));
    const result = scored(evaluate(model, entity));
    const b2 = statusOf(result, 'b2');
    expect(b2?.status).toBe('fail');
    expect(b2?.message).toMatch(/^Missing annotation test\/b2\. /);
    expect(b2?.message).toContain(
      `waiver annotation flexinfra.io/waive.b2 is malformed: expected "YYYY-MM-DD: reason", got ${JSON.stringify(
        value,
      )}`,
    );
    expect(b2?.waiver).toBeUndefined();
    expect(result.stage.number).toBe(1);
  });

  it('accepts a waiver without a space after the colon, and a multi-line reason', () => {
    const entity = component(
      ['a2'],
      waive('b2', '2026-12-31:tracked in\nPLAT-123'),
    );
    const b2 = statusOf(scored(evaluate(model, entity)), 'b2');
    expect(b2?.status).toBe('waived');
    expect(b2?.waiver?.reason).toBe('tracked in\nPLAT-123');
  });

  it('ignores a waiver on a passing check', () => {
    const entity = component(
      ['a2', 'b2'],
      waive('b2', '2026-12-31: no longer needed'),
    );
    const b2 = statusOf(scored(evaluate(model, entity)), 'b2');
    expect(b2?.status).toBe('pass');
    expect(b2?.message).toBe('Found annotation test/b2 = yes.');
    expect(b2?.waiver).toBeUndefined();
  });

  it('ignores a malformed or expired waiver on a passing check too', () => {
    const entity = component(['a2', 'b2'], waive('b2', 'whenever'));
    expect(statusOf(scored(evaluate(model, entity)), 'b2')?.status).toBe(
      'pass',
    );
  });

  it('ignores a waiver for a check that does not apply, or is not in the model', () => {
    const entity = component(['a2', 'b2', 'a3'], {
      ...waive('nope', '2026-12-31: no such check'),
      ...waive('r', 'not even a date'),
    });
    const result = scored(evaluate(model, entity));
    expect(result.checks.map(c => c.status)).toEqual([
      'pass',
      'pass',
      'pass',
      'not-applicable',
    ]);
  });

  it('waives only the check it names', () => {
    const entity = component([], waive('a2', '2026-12-31: reason'));
    const result = scored(evaluate(model, entity));
    expect(result.checks.map(c => c.status)).toEqual([
      'waived',
      'fail',
      'fail',
      'not-applicable',
    ]);
  });

  it('scores 100 when every applicable check is waived', () => {
    const entity = component([], {
      ...waive('a2', '2026-12-31: r'),
      ...waive('b2', '2026-12-31: r'),
      ...waive('a3', '2026-12-31: r'),
    });
    const result = scored(evaluate(model, entity));
    expect(result.score).toBe(100);
    expect(result.doraScore).toBe(4);
    expect(result.stage.number).toBe(3);
  });
});

describe('invalid entities', () => {
  const model = compile(check('a2', 2, 1));
  const valid = () => component(['a2']);

  it.each([
    ['undefined', undefined, /^expected an entity object, got undefined$/],
    ['null', null, /^expected an entity object, got null$/],
    [
      'a string',
      'component:default/x',
      /^expected an entity object, got "component:default\/x"$/,
    ],
    ['a number', 42, /^expected an entity object, got 42$/],
    ['NaN', NaN, /^expected an entity object, got NaN$/],
    ['a boolean', true, /^expected an entity object, got true$/],
    ['an array', [valid()], /^expected an entity object, got an array$/],
    ['a BigInt', BigInt(7), /^expected an entity object, got (a )?bigint/],
    [
      'a function',
      () => valid(),
      /^expected an entity object, got (a )?function/,
    ],
    [
      'a symbol',
      Symbol('entity'),
      /^expected an entity object, got (a )?symbol/,
    ],
  ])('rejects %s as not an object', (_name, value, error) => {
    const result = evaluate(model, value);
    expect(result).toEqual({
      outcome: 'invalid',
      entityRef: 'unknown',
      error: expect.stringMatching(error),
      modelVersion: model.version,
    });
  });

  it.each([
    ['no kind', (e: any) => delete e.kind, /^kind is missing or not a string$/],
    [
      'an empty kind',
      (e: any) => (e.kind = '  '),
      /^kind is missing or not a string$/,
    ],
    ['a kind that is a number', (e: any) => (e.kind = 1), /^kind is missing/],
    [
      'no metadata',
      (e: any) => delete e.metadata,
      /^metadata is missing or not an object$/,
    ],
    [
      'metadata that is a list',
      (e: any) => (e.metadata = []),
      /^metadata is missing or not an object$/,
    ],
    [
      'no metadata.name',
      (e: any) => delete e.metadata.name,
      /^metadata\.name is missing or not a string$/,
    ],
    [
      'an empty metadata.name',
      (e: any) => (e.metadata.name = ''),
      /^metadata\.name is missing/,
    ],
    [
      'a metadata.name that is a map',
      (e: any) => (e.metadata.name = { a: 1 }),
      /^metadata\.name is missing/,
    ],
    [
      'a namespace that is a number',
      (e: any) => (e.metadata.namespace = 3),
      /^metadata\.namespace is not a string$/,
    ],
    [
      'annotations that are a list',
      (e: any) => (e.metadata.annotations = ['a']),
      /^metadata\.annotations is not an object$/,
    ],
    [
      'annotations that are a string',
      (e: any) => (e.metadata.annotations = 'a=b'),
      /^metadata\.annotations is not an object$/,
    ],
    [
      'a numeric annotation',
      (e: any) => (e.metadata.annotations['flexinfra.io/backup'] = 1),
      /^metadata\.annotations\.flexinfra\.io\/backup is not a string$/,
    ],
    [
      'a boolean annotation',
      (e: any) => (e.metadata.annotations['test/a2'] = true),
      /^metadata\.annotations\.test\/a2 is not a string$/,
    ],
    [
      'a null annotation',
      (e: any) => (e.metadata.annotations['x/y'] = null),
      /^metadata\.annotations\.x\/y is not a string$/,
    ],
    [
      'links that are a map',
      (e: any) => (e.metadata.links = { url: 'x' }),
      /^metadata\.links is not a list$/,
    ],
    [
      'a spec that is a string',
      (e: any) => (e.spec = 'service'),
      /^spec is not an object$/,
    ],
    [
      'a spec that is a list',
      (e: any) => (e.spec = []),
      /^spec is not an object$/,
    ],
  ])('rejects an entity with %s, naming the field', (_name, mutate, error) => {
    const entity = valid();
    mutate(entity);
    const result = evaluate(model, entity);
    expect(result.outcome).toBe('invalid');
    expect(result).toMatchObject({
      error: expect.stringMatching(error),
      modelVersion: model.version,
    });
  });

  it('names the entity when its kind and name are readable', () => {
    const entity: any = valid();
    entity.metadata.namespace = 'Payments';
    entity.metadata.annotations['x/y'] = 7;
    expect(evaluate(model, entity)).toMatchObject({
      outcome: 'invalid',
      entityRef: 'component:payments/subject',
    });
  });

  it('is lenient about what it does not read', () => {
    const entity: any = valid();
    entity.apiVersion = 42;
    entity.spec.owner = { not: 'a string' };
    entity.metadata.tags = 'not-a-list';
    entity.metadata.links = [null, 'just-a-string', { url: 1 }];
    entity.relations = 'none';
    expect(evaluate(model, entity).outcome).toBe('scored');
  });
});

describe('blank values', () => {
  const model = compileModel(defaultModelDefinition);
  const defaultStatusOf = (entity: unknown, checkId: string) => {
    const result = evaluateEntity(model, entity, {
      now: new Date('2026-11-23T00:00:00Z'),
    });
    if (result.outcome !== 'scored') {
      throw new Error(`expected a scored entity, got ${result.outcome}`);
    }
    return result.checks.find(c => c.id === checkId)?.status;
  };
  const service = (annotations: Record<string, string>, spec: object) => ({
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: { name: 'svc', annotations },
    spec: { type: 'service', lifecycle: 'production', ...spec },
  });

  it('treats an empty annotation value as no evidence', () => {
    expect(
      defaultStatusOf(
        service({ 'flexinfra.io/iac-location': '' }, {}),
        'iac-location',
      ),
    ).toBe('fail');
    expect(
      defaultStatusOf(
        service({ 'flexinfra.io/iac-location': '  ' }, {}),
        'iac-location',
      ),
    ).toBe('fail');
    expect(
      defaultStatusOf(
        service(
          { 'flexinfra.io/iac-location': 'url:https://x.example/iac' },
          {},
        ),
        'iac-location',
      ),
    ).toBe('pass');
  });

  it('treats an owner left empty as no owner', () => {
    expect(defaultStatusOf(service({}, { owner: null }), 'owned')).toBe('fail');
    expect(defaultStatusOf(service({}, { owner: '' }), 'owned')).toBe('fail');
    expect(defaultStatusOf(service({}, { owner: 'team-a' }), 'owned')).toBe(
      'pass',
    );
  });
});

describe('facts from fact providers', () => {
  const onCall: CheckDefinition = {
    ...check('paged', 2, 1),
    evidence: {
      'facts.pager.activeSchedule': true,
    } as CheckDefinition['evidence'],
  };
  const model = compile(onCall);

  function statusWith(facts?: Record<string, unknown>) {
    const result = evaluateEntity(model, component([]), {
      now: NOW,
      facts,
    }) as ScoredEntity;
    return result.checks[0];
  }

  it('lets evidence read what a provider found out', () => {
    expect(statusWith({ pager: { activeSchedule: true } })).toMatchObject({
      status: 'pass',
      message: expect.stringContaining('facts.pager.activeSchedule'),
    });
  });

  it('fails without the fact, or with another value', () => {
    expect(statusWith().status).toBe('fail');
    expect(statusWith({ pager: { activeSchedule: false } }).status).toBe(
      'fail',
    );
  });

  it('does not let a provider replace a built-in fact', () => {
    const multiRegion = compile({
      ...check('multi', 2, 1),
      evidence: { 'facts.multiRegion': true } as CheckDefinition['evidence'],
    });
    const result = evaluateEntity(multiRegion, component([]), {
      now: NOW,
      facts: { multiRegion: true },
    }) as ScoredEntity;
    expect(result.checks[0].status).toBe('fail');
  });
});

describe('messages', () => {
  const onCall: CheckDefinition = {
    ...check('paged', 2, 1),
    evidence: {
      'facts.pager.schedules': { $contains: { active: true } },
    } as CheckDefinition['evidence'],
  };
  const model = compile(onCall);

  /** A schedule that counts how often its description is read. */
  function countingSchedule() {
    const reads = { count: 0 };
    const schedule = {
      active: true,
      get url() {
        reads.count += 1;
        return 'https://pager.example.com/schedules/1';
      },
    };
    return { reads, schedule };
  }

  it('are worked out when the checks are first read, not when the entity is scored, and then kept', () => {
    const { reads, schedule } = countingSchedule();
    const evaluation = scored(
      evaluateEntity(model, component([]), {
        now: NOW,
        facts: { pager: { schedules: [schedule] } },
      }),
    );
    expect(evaluation.stage.number).toBe(2);
    expect(evaluation.score).toBe(100);
    expect(reads.count).toBe(0);
    const [result] = evaluation.checks;
    const afterFirstRead = reads.count;
    expect(afterFirstRead).toBeGreaterThan(0);
    expect(result).toEqual({
      id: 'paged',
      status: 'pass',
      message:
        'Found facts.pager.schedules: https://pager.example.com/schedules/1.',
      evidence: [
        {
          origin: 'provider',
          provider: 'pager',
          text: 'facts.pager.schedules: https://pager.example.com/schedules/1',
        },
      ],
    });
    expect(evaluation.checks).toBe(evaluation.checks);
    expect(JSON.parse(JSON.stringify(evaluation)).checks).toEqual([result]);
    expect(reads.count).toBe(afterFirstRead);
  });

  it('never make reading a result throw, even when the evidence cannot be described', () => {
    const schedule = {
      active: true,
      get url(): string {
        throw new Error('no url today');
      },
    };
    const [result] = scored(
      evaluateEntity(model, component([]), {
        now: NOW,
        facts: { pager: { schedules: [schedule] } },
      }),
    ).checks;
    expect(result.status).toBe('pass');
    expect(result.message).toBe(
      'Found evidence (could not be described: no url today).',
    );
  });
});
