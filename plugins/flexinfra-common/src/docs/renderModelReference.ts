import type { FilterPredicate } from '@backstage/filter-predicates';
import stableStringify from 'fast-json-stable-stringify';
import { compileModel } from '../engine/compileModel';
import { describePredicate } from '../engine/explain';
import { WAIVER_ANNOTATION_PREFIX } from '../engine/waivers';
import { DIMENSIONS, type Dimension } from '../model/dimensions';
import { DORA_LEVELS } from '../model/dora';
import { applyModelOverrides } from '../model/overrides';
import type { CheckDefinition, ModelDefinition } from '../model/schema';
import { MATURITY_STAGES, getMaturityStage } from '../model/stages';
import {
  blocks,
  bullets,
  code,
  compactJson,
  fence,
  githubSlug,
  listInWords,
  table,
} from './markdown';
import { DERIVED_FACTS, readsOfModel } from './predicateReads';
import { resolveSource, SOURCE_DOCUMENTS } from '../model/sources';
import { REPOSITORY_FACT_NAMES } from '../repository/buildRepositoryFacts';
import {
  REPOSITORY_FACT_DOCS,
  REPOSITORY_FLAG_DOCS,
} from './repositoryFactDocs';

/** Where the generated references live in the repository. */
export const MODEL_REFERENCE_PATH = 'docs/model.md';
export const ANNOTATION_REFERENCE_PATH = 'docs/annotations.md';

/** The notice at the top of each generated reference. */
export function generatedNotice(source: string): string {
  return `<!-- Generated from the model by ${source} (plugins/flexinfra-common/src/docs). Do not edit by hand: change the model or the renderer, then run FLEXINFRA_UPDATE_DOCS=1 CI=true yarn --cwd plugins/flexinfra-common backstage-cli package test src/docs -->`;
}

/** The app-config example of the overrides section, as YAML. */
export const OVERRIDES_EXAMPLE_YAML = `flexinfra:
  model:
    # Aim for stage 4 instead of the default.
    targetStage: 4
    checks:
      # Code scanning is a gate for us, not just part of the score.
      code-quality:
        stage: 4
      # Count autoscaling for more.
      autoscaling:
        weight: 5
      # We run in one region by policy: drop the check.
      multi-region:
        enabled: false
    additionalChecks:
      - id: tier-declared
        title: Declares its service tier
        dimension: operational-excellence
        stage: none
        weight: 1
        appliesTo:
          kind: Component
          spec.type: service
        evidence:
          metadata.annotations.acme.com/tier:
            $in: [tier-1, tier-2, tier-3]
        rationale: Recovery targets and on-call follow from the tier.
        sources: [infrastructure-operational-excellence]
        remediation: Set acme.com/tier to tier-1, tier-2 or tier-3.
        docsUrl: https://wiki.acme.example/platform/tiers
`;

/** An invalid override, to show the error it gets. */
export const INVALID_OVERRIDES_EXAMPLE = {
  checks: { runbook: { weight: 0 } },
};
export const INVALID_OVERRIDES_EXAMPLE_YAML = `flexinfra:
  model:
    checks:
      runbook:
        weight: 0
`;

type PredicateObject = Record<string, unknown>;

function isObject(value: unknown): value is PredicateObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The alternatives of a predicate, nested `$any`s flattened. */
function alternatives(predicate: FilterPredicate): FilterPredicate[] {
  const node: unknown = predicate;
  if (isObject(node) && Array.isArray(node.$any)) {
    return (node.$any as FilterPredicate[]).flatMap(alternatives);
  }
  return [predicate];
}

/**
 * A predicate in words, with parentheses around alternatives that combine
 * conditions, so that "A and B or C" cannot be misread.
 */
function describeUnambiguously(predicate: FilterPredicate): string {
  const options = alternatives(predicate).map(describePredicate);
  if (options.length === 1) {
    return options[0];
  }
  return options
    .map(text => (/ and | or /.test(text) ? `(${text})` : text))
    .join(' or ');
}

function checkLink(id: string): string {
  return `[${code(id)}](#${id})`;
}

function stageOf(check: CheckDefinition): string {
  if (check.stage === null) {
    return 'scored, gates no stage';
  }
  return `stage ${check.stage}, ${getMaturityStage(check.stage).name}`;
}

function dimensionOf(id: string): Dimension {
  const dimension = DIMENSIONS.find(d => d.id === id);
  if (!dimension) {
    throw new Error(`Unknown dimension ${id}`);
  }
  return dimension;
}

