import { compileModel } from '../engine/compileModel';
import { evaluateEntity } from '../engine/evaluateEntity';
import defaultModelJson from './default-model.json';
import { defaultModelDefinition } from './defaultModel';
import { applyModelOverrides } from './overrides';
import {
  InvalidModelError,
  type CheckDefinition,
  type ModelDefinition,
} from './schema';
import { SOURCE_DOCUMENTS } from './sources';
import { contentVersion } from './version';

const NOW = new Date('2026-06-01T12:00:00Z');

/** A fresh, mutable copy of the default model's JSON. */
function modelJson(): {
  targetStage: number;
  checks: Array<Record<string, any>>;
} {
  return JSON.parse(JSON.stringify(defaultModelJson));
}

function errorOf(f: () => unknown): InvalidModelError {
  try {
    f();
  } catch (error) {
    expect(error).toBeInstanceOf(InvalidModelError);
    return error as InvalidModelError;
  }
  throw new Error('expected an InvalidModelError, nothing was thrown');
}

const extraCheck: CheckDefinition = {
  id: 'slo-defined',
  title: 'Has an SLO',
  dimension: 'measured-service',
  stage: null,
  weight: 2,
  appliesTo: { $all: [{ kind: 'Component' }, { 'spec.type': 'service' }] },
  evidence: { 'metadata.annotations.example.com/slo': { $exists: true } },
  rationale: 'Reliability is measured against an objective.',
  sources: ['infrastructure-operational-excellence'],
  remediation: 'Define an SLO and add example.com/slo.',
  docsUrl: 'https://example.com/slo',
};

describe('the default model', () => {
  const sourceIds = new Set(SOURCE_DOCUMENTS.map(s => s.id));

  it('is valid and compiles', () => {
    const model = compileModel(defaultModelJson, 'default-model.json');
    expect(model.checks).toHaveLength(defaultModelJson.checks.length);
    expect(model.definition).toEqual(defaultModelDefinition);
  });

  it('has a check gating every stage from 2 to 5', () => {
    const stages = new Set(defaultModelDefinition.checks.map(c => c.stage));
    expect([2, 3, 4, 5].filter(s => !stages.has(s as 2))).toEqual([]);
  });

  it.each(defaultModelDefinition.checks.map(c => [c.id, c] as const))(
    "%s cites sources of the project's list, and explains itself",
    (_id, check) => {
      expect(check.sources.length).toBeGreaterThan(0);
      for (const source of check.sources) {
        expect([source, sourceIds.has(source)]).toEqual([source, true]);
      }
      expect(check.rationale.trim()).not.toBe('');
      expect(check.remediation.trim()).not.toBe('');
      expect(check.title.trim()).not.toBe('');
      expect(check.docsUrl).toMatch(new RegExp(`^https://.*#${check.id}$`));
      // A template, when there is one, is a Template entity ref.
      expect(check.template ?? 'template:default/none').toMatch(
        /^template:default\/[a-z0-9-]+$/,
      );
    },
  );
});

