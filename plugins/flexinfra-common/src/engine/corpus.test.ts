import {
  listCorpusFiles,
  loadCorpusFile,
  type CorpusFile,
} from '../__testUtils__/corpus';
import { evaluationProblems } from '../__testUtils__/evaluations';
import { defaultModelDefinition } from '../model/defaultModel';
import { compileModel } from './compileModel';
import { evaluateEntities } from './evaluateEntities';
import type { EntityEvaluation, ScoredEntity } from './types';

/**
 * Scores every document of every file of shared/corpus/real-catalog (real
 * catalog files from public repositories, templated skeletons included) with
 * the default model. Parsing YAML is not the engine's job: files the `yaml`
 * package cannot parse are skipped, and the test asserts that they really do
 * not parse. Everything that parses goes to the engine as it is, empty
 * documents and non-entities included.
 */

const NOW = new Date('2026-06-01T12:00:00Z');
const model = compileModel(defaultModelDefinition);

/**
 * The files the `yaml` package rejects. The corpus README lists three files
 * PyYAML rejects; the third, GoodCod3's cookiecutter skeleton
 * (`name: {{cookiecutter.project_name}}`), is valid YAML 1.2 to the `yaml`
 * package (a flow mapping as the name), so the engine sees it and must call
 * it invalid.
 */
const UNPARSEABLE = [
  'GSVlabs__philu-credentials-themes__catalog-info.yml',
  'templated/yamad07__cookiecutter-go-library__cookiecutter.project_slug__catalog-info.yaml',
];

interface Scored {
  file: string;
  document: unknown;
  evaluation: EntityEvaluation;
}

const files: CorpusFile[] = listCorpusFiles().map(loadCorpusFile);
// Each file is scored as one batch, the way the CLI scores the descriptor
// files it is given: relations resolve among the file's entities.
const scored: Scored[] = files.flatMap(({ file, documents }) => {
  const evaluations = evaluateEntities(model, documents, { now: NOW });
  return evaluations.map((evaluation, i) => ({
    file,
    document: documents[i],
    evaluation,
  }));
});

function find(file: string, entityRef: string): EntityEvaluation {
  const matches = scored.filter(
    s => s.file === file && s.evaluation.entityRef === entityRef,
  );
  expect(matches).toHaveLength(1);
  return matches[0].evaluation;
}

function scoredEntity(file: string, entityRef: string): ScoredEntity {
  const evaluation = find(file, entityRef);
  if (evaluation.outcome !== 'scored') {
    throw new Error(`${entityRef} in ${file} is ${evaluation.outcome}`);
  }
  return evaluation;
}