function dimensionLink(id: string): string {
  const { title } = dimensionOf(id);
  return `[${title}](#${githubSlug(title)})`;
}

/** Checks in ladder order: stage 2 to 5, then those that gate no stage. */
function inLadderOrder(checks: CheckDefinition[]): CheckDefinition[] {
  const rank = (c: CheckDefinition) => c.stage ?? 6;
  return checks
    .map((check, index) => ({ check, index }))
    .sort((a, b) => rank(a.check) - rank(b.check) || a.index - b.index)
    .map(({ check }) => check);
}

/** A citation as a reader can follow it: the title, linked where there is an address. */
function citation(id: string): string {
  const source = resolveSource(id);
  if (!source) {
    return code(id);
  }
  const title = source.url ? `[${source.title}](${source.url})` : source.title;
  return source.publisher ? `${title} (${source.publisher})` : title;
}

function formatNumber(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toFixed(1);
}

/**
 * The lowest score (0–100) whose DORA score rounds up to `level`: the DORA
 * score is 1 + 3 × score / 100 rounded to one decimal, so it reaches `level`
 * from `level - 0.05` unrounded.
 */
export function scoreReachingDoraLevel(level: number): number {
  return ((level - 0.05 - 1) * 100) / 3;
}

function approximately(value: number): string {
  const rounded = Math.round(value * 10) / 10;
  return Math.abs(rounded - value) < 1e-9
    ? formatNumber(rounded)
    : `about ${rounded.toFixed(1)}`;
}

function renderIntro(model: ModelDefinition, version: string): string {
  const target = getMaturityStage(model.targetStage);
  return blocks([
    generatedNotice('renderModelReference'),
    '# The FlexInfra maturity model',
    'FlexInfra scores how flexible the infrastructure behind each catalog entity is. The maturity model says how: it is a list of **checks**. Each check looks for evidence in the entity’s catalog metadata: annotations, links, spec fields and the Resources it depends on. Nothing has to be filled in by hand; the evidence is what real catalogs already carry, plus a few `flexinfra.io/*` annotations where nothing standard says it (see [annotations.md](annotations.md)).',
    `The checks place each entity on a five-stage **ladder**, from ${
      getMaturityStage(1).name
    } to ${
      getMaturityStage(5).name
    }, and give it a **score** from 0 to 100, the same score on DORA’s 1–4 scale, and a score per **dimension**. The stages come from a flexible-infrastructure maturity card; the dimensions are NIST’s five essential characteristics of cloud computing (as DORA’s Flexible Infrastructure capability uses them), plus infrastructure as code and operational excellence.`,
    bullets([
      `**Model version:** ${code(version)}`,
      `**Checks:** ${model.checks.length}`,
      `**Target stage:** ${target.number}, ${target.name}. The stage organisations aim for; it does not change how entities are scored.`,
    ]),
    '## How to read this reference',
    bullets([
      '[Stages](#stages) lists the five stages and the checks that gate each.',
      '[Scoring](#scoring) explains how checks become a stage, a score, a DORA score and dimension scores.',
      '[Dimensions](#dimensions) groups the checks by what they measure.',
      '[Checks](#checks) has one section per check, under its id (e.g. `#iac-managed`): what it applies to, what evidence passes it, why it matters, the sources it comes from, and how to fix it. Each check’s `docsUrl` points there.',
      '[Derived facts](#derived-facts), [Waivers](#waivers), [Model versioning](#model-versioning) and [Changing the model](#changing-the-model) cover the rest.',
    ]),
    'Predicates are written the way the scorer reports them: `annotation backstage.io/techdocs-ref` means the annotation is present (with any value); `= a | b` means the value is `a` or `b`. Text comparisons ignore case. When a check fails, its message is “Missing …” followed by the same words.',
  ]);
}

function renderStages(model: ModelDefinition): string {
  const gating = (stage: number) =>
    model.checks.filter(c => c.stage === stage).map(c => checkLink(c.id));
  const scoredOnly = model.checks.filter(c => c.stage === null);
  return blocks([
    '## Stages',
    'The five stages of the maturity card, in ladder order. An entity reaches a stage when it passes every check that gates that stage and every stage below it; see [the ladder](#the-ladder).',
    table(
      ['stage', 'name', 'id', 'in short', 'gated by'],
      MATURITY_STAGES.map(stage => {
        let gates: string;
        if (stage.number === 1) {
          gates = 'nothing: every scored entity is at least here';
        } else {
          const ids = gating(stage.number);
          gates =
            ids.length > 0
              ? ids.join(', ')
              : 'no check: no entity can reach this stage';
        }
        return [
          String(stage.number),
          stage.name,
          code(stage.id),
          stage.summary,
          gates,
        ];
      }),
    ),
    scoredOnly.length > 0 &&
      `Checks that gate no stage still count towards the score: ${listInWords(
        scoredOnly.map(c => checkLink(c.id)),
      )}.`,
  ]);
}