describe('compileModel', () => {
  it('names the key path of every problem', () => {
    const json = modelJson();
    json.checks[3].weight = -1;
    json.checks[4].dimension = 'vibes';
    json.checks[5].stage = 1;
    json.checks[6].appliesTo = { $all: [{ $bogus: 1 }] };
    delete json.checks[7].sources;
    json.checks[8].docsUrl = 'not a url';
    json.targetStage = 6;
    const error = errorOf(() => compileModel(json));
    expect(error.message).toMatch(/^Invalid FlexInfra model in model: /);
    const paths = error.issues.map(issue => issue.split(':')[0]);
    expect(paths).toEqual(
      expect.arrayContaining([
        'model.targetStage',
        'model.checks[3].weight',
        'model.checks[4].dimension',
        'model.checks[5].stage',
        'model.checks[6].appliesTo',
        'model.checks[7].sources',
        'model.checks[8].docsUrl',
      ]),
    );
    expect(error.issues).toContainEqual(
      expect.stringMatching(/^model\.checks\[3\]\.weight: .*>0/),
    );
  });

  it('uses the source it is given as the root of key paths', () => {
    const json = modelJson();
    json.checks[0].weight = 'heavy';
    const error = errorOf(() => compileModel(json, 'my-model.json'));
    expect(error.issues).toEqual([
      expect.stringMatching(
        /^my-model\.json\.checks\[0\]\.weight: .*expected number/,
      ),
    ]);
  });

  it.each([
    ['not an object', 'model', () => 'model'],
    ['no checks', 'model.checks', () => ({ targetStage: 3, checks: [] })],
    ['an unknown key', 'model', () => ({ ...modelJson(), extra: true })],
    [
      'an unknown key in a check',
      'model.checks[0]',
      () => {
        const json = modelJson();
        json.checks[0].colour = 'blue';
        return json;
      },
    ],
    [
      'a bad check id',
      'model.checks[1].id',
      () => {
        const json = modelJson();
        json.checks[1].id = 'Not_A_Slug';
        return json;
      },
    ],
    [
      'a weight over 100',
      'model.checks[2].weight',
      () => {
        const json = modelJson();
        json.checks[2].weight = 101;
        return json;
      },
    ],
    [
      'an empty rationale',
      'model.checks[2].rationale',
      () => {
        const json = modelJson();
        json.checks[2].rationale = '';
        return json;
      },
    ],
  ])('rejects %s, naming %s', (_name, path, make) => {
    const error = errorOf(() => compileModel(make()));
    expect(
      error.issues.map(issue => issue.slice(0, issue.indexOf(': '))),
    ).toContain(path);
  });

  it('rejects duplicate check ids, naming both', () => {
    const json = modelJson();
    json.checks[5].id = json.checks[2].id;
    const error = errorOf(() => compileModel(json));
    expect(error.issues).toEqual([
      `model.checks[5].id: "${json.checks[2].id}" is also the id of model.checks[2]`,
    ]);
  });
});