describe('the real-catalog corpus', () => {
  it('holds every file the corpus README counts (119 top level, 5 templated)', () => {
    expect(files).toHaveLength(124);
    expect(files.filter(f => f.file.startsWith('templated/'))).toHaveLength(5);
  });

  it('skips exactly the files whose YAML does not parse, each with a parse error', () => {
    const unparseable = files.filter(f => f.errors.length > 0);
    expect(unparseable.map(f => f.file).sort()).toEqual(
      [...UNPARSEABLE].sort(),
    );
    for (const file of unparseable) {
      expect(file.errors[0]).toEqual(expect.any(String));
      expect(file.errors[0].length).toBeGreaterThan(0);
      expect(file.documents).toEqual([]);
    }
  });

  it('gives every document of every parsed file an evaluation', () => {
    const documents = files.reduce((n, f) => n + f.documents.length, 0);
    expect(scored).toHaveLength(documents);
    // 265 entities in the files PyYAML parses, plus the GoodCod3 skeleton.
    const withKind = scored.filter(
      s =>
        typeof s.document === 'object' &&
        s.document !== null &&
        'kind' in s.document,
    );
    expect(withKind).toHaveLength(266);
  });

  it('scores, declines or rejects each document, never anything else', () => {
    const problems = scored.flatMap(({ file, evaluation }) =>
      evaluationProblems(evaluation, model.version, model.checks.length).map(
        problem => `${file}: ${problem}`,
      ),
    );
    expect(problems).toEqual([]);
    const outcomes = new Set(scored.map(s => s.evaluation.outcome));
    expect(outcomes).toEqual(new Set(['scored', 'not-applicable', 'invalid']));
  });

  it('scores every Resource, and no API, Group, User, System, Domain, Location or Template', () => {
    const outcomes = (kind: string) =>
      new Set(
        scored
          .filter(s => (s.document as { kind?: unknown })?.kind === kind)
          .map(s => s.evaluation.outcome),
      );
    expect(outcomes('Resource')).toEqual(new Set(['scored']));
    for (const kind of [
      'API',
      'Group',
      'User',
      'System',
      'Domain',
      'Location',
      'Template',
    ]) {
      expect([kind, outcomes(kind)]).toEqual([
        kind,
        new Set(['not-applicable']),
      ]);
    }
  });

  it('does not score the `Service` kind, which is not a Backstage kind', () => {
    const service = find(
      'Kristopherlb__shinobi__backstage__catalog-info.yaml',
      'service:default/orders-api',
    );
    expect(service.outcome).toBe('not-applicable');
  });

  it.each([
    // No kind at all: a GitLab CI catalog file and a plugin-directory listing.
    [
      'LLNL__radiuss-shared-ci__catalog-info.yml',
      'unknown',
      /^kind is missing/,
    ],
    [
      'armosec__backstage-plugin__backstage.yaml',
      'unknown',
      /^kind is missing/,
    ],
    // links is a `$yaml:` placeholder map instead of a list.
    [
      'ibm-messaging__mq-dev-patterns__backstage__catalog-info.yaml',
      'component:default/ibm-mq-dev-resources',
      /^metadata\.links is not a list$/,
    ],
    // A trailing `---` makes an empty document.
    [
      'repaygithub__cactus__.backstage__catalog-info.yaml',
      'unknown',
      /^expected an entity object, got null$/,
    ],
    // The unrendered cookiecutter name parses as a mapping.
    [
      'templated/GoodCod3__flask-cookiecutter__cookiecutter.project_name__catalog-info.yaml',
      'unknown',
      /^metadata\.name is missing or not a string$/,
    ],
  ])('rejects %s (%s), naming what is wrong', (file, entityRef, error) => {
    const invalid = scored.filter(
      s =>
        s.file === file &&
        s.evaluation.entityRef === entityRef &&
        s.evaluation.outcome === 'invalid',
    );
    expect(invalid).toHaveLength(1);
    expect(invalid[0].evaluation).toMatchObject({
      error: expect.stringMatching(error),
    });
  });

  /*
   * Stages of real entities. No real file carries flexinfra.io/provisioning,
   * which stage 2 of the default model requires of every Component and
   * Resource it scores ("provisioning-declared": stage 2 replaces ad hoc
   * provisioning with a standard process), so every real entity lands on
   * stage 1. What differs is how far each is from stage 2.
   */
  it('puts the richest real service on stage 2: a shared platform, no infrastructure as code', () => {
    // VitruvianSoftware's Backstage: owner, lifecycle, system, GitHub slug
    // (source and CI), techdocs, and deployed on Kubernetes through Argo CD,
    // which is evidence of a standard provisioning process (stage 2) and of a
    // declarative deployment (a stage-3 check). No infrastructure as code and
    // no autoscaling keep it below stage 3.
    const vitruvian = scoredEntity(
      'VitruvianSoftware__vitruvian-core__backstage__catalog-info.yaml',
      'component:default/backstage',
    );
    expect(vitruvian.stage).toEqual({
      number: 2,
      name: 'Standardised but Rigid',
    });
    expect(vitruvian.nextStage).toEqual({
      number: 3,
      name: 'Elastic & Programmable',
      missing: ['iac-managed', 'iac-location', 'autoscaling'],
    });
  });

  it('puts a bare real service on stage 1, far from stage 2', () => {
    // patterninc's caterpillar has no owner, no lifecycle and a `repo`
    // annotation no check recognises; only spec.system is there.
    const caterpillar = scoredEntity(
      'patterninc__caterpillar__backstage.yaml',
      'component:default/caterpillar',
    );
    expect(caterpillar.stage.number).toBe(1);
    expect(caterpillar.nextStage?.missing).toEqual([
      'owned',
      'lifecycle-declared',
      'source-linked',
      'documented',
      'ci-pipeline',
      'provisioning-declared',
    ]);
    expect(caterpillar.score).toBeLessThan(5);
  });

  it('puts a real database on stage 1, its owner and system not enough', () => {
    // ahosgood's wagtail-db: a Resource of type database with owner and
    // system, so the Resource checks apply, including backups.
    const db = scoredEntity(
      'ahosgood__tna-backstage-config__catalog__resources__wagtail-db.yaml',
      'resource:default/wagtail-db',
    );
    expect(db.stage.number).toBe(1);
    expect(db.nextStage?.missing).toEqual(['provisioning-declared']);
    expect(db.checks.find(c => c.id === 'backups')?.status).toBe('fail');
    expect(db.checks.find(c => c.id === 'runbook')?.status).toBe(
      'not-applicable',
    );
  });

  it('lands real catalogs low on the ladder: stage 1 or 2, nothing declares IaC and autoscaling', () => {
    const stages = scored
      .filter(s => s.evaluation.outcome === 'scored')
      .map(s => (s.evaluation as ScoredEntity).stage.number);
    expect(new Set(stages)).toEqual(new Set([1, 2]));
    // Most real entities carry too little metadata for stage 2.
    const atStage2 = stages.filter(n => n === 2).length;
    expect(atStage2).toBeGreaterThan(0);
    expect(atStage2).toBeLessThan(stages.length / 2);
  });

  it('scores the whole corpus as one batch the same way', () => {
    const documents = files.flatMap(f => f.documents);
    const together = evaluateEntities(model, documents, { now: NOW });
    expect(together.map(e => e.outcome)).toEqual(
      scored.map(s => s.evaluation.outcome),
    );
  });
});