function renderScoring(model: ModelDefinition): string {
  const groups = new Map<
    string,
    { appliesTo: FilterPredicate; ids: string[] }
  >();
  for (const check of model.checks) {
    const key = stableStringify(check.appliesTo);
    const group = groups.get(key) ?? { appliesTo: check.appliesTo, ids: [] };
    group.ids.push(check.id);
    groups.set(key, group);
  }
  const doraRows = DORA_LEVELS.map((level, index) => {
    const next = DORA_LEVELS[index + 1];
    const from = scoreReachingDoraLevel(level.level);
    const scoreRange = next
      ? `${
          level.level === 1 ? '0' : approximately(from)
        } to below ${approximately(scoreReachingDoraLevel(next.level))}`
      : `${approximately(from)} to 100`;
    return [
      next ? `${level.level}.0–${level.level}.9` : `${level.level}.0`,
      `${level.level}, ${level.name}`,
      level.description,
      scoreRange,
    ];
  });
  return blocks([
    '## Scoring',
    '### What is scored',
    'Each check applies only to some entities, as its “applies to” predicate says; for other entities its result is `not-applicable` and it plays no part. An entity that no check applies to (a User, a Group, a library, an API, …) is not scored at all: its outcome is `not-applicable`. An entity that is malformed (no kind or name, say) has the outcome `invalid`, with the reason.',
    'The checks by what they apply to:',
    bullets(
      [...groups.values()].map(
        group =>
          `**${describeUnambiguously(group.appliesTo)}:** ${group.ids
            .map(checkLink)
            .join(', ')}`,
      ),
    ),
    'For each check that applies, the result is `pass` (the evidence is there), `fail` (it is not), or `waived` (it is not, but a valid [waiver](#waivers) covers it).',
    '### The ladder',
    bullets([
      'Every scored entity starts at stage 1.',
      'It reaches stage _k_ (2 to 5) when every applicable check that gates stages 2 to _k_ passes or is waived.',
      'A stage with no applicable gating check cannot be reached, so the climb stops below it. For example, an entity that none of the stage-4 checks apply to stays at stage 3 or below, however well it does.',
      'The climb stops at the first stage it misses: passing the stage-5 checks does not help an entity that fails a stage-3 check.',
      'Each result names the next stage and the gating checks of that stage that fail (`nextStage.missing`): the work that stands between the entity and its next stage.',
    ]),
    '### The score',
    'The score is the weighted share of the applicable, unwaived checks that pass, from 0 to 100, rounded to one decimal:',
    fence(
      'text',
      'score = 100 × (sum of the weights of the checks that pass)\n            / (sum of the weights of the checks that pass or fail)',
    ),
    bullets([
      'Checks that gate no stage count like any other.',
      'Waived checks are left out of both sums. When every applicable check is waived, the score is 100.',
      'For example, an entity whose applicable checks weigh 20 in all, with checks weighing 12 passing, scores 60.0.',
    ]),
    'The stage and the score answer different questions. The stage is a ladder: it says which practices are all in place. The score is a share: it moves with every check. An entity can score well and still sit low on the ladder because one gate fails.',
    '### The DORA score',
    'DORA’s Flexible Infrastructure capability has a self-assessment: teams score themselves from 1 (the capability is minimal or lacking) to 4 (exemplary), and may use a decimal such as 2.5 when they sit between two levels. FlexInfra puts its score on the same scale, so that its results can be read next to a team’s own assessment:',
    fence('text', 'DORA score = 1 + 3 × score / 100, rounded to one decimal'),
    'A score of 0 is DORA 1.0; a score of 100 is DORA 4.0; the mapping is linear in between. The named level is the whole part of the DORA score: a score between two levels belongs to the lower one, as it has not yet reached the next. So level 4 needs (nearly) every applicable check to pass.',
    table(['DORA score', 'level', 'in DORA’s words', 'score'], doraRows),
    'DORA reads an overall score above 3 as largely proficient, and one of 3 or less as likely to gain from its supporting practices: automating infrastructure management, on-demand self-service, and monitoring and optimising resource usage.',
    'The DORA score follows the score, not the stage: the five stages and the four DORA levels are different scales, and a share of checks is the closer match for a self-assessment of how much of the capability is in place.',
    '### Dimension scores',
    'Each dimension gets the same weighted share, computed over the applicable, unwaived checks of that dimension only, rounded to one decimal. A dimension that none of the entity’s checks belong to has no score (`null`). Dimension scores do not affect the stage.',
  ]);
}