describe('applyModelOverrides', () => {
  const base = defaultModelDefinition;
  const find = (model: ModelDefinition, id: string) =>
    model.checks.find(c => c.id === id);

  it('changes nothing without overrides', () => {
    expect(applyModelOverrides(base, undefined)).toBe(base);
    expect(applyModelOverrides(base, null)).toBe(base);
    expect(compileModel(applyModelOverrides(base, {})).version).toBe(
      compileModel(base).version,
    );
    expect(
      compileModel(applyModelOverrides(base, { checks: { owned: {} } }))
        .version,
    ).toBe(compileModel(base).version);
  });

  it("changes a check's weight and stage, leaving the rest alone", () => {
    const model = applyModelOverrides(base, {
      checks: {
        runbook: { weight: 5, stage: 3 },
        'code-quality': { stage: 4 },
      },
    });
    expect(find(model, 'runbook')).toEqual({
      ...find(base, 'runbook'),
      weight: 5,
      stage: 3,
    });
    expect(find(model, 'code-quality')?.stage).toBe(4);
    expect(find(model, 'code-quality')?.weight).toBe(
      find(base, 'code-quality')?.weight,
    );
    expect(model.checks.map(c => c.id)).toEqual(base.checks.map(c => c.id));
    // Others are untouched, and so is the input model.
    expect(find(model, 'owned')).toEqual(find(base, 'owned'));
    expect(find(base, 'runbook')?.weight).toBe(1);
  });

  it("can make a gating check count only towards the score in app-config (stage: 'none')", () => {
    // Backstage's ConfigReader drops nulls, so app-config spells it 'none'.
    const model = applyModelOverrides(defaultModelDefinition, {
      checks: { runbook: { stage: 'none' } },
    });
    expect(find(model, 'runbook')?.stage).toBeNull();
  });

  it('can make a gating check count only towards the score (stage: null)', () => {
    const model = applyModelOverrides(base, {
      checks: { 'provisioning-declared': { stage: null } },
    });
    expect(find(model, 'provisioning-declared')?.stage).toBeNull();
  });

  it('disables a check, and keeps it with enabled: true', () => {
    const model = applyModelOverrides(base, {
      checks: {
        backups: { enabled: false },
        owned: { enabled: true, weight: 2 },
      },
    });
    expect(find(model, 'backups')).toBeUndefined();
    expect(find(model, 'owned')?.weight).toBe(2);
    expect(model.checks).toHaveLength(base.checks.length - 1);
  });

  it('changes how an entity is staged', () => {
    // A service that meets every stage-2 check but provisioning-declared.
    const entity = {
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Component',
      metadata: {
        name: 'svc',
        annotations: {
          'github.com/project-slug': 'acme/svc',
          'backstage.io/techdocs-ref': 'dir:.',
        },
      },
      spec: {
        type: 'service',
        owner: 'team-a',
        lifecycle: 'production',
        system: 'shop',
      },
    };
    const stageWith = (overrides: unknown) => {
      const result = evaluateEntity(
        compileModel(applyModelOverrides(base, overrides)),
        entity,
        { now: NOW },
      );
      return result.outcome === 'scored' ? result.stage.number : result.outcome;
    };
    expect(stageWith(undefined)).toBe(1);
    expect(
      stageWith({ checks: { 'provisioning-declared': { enabled: false } } }),
    ).toBe(2);
    expect(
      stageWith({ checks: { 'provisioning-declared': { stage: null } } }),
    ).toBe(2);
  });

  it('sets the target stage', () => {
    expect(applyModelOverrides(base, { targetStage: 4 }).targetStage).toBe(4);
    expect(applyModelOverrides(base, { checks: {} }).targetStage).toBe(
      base.targetStage,
    );
  });

  it('adds checks with their own filter predicates', () => {
    const model = applyModelOverrides(base, { additionalChecks: [extraCheck] });
    expect(model.checks).toHaveLength(base.checks.length + 1);
    expect(model.checks[model.checks.length - 1]).toEqual(extraCheck);

    const compiled = compileModel(model);
    const entity = (type: string, annotations: Record<string, string>) => ({
      kind: 'Component',
      metadata: { name: 'svc', annotations },
      spec: { type },
    });
    const statusOf = (value: unknown) => {
      const result = evaluateEntity(compiled, value, { now: NOW });
      return result.outcome === 'scored'
        ? result.checks.find(c => c.id === 'slo-defined')
        : undefined;
    };
    expect(statusOf(entity('service', { 'example.com/slo': '99.9' }))).toEqual({
      id: 'slo-defined',
      status: 'pass',
      message: 'Found annotation example.com/slo = 99.9.',
      evidence: [
        { origin: 'catalog', text: 'annotation example.com/slo = 99.9' },
      ],
    });
    expect(statusOf(entity('service', {}))).toMatchObject({
      status: 'fail',
      message: 'Missing annotation example.com/slo.',
    });
    expect(statusOf(entity('website', {}))?.status).toBe('not-applicable');
  });

  it('rejects an unknown check id, naming flexinfra.model.checks.<id>', () => {
    const error = errorOf(() =>
      applyModelOverrides(base, {
        checks: { 'no-such-check': { weight: 2 }, owned: { weight: 3 } },
      }),
    );
    expect(error.issues).toEqual([
      'flexinfra.model.checks.no-such-check: no check with this id in the model',
    ]);
  });

  it('uses the source it is given as the root of key paths', () => {
    const error = errorOf(() =>
      applyModelOverrides(base, { checks: { nope: {} } }, 'flexinfra.yaml'),
    );
    expect(error.issues).toEqual([
      'flexinfra.yaml.checks.nope: no check with this id in the model',
    ]);
  });

  it.each([
    [
      'a weight that is a string',
      { checks: { owned: { weight: 'high' } } },
      'flexinfra.model.checks.owned.weight',
    ],
    [
      'a zero weight',
      { checks: { owned: { weight: 0 } } },
      'flexinfra.model.checks.owned.weight',
    ],
    [
      'enabled that is a string',
      { checks: { owned: { enabled: 'no' } } },
      'flexinfra.model.checks.owned.enabled',
    ],
    [
      'stage 1',
      { checks: { owned: { stage: 1 } } },
      'flexinfra.model.checks.owned.stage',
    ],
    [
      'an unknown key in a check',
      { checks: { owned: { title: 'x' } } },
      'flexinfra.model.checks.owned',
    ],
    ['target stage 6', { targetStage: 6 }, 'flexinfra.model.targetStage'],
    ['target stage 2.5', { targetStage: 2.5 }, 'flexinfra.model.targetStage'],
    [
      'checks that are a list',
      { checks: [{ weight: 1 }] },
      'flexinfra.model.checks',
    ],
    ['an unknown key', { checkz: {} }, 'flexinfra.model'],
    ['overrides that are a string', 'weight: 2', 'flexinfra.model'],
    [
      'an additional check without evidence',
      { additionalChecks: [{ ...extraCheck, evidence: undefined }] },
      'flexinfra.model.additionalChecks[0].evidence',
    ],
    [
      'an additional check with a bad predicate',
      {
        additionalChecks: [{ ...extraCheck, appliesTo: { $any: 'Component' } }],
      },
      'flexinfra.model.additionalChecks[0].appliesTo',
    ],
  ])('rejects %s, naming %s', (_name, overrides, path) => {
    const error = errorOf(() => applyModelOverrides(base, overrides));
    expect(error.message).toMatch(
      /^Invalid FlexInfra model in flexinfra\.model: /,
    );
    expect(
      error.issues.map(issue => issue.slice(0, issue.indexOf(': '))),
    ).toContain(path);
  });

  it('rejects an additional check whose id the model already has', () => {
    const error = errorOf(() =>
      applyModelOverrides(base, {
        additionalChecks: [{ ...extraCheck, id: 'runbook' }],
      }),
    );
    expect(error.issues).toEqual([
      'flexinfra.model.additionalChecks[0].id: "runbook" is already a check of the model',
    ]);
  });

  it('rejects two additional checks with the same id, naming the config path', () => {
    const error = errorOf(() =>
      applyModelOverrides(base, {
        additionalChecks: [extraCheck, { ...extraCheck, weight: 1 }],
      }),
    );
    expect(error.issues).toEqual([
      'flexinfra.model.additionalChecks[1].id: "slo-defined" is also the id of flexinfra.model.additionalChecks[0]',
    ]);
  });

  it('rejects overrides that disable every check', () => {
    const everything = Object.fromEntries(
      base.checks.map(c => [c.id, { enabled: false }]),
    );
    const error = errorOf(() =>
      applyModelOverrides(base, { checks: everything }),
    );
    expect(error.issues).toContainEqual(
      expect.stringMatching(/^flexinfra\.model\.checks: /),
    );
  });
});

