import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse, parseAllDocuments } from 'yaml';
import { compileModel } from '../engine/compileModel';
import { evaluateEntity } from '../engine/evaluateEntity';
import { buildFacts } from '../engine/facts';
import type { ScoredEntity } from '../engine/types';
import { WAIVER_ANNOTATION_PREFIX } from '../engine/waivers';
import { defaultModelDefinition } from '../model/defaultModel';
import { DORA_LEVELS } from '../model/dora';
import { applyModelOverrides } from '../model/overrides';
import type { CheckDefinition, ModelDefinition } from '../model/schema';
import { FLEXINFRA_ANNOTATIONS } from './annotationCatalog';
import { githubSlug, headingAnchors } from './markdown';
import { DERIVED_FACTS, annotationKeyOf, readsOfModel } from './predicateReads';
import { renderAnnotationReference } from './renderAnnotationReference';
import {
  OVERRIDES_EXAMPLE_YAML,
  renderModelReference,
  scoreReachingDoraLevel,
} from './renderModelReference';
import { SOURCE_DOCUMENTS } from '../model/sources';

const model = defaultModelDefinition;
const modelMd = renderModelReference(model);
const annotationsMd = renderAnnotationReference(model);
const examplesDir = resolve(__dirname, '../../../../examples');

function headingLines(markdown: string): string[] {
  return markdown.split('\n').filter(line => /^#{1,6} /.test(line));
}

/** `(#anchor)` and `(model.md#anchor)` link targets of a document. */
function linkTargets(markdown: string, file: string): string[] {
  return [...markdown.matchAll(/\]\(([\w.]*)#([^)\s]+)\)/g)]
    .filter(([, target]) => target === file)
    .map(([, , anchor]) => anchor);
}

function exampleAnnotations(): Array<{ key: string; value: string }> {
  return readdirSync(examplesDir)
    .filter(file => file.endsWith('.yaml'))
    .flatMap(file =>
      parseAllDocuments(readFileSync(resolve(examplesDir, file), 'utf8')),
    )
    .map(doc => doc.toJS())
    .flatMap(entity =>
      Object.entries(
        (entity?.metadata?.annotations ?? {}) as Record<string, unknown>,
      ),
    )
    .map(([key, value]) => ({ key, value: String(value) }));
}

describe('renderModelReference', () => {
  it('has a heading for every check, whose anchor is the check id', () => {
    const anchors = headingAnchors(modelMd);
    for (const check of model.checks) {
      expect(headingLines(modelMd)).toContain(`### ${check.id}`);
      // No earlier heading takes the plain anchor (GitHub would add "-1").
      expect(anchors).toContain(check.id);
    }
  });

  it("is where every check's docsUrl points", () => {
    for (const check of model.checks) {
      expect(check.docsUrl).toMatch(
        new RegExp(`/docs/model\\.md#${check.id}$`),
      );
    }
  });

  it('has no duplicate anchors and no links to missing ones', () => {
    const slugs = headingLines(modelMd).map(line =>
      githubSlug(line.replace(/^#+ /, '').replace(/`/g, '')),
    );
    expect(slugs.filter((s, i) => slugs.indexOf(s) !== i)).toEqual([]);
    const anchors = headingAnchors(modelMd);
    expect(linkTargets(modelMd, '').length).toBeGreaterThan(
      model.checks.length,
    );
    for (const target of linkTargets(modelMd, '')) {
      expect(anchors).toContain(target);
    }
  });

  it('cites every source by its public title, linked where it has an address', () => {
    const cited = new Set(model.checks.flatMap(c => c.sources));
    for (const source of SOURCE_DOCUMENTS.filter(s => cited.has(s.id))) {
      expect(modelMd).toContain(
        source.url ? `[${source.title}](${source.url})` : source.title,
      );
    }
    expect(modelMd).not.toMatch(/\d{3}_[0-9a-f]{16}\.txt/);
  });

  it("states each check's stage, weight, rationale and remediation", () => {
    for (const check of model.checks) {
      const section = modelMd.split(`### ${check.id}\n`)[1].split('\n### ')[0];
      expect(section).toContain(check.title);
      expect(section).toContain(check.rationale);
      expect(section).toContain(check.remediation);
      expect(section).toContain(
        check.stage === null
          ? 'scored, gates no stage'
          : `stage ${check.stage}`,
      );
      expect(section).toContain(check.template ?? '');
    }
  });

  it('gives DORA thresholds that match how the engine rounds', () => {
    // A model of two checks: one that passes, one that fails, weighted so
    // that the score is exactly the one wanted.
    const doraScoreAt = (score: number) => {
      const check = (id: string, evidence: object): CheckDefinition => ({
        ...model.checks[0],
        id,
        stage: null,
        appliesTo: { kind: 'Component' },
        evidence: evidence as CheckDefinition['evidence'],
      });
      const compiled = compileModel({
        targetStage: 3,
        checks: [
          { ...check('passes', { kind: 'Component' }), weight: score },
          { ...check('fails', { kind: 'Nothing' }), weight: 100 - score },
        ],
      });
      const result = evaluateEntity(
        compiled,
        {
          apiVersion: 'backstage.io/v1alpha1',
          kind: 'Component',
          metadata: { name: 'x' },
          spec: {},
        },
        { now: new Date('2026-01-01T00:00:00Z') },
      ) as ScoredEntity;
      return result.doraScore;
    };
    for (const { level } of DORA_LEVELS.slice(1)) {
      const threshold = scoreReachingDoraLevel(level);
      expect(
        doraScoreAt(Math.ceil(threshold * 100) / 100),
      ).toBeGreaterThanOrEqual(level);
      expect(
        doraScoreAt(Math.floor(threshold * 100) / 100 - 0.01),
      ).toBeLessThan(level);
    }
  });

  it('shows an overrides example that the model accepts', () => {
    expect(modelMd).toContain(OVERRIDES_EXAMPLE_YAML.trim());
    const overrides = parse(OVERRIDES_EXAMPLE_YAML).flexinfra.model;
    const changed = applyModelOverrides(model, overrides);
    expect(changed.targetStage).toBe(4);
    expect(changed.checks.map(c => c.id)).toContain('tier-declared');
    expect(changed.checks.map(c => c.id)).not.toContain('multi-region');
  });

  it('documents a changed model too: added checks, empty stages', () => {
    const changed: ModelDefinition = applyModelOverrides(
      model,
      parse(OVERRIDES_EXAMPLE_YAML).flexinfra.model,
    );
    const withoutStage5 = {
      ...changed,
      checks: changed.checks.filter(c => c.stage !== 5),
    };
    const md = renderModelReference(withoutStage5);
    expect(md).toContain('### tier-declared');
    expect(md).toContain('no check: no entity can reach this stage');
    expect(md).toContain(
      '**More:** <https://wiki.acme.example/platform/tiers>',
    );
    const annotations = renderAnnotationReference(withoutStage5);
    expect(annotations).toContain('`acme.com/tier`');
  });
});

describe('renderAnnotationReference', () => {
  const readKeys = [
    ...new Set(
      readsOfModel(model)
        .map(r => annotationKeyOf(r.path))
        .filter((k): k is string => k !== undefined),
    ),
  ];

  it('lists every annotation key the model reads', () => {
    expect(readKeys.length).toBeGreaterThan(20);
    for (const key of readKeys) {
      expect(annotationsMd).toContain(`\`${key}\``);
    }
  });

  it('describes every flexinfra.io annotation the model reads, and only those', () => {
    const own = new Set([
      ...readKeys.filter(k => k.startsWith('flexinfra.io/')),
      ...DERIVED_FACTS.flatMap(f => (f.annotation ? [f.annotation] : [])),
    ]);
    expect(new Set(FLEXINFRA_ANNOTATIONS.map(a => a.key))).toEqual(own);
  });

  it('lists every value the model accepts among the described values', () => {
    const accepted = readsOfModel(model).flatMap(read => {
      const described = FLEXINFRA_ANNOTATIONS.find(
        a => a.key === annotationKeyOf(read.path),
      );
      return read.condition.kind === 'equals' && described
        ? read.condition.values.map(value => ({ described, value }))
        : [];
    });
    expect(accepted.length).toBeGreaterThan(10);
    for (const { described, value } of accepted) {
      expect(described.values?.map(v => v.value)).toContain(value);
    }
  });

  it('documents every flexinfra.io annotation of the example catalog', () => {
    const headings = headingLines(annotationsMd);
    const used = exampleAnnotations().filter(a =>
      a.key.startsWith('flexinfra.io/'),
    );
    expect(used.length).toBeGreaterThan(0);
    for (const { key, value } of used) {
      const heading = key.startsWith(WAIVER_ANNOTATION_PREFIX)
        ? `### \`${WAIVER_ANNOTATION_PREFIX}<check-id>\``
        : `### \`${key}\``;
      expect(headings).toContain(heading);
      // Enumerated annotations: the example's value is a documented one.
      const values = FLEXINFRA_ANNOTATIONS.find(a => a.key === key)?.values;
      expect(values?.map(v => v.value) ?? [value]).toContain(value);
    }
  });

  it('links only to headings that exist, here and in model.md', () => {
    const own = headingAnchors(annotationsMd);
    const inModelMd = headingAnchors(modelMd);
    expect(linkTargets(annotationsMd, 'model.md').length).toBeGreaterThan(20);
    for (const target of linkTargets(annotationsMd, '')) {
      expect(own).toContain(target);
    }
    for (const target of linkTargets(annotationsMd, 'model.md')) {
      expect(inModelMd).toContain(target);
    }
  });

  it('lists the link types and relations the checks read', () => {
    expect(annotationsMd).toMatch(/## Links[\s\S]*`runbook`/);
    expect(annotationsMd).toMatch(/## Relations[\s\S]*managed-dependencies/);
  });
});

describe('derived facts', () => {
  it('are the ones the engine builds, from the annotations documented', () => {
    const facts = buildFacts(
      {
        apiVersion: 'backstage.io/v1alpha1',
        kind: 'Component',
        metadata: {
          name: 'x',
          annotations: {
            'flexinfra.io/environments': 'Dev, preview',
            'flexinfra.io/regions': 'eu-west-1,us-east-1',
          },
        },
      },
      [],
    );
    const documented = DERIVED_FACTS.map(f => f.path).sort();
    const built = [
      ...Object.keys(facts.facts).map(k => `facts.${k}`),
      ...Object.keys(facts.related).map(k => `related.${k}`),
    ].sort();
    expect(built).toEqual(documented);
    expect(facts.facts.environments).toEqual(['dev', 'preview']);
    expect(facts.facts.regions).toEqual(['eu-west-1', 'us-east-1']);
    expect(facts.facts.multiRegion).toBe(true);
  });
});