function renderDimensions(model: ModelDefinition): string {
  return blocks([
    '## Dimensions',
    'A score is broken down into seven dimensions: NIST’s five essential characteristics of cloud computing, plus infrastructure as code and operational excellence.',
    ...DIMENSIONS.map(dimension => {
      const checks = inLadderOrder(
        model.checks.filter(c => c.dimension === dimension.id),
      );
      return blocks([
        `### ${dimension.title}`,
        `${code(dimension.id)}: ${dimension.description}`,
        `Sources: ${dimension.sources.map(citation).join('; ')}.`,
        checks.length > 0
          ? table(
              ['check', 'title', 'gates', 'weight'],
              checks.map(c => [
                checkLink(c.id),
                c.title,
                c.stage === null ? '—' : `stage ${c.stage}`,
                formatNumber(c.weight),
              ]),
            )
          : 'No check measures this dimension, so its score is always `null`.',
      ]).trimEnd();
    }),
  ]);
}

function renderCheck(check: CheckDefinition): string {
  const evidenceOptions = alternatives(check.evidence).map(describePredicate);
  const ownSection = new RegExp(`/docs/model\\.md#${check.id}$`);
  return blocks([
    `### ${check.id}`,
    `**${check.title}**`,
    table(
      ['dimension', 'gates', 'weight'],
      [
        [
          dimensionLink(check.dimension),
          stageOf(check),
          formatNumber(check.weight),
        ],
      ],
    ),
    `**Applies to:** ${describeUnambiguously(check.appliesTo)}.`,
    evidenceOptions.length === 1
      ? `**Passes when the entity has:** ${evidenceOptions[0]}.`
      : `**Passes when the entity has any of:**\n\n${bullets(evidenceOptions)}`,
    'The evidence predicate, as the model states it:',
    fence('json', compactJson(check.evidence)),
    `**Why:** ${check.rationale}`,
    `**Sources:** ${check.sources.map(citation).join('; ')}.`,
    `**How to fix:** ${check.remediation}`,
    check.template &&
      `**Template:** ${code(
        check.template,
      )}, a scaffolder template that helps make the change.`,
    !ownSection.test(check.docsUrl) && `**More:** <${check.docsUrl}>`,
  ]).trimEnd();
}

function renderChecks(model: ModelDefinition): string {
  return blocks([
    '## Checks',
    'One section per check, by id, in ladder order: the checks that gate stage 2, then stages 3, 4 and 5, then those that gate no stage. Within a stage, in the model’s order.',
    ...inLadderOrder(model.checks).map(renderCheck),
  ]);
}

function renderDerivedFacts(model: ModelDefinition): string {
  const reads = readsOfModel(model);
  return blocks([
    '## Derived facts',
    'Evidence predicates are evaluated against the entity plus a few facts derived from it, so that a check can ask for a list item or a related entity:',
    bullets(
      DERIVED_FACTS.map(fact => {
        const ids = [
          ...new Set(
            reads.filter(r => r.path === fact.path).map(r => r.checkId),
          ),
        ];
        return `${code(fact.path)}: ${fact.description}${
          ids.length > 0 ? ` Read by ${ids.map(checkLink).join(', ')}.` : ''
        }`;
      }),
    ),
    'Inside `related.dependsOn`, a check’s predicate applies to each related entity in turn: `{"related.dependsOn": {"$contains": {"kind": "Resource"}}}` passes when the entity depends on at least one Resource.',
  ]);
}

function readersOf(model: ModelDefinition, prefix: string): string {
  const ids = [
    ...new Set(
      readsOfModel(model)
        .filter(r => r.path === prefix || r.path.startsWith(`${prefix}.`))
        .map(r => r.checkId),
    ),
  ];
  return ids.length > 0 ? ` Read by ${ids.map(checkLink).join(', ')}.` : '';
}