describe('the model version', () => {
  const version = compileModel(defaultModelDefinition).version;

  it('is a short hex hash', () => {
    expect(version).toMatch(/^[0-9a-f]{12}$/);
  });

  it('is the same for the same content', () => {
    expect(compileModel(modelJson()).version).toBe(version);
    expect(compileModel(defaultModelJson).version).toBe(version);
  });

  it('ignores key order', () => {
    const reversed = (value: unknown): unknown => {
      if (Array.isArray(value)) return value.map(reversed);
      if (value && typeof value === 'object') {
        return Object.fromEntries(
          Object.entries(value)
            .reverse()
            .map(([k, v]) => [k, reversed(v)]),
        );
      }
      return value;
    };
    const json = reversed(modelJson());
    expect(Object.keys(json as object)).toEqual(['checks', 'targetStage']);
    expect(compileModel(json).version).toBe(version);
    expect(contentVersion({ a: 1, b: [1, 2] })).toBe(
      contentVersion({ b: [1, 2], a: 1 }),
    );
  });

  it.each([
    [
      'a weight',
      (json: ReturnType<typeof modelJson>) => (json.checks[0].weight = 2),
    ],
    [
      'a stage',
      (json: ReturnType<typeof modelJson>) => (json.checks[0].stage = 3),
    ],
    [
      'the target stage',
      (json: ReturnType<typeof modelJson>) => (json.targetStage = 4),
    ],
    [
      'a remediation',
      (json: ReturnType<typeof modelJson>) =>
        (json.checks[0].remediation += '!'),
    ],
    [
      'an evidence predicate',
      (json: ReturnType<typeof modelJson>) =>
        (json.checks[0].evidence = { 'spec.owner': { $exists: false } }),
    ],
    [
      'the order of checks',
      (json: ReturnType<typeof modelJson>) => json.checks.reverse(),
    ],
    [
      'a removed check',
      (json: ReturnType<typeof modelJson>) => json.checks.pop(),
    ],
  ])('changes when %s changes', (_name, change) => {
    const json = modelJson();
    change(json);
    expect(compileModel(json).version).not.toBe(version);
  });

  it('changes with overrides that change the model, and not with ones that do not', () => {
    const weight = compileModel(
      applyModelOverrides(defaultModelDefinition, {
        checks: { owned: { weight: 2 } },
      }),
    ).version;
    expect(weight).not.toBe(version);
    const same = compileModel(
      applyModelOverrides(defaultModelDefinition, {
        checks: { owned: { weight: 1 } },
      }),
    ).version;
    expect(same).toBe(version);
  });

  it('is stamped on every evaluation', () => {
    const model = compileModel(defaultModelDefinition);
    expect(evaluateEntity(model, {}, { now: NOW }).modelVersion).toBe(version);
  });
});