function renderRepositoryEvidence(model: ModelDefinition): string {
  return blocks([
    '## Repository evidence',
    'FlexInfra reads each entity’s repository — the backend through Backstage’s URL readers (the `backstage.io/source-location`, else the location the entity was registered from), the CLI from the git work tree around the descriptor — and knows what each file means for flexible infrastructure. What it finds is `facts.repository`: one fact per concern, each with `found`, `kinds` (what was found, e.g. `terraform`, `hpa`), `paths` (the files that prove it), `message` (e.g. “Terraform in infra/main.tf and 4 more”) and `values` (environment or region names). Checks list repository evidence first; catalog annotations still count, and FlexInfra’s own `flexinfra.io/*` annotations count as *declared*, for repositories that cannot be read.',
    'Every passing check says where its evidence came from: `repository`, `catalog`, `declared` or a fact provider’s id.',
    bullets(
      REPOSITORY_FACT_NAMES.map(
        name =>
          `${code(`facts.repository.${name}`)}: ${
            REPOSITORY_FACT_DOCS[name]
          }${readersOf(model, `facts.repository.${name}`)}`,
      ),
    ),
    bullets(
      Object.entries(REPOSITORY_FLAG_DOCS).map(
        ([flag, text]) =>
          `${code(`facts.repository.${flag}`)}: ${text}${readersOf(
            model,
            `facts.repository.${flag}`,
          )}`,
      ),
    ),
    'Repository content is untrusted input: reading is bounded (files, bytes per file and per repository, YAML alias expansion, nesting depth), vendored and generated folders are skipped, and a file that does not parse is reported with its path without stopping the analysis.',
  ]);
}

/** The waiver snippet both references show, for the model's top check. */
export function waiverExample(model: ModelDefinition): string {
  const highest = Math.max(...model.checks.map(c => c.stage ?? 0));
  const example =
    model.checks.find(c => c.stage === highest) ?? model.checks[0];
  return `metadata:\n  annotations:\n    ${WAIVER_ANNOTATION_PREFIX}${example.id}: '2026-06-30: agreed with the platform team until the Q3 migration, see ARCH-142'`;
}

function renderWaivers(model: ModelDefinition): string {
  return blocks([
    '## Waivers',
    'A team can waive a failing check for a while, when it has decided not to meet it yet, with an annotation on the entity:',
    fence('yaml', waiverExample(model)),
    bullets([
      `The key is ${code(
        `${WAIVER_ANNOTATION_PREFIX}<check-id>`,
      )}. Any check can be waived.`,
      `The value is ${code(
        'YYYY-MM-DD: reason',
      )}: the last day the waiver holds, a colon, and why. Quote it in YAML, since it contains a colon and a space.`,
      'The waiver holds through the end of that day, UTC. From the next day it has expired: the check fails again, and its message says when the waiver expired and why it was given.',
      'A waiver only matters when the check would fail. On a passing check it is ignored, and the check passes; on a check that does not apply, it is ignored too.',
      'A malformed waiver (not a real date, no reason) waives nothing: the check fails, and its message quotes the malformed value.',
      'A waived check counts as passed for the ladder, and is left out of the score (see [the score](#the-score)).',
      'Results show waived checks as `waived`, with the expiry date and the reason, so waivers stay visible.',
    ]),
  ]);
}

function renderVersioning(version: string): string {
  return blocks([
    '## Model versioning',
    bullets([
      'A model’s version is a hash of its content: the first 12 hex digits of the SHA-256 of its canonical JSON (keys sorted, no whitespace), taken after app-config overrides are applied.',
      'The same content always has the same version. Any change gives a new one: a weight, a stage, an added or disabled check, even a reworded rationale.',
      'Every result carries the `modelVersion` it was computed with, whatever its outcome (`scored`, `not-applicable` or `invalid`). Compare scores only between results with the same version.',
      'The backend serves the model it scores with, and its version, at `GET /api/flexinfra/model`.',
      `This reference describes the model with version ${code(version)}.`,
    ]),
  ]);
}

function renderOverrides(model: ModelDefinition): string {
  let errorMessage: string;
  try {
    applyModelOverrides(model, INVALID_OVERRIDES_EXAMPLE, 'flexinfra.model');
    errorMessage = '(no error)';
  } catch (error) {
    errorMessage = (error as Error).message;
  }
  const dimensionIds = DIMENSIONS.map(d => code(d.id)).join(', ');
  return blocks([
    '## Changing the model',
    'An organisation can adjust the model in app-config, under `flexinfra.model`. The backend applies the changes when it starts; the CLI applies the same key from the app-config files it is given. The result is a new model, with a new [version](#model-versioning).',
    table(
      ['key', 'what it does', 'allowed values'],
      [
        [code('targetStage'), 'The stage the organisation aims for.', '2 to 5'],
        [
          code('checks.<id>.enabled'),
          '`false` removes the check from the model.',
          '`true`, `false`',
        ],
        [
          code('checks.<id>.weight'),
          'Changes the check’s weight in the score.',
          'a number above 0, at most 100',
        ],
        [
          code('checks.<id>.stage'),
          'Changes the stage the check gates; `none` makes it count towards the score only (Backstage config drops `null`, so write `none`).',
          '2 to 5, or `none`',
        ],
        [
          code('additionalChecks'),
          'Adds checks, written in full like the model’s own (fields below).',
          'a list of check definitions',
        ],
      ],
    ),
    '`<id>` must be the id of a check of the model. An added check’s id must not be one.',
    'An added check has these fields:',
    table(
      ['field', 'what it is'],
      [
        [
          code('id'),
          'Lower-case words joined by dashes, at most 63 characters, e.g. `iac-managed`. Used in waivers and URLs.',
        ],
        [code('title'), 'A short name.'],
        [code('dimension'), `One of ${dimensionIds}.`],
        [
          code('stage'),
          'The stage it gates, 2 to 5, or `none` (or left out) to only count towards the score.',
        ],
        [code('weight'), 'A number above 0, at most 100.'],
        [
          code('appliesTo'),
          'A filter predicate over the entity: which entities the check applies to.',
        ],
        [
          code('evidence'),
          'A filter predicate over the entity and its [derived facts](#derived-facts): what passes the check.',
        ],
        [code('rationale'), 'Why it matters.'],
        [
          code('sources'),
          `At least one source: the id of a document under [Sources](#sources) (${SOURCE_DOCUMENTS.map(
            d => code(d.id),
          ).join(', ')}), or an \`https://\` address.`,
        ],
        [code('remediation'), 'How to fix a failing check.'],
        [code('docsUrl'), 'A URL with more about the check.'],
        [
          code('template'),
          'Optional: the ref of a scaffolder template that helps fix it.',
        ],
      ],
    ),
    'Filter predicates are Backstage’s (`@backstage/filter-predicates`): an object maps dot-separated paths (`spec.type`, `metadata.annotations.github.com/project-slug`) to a value, which must be equal, or to an operator: `$exists: true`, `$in: [a, b]`, `$hasPrefix: text`, or `$contains: <predicate>` for lists. `$all`, `$any` and `$not` combine predicates. Text comparisons ignore case. Null and blank annotations and spec fields are removed from the facts first, so `$exists: true` needs a real value.',
    'For example:',
    fence('yaml', OVERRIDES_EXAMPLE_YAML),
    'Invalid changes stop the backend with an error that names the key path of every problem. This app-config:',
    fence('yaml', INVALID_OVERRIDES_EXAMPLE_YAML),
    'fails with:',
    fence('text', errorMessage),
  ]);
}

function renderSources(model: ModelDefinition): string {
  return blocks([
    '## Sources',
    'The documents the model is built from, by their public titles and, where the document names one, their public address. Checks and dimensions cite them by id.',
    bullets(
      SOURCE_DOCUMENTS.map(source => {
        const ids = model.checks
          .filter(c => c.sources.includes(source.id))
          .map(c => checkLink(c.id));
        return [
          `${code(source.id)}: **${citation(source.id)}**. ${source.summary}`,
          ids.length > 0 ? `Cited by ${ids.join(', ')}.` : '',
        ]
          .filter(Boolean)
          .join(' ');
      }),
    ),
  ]);
}

/**
 * The model's reference documentation (`docs/model.md`) as Markdown,
 * generated from the model so that it cannot drift from it.
 */
export function renderModelReference(model: ModelDefinition): string {
  const { version } = compileModel(model, 'the model to document');
  return blocks([
    renderIntro(model, version),
    renderStages(model),
    renderScoring(model),
    renderDimensions(model),
    renderChecks(model),
    renderDerivedFacts(model),
    renderRepositoryEvidence(model),
    renderWaivers(model),
    renderVersioning(version),
    renderOverrides(model),
    renderSources(model),
  ]);
}
