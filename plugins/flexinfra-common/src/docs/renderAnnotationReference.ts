import { compileModel } from '../engine/compileModel';
import { describePredicate } from '../engine/explain';
import { WAIVER_ANNOTATION_PREFIX } from '../engine/waivers';
import type { CheckDefinition, ModelDefinition } from '../model/schema';
import {
  ANNOTATION_TOOLS,
  FLEXINFRA_ANNOTATIONS,
  type FlexInfraAnnotation,
} from './annotationCatalog';
import { blocks, bullets, code, fence, listInWords, table } from './markdown';
import {
  DERIVED_FACTS,
  annotationKeyOf,
  readsOfModel,
  type Condition,
  type PredicateRead,
} from './predicateReads';
import { generatedNotice, waiverExample } from './renderModelReference';

const FLEXINFRA_PREFIX = 'flexinfra.io/';

/** One way a check reads an annotation. */
interface AnnotationUsage {
  check: CheckDefinition;
  read: PredicateRead;
  /** What the check looks for, in words. */
  text: string;
  /** The values that satisfy it, when the predicate lists them. */
  values: string[];
}

function checkLink(check: CheckDefinition): string {
  return `[${code(check.id)}](model.md#${check.id})`;
}

function checkWithStage(check: CheckDefinition): string {
  return `${checkLink(check)} (${
    check.stage === null ? 'score only' : `stage ${check.stage}`
  })`;
}

function valuesInWords(values: string[], conjunction = 'or'): string {
  return listInWords(values.map(code), conjunction);
}

function conditionText(condition: Condition): string {
  switch (condition.kind) {
    case 'exists':
      return 'any value';
    case 'absent':
      return 'absent';
    case 'equals':
      return `${valuesInWords(condition.values)}`;
    case 'prefix':
      return `starting with ${code(condition.value)}`;
    case 'includes':
      return `a list including ${valuesInWords(condition.values)}`;
    case 'contains':
      return `a list with an item with ${describePredicate(
        condition.predicate,
      )}`;
    default:
      return code(condition.json);
  }
}

/** Where and why a check reads the value, when it is not the obvious. */
function scopeNote(read: PredicateRead): string {
  const notes = [
    read.scope === 'dependsOn' && 'on an entity it depends on',
    read.scope === 'link' && 'on a link',
    read.role === 'appliesTo' && 'to decide whether it applies',
  ].filter((n): n is string => typeof n === 'string');
  return notes.join(', ');
}

function scopeSuffix(read: PredicateRead): string {
  const note = scopeNote(read);
  return note ? `, ${note}` : '';
}

function inParentheses(note: string): string {
  return note ? ` (${note})` : '';
}

/** The annotation a read is about, directly or through a derived fact. */
function usageOf(
  read: PredicateRead,
  check: CheckDefinition,
): { key: string; usage: AnnotationUsage } | undefined {
  const negate = (text: string) => (read.negated ? `not ${text}` : text);
  const direct = annotationKeyOf(read.path);
  if (direct) {
    return {
      key: direct,
      usage: {
        check,
        read,
        text: negate(conditionText(read.condition)),
        values:
          read.condition.kind === 'equals' && !read.negated
            ? read.condition.values
            : [],
      },
    };
  }
  const fact = DERIVED_FACTS.find(f => f.path === read.path);
  if (!fact?.annotation) {
    return undefined;
  }
  let text: string;
  if (
    read.path === 'facts.multiRegion' &&
    read.condition.kind === 'equals' &&
    read.condition.values.join() === 'true'
  ) {
    text = 'a list of two or more regions';
  } else {
    text = `${code(read.path)}: ${conditionText(read.condition)}`;
  }
  return {
    key: fact.annotation,
    usage: { check, read, text: negate(text), values: [] },
  };
}

function collectUsages(model: ModelDefinition): Map<string, AnnotationUsage[]> {
  const byId = new Map(model.checks.map(c => [c.id, c]));
  const usages = new Map<string, AnnotationUsage[]>();
  for (const read of readsOfModel(model)) {
    const found = usageOf(read, byId.get(read.checkId)!);
    if (found) {
      usages.set(found.key, [...(usages.get(found.key) ?? []), found.usage]);
    }
  }
  return usages;
}

/**
 * Per check, what it looks for in one annotation: its usages merged, values
 * of the same kind of condition joined.
 */
function usagesByCheck(usages: AnnotationUsage[]): Array<{
  check: CheckDefinition;
  text: string;
}> {
  const groups = new Map<string, AnnotationUsage[]>();
  for (const usage of usages) {
    const key = `${usage.check.id}\u0000${scopeSuffix(usage.read)}`;
    groups.set(key, [...(groups.get(key) ?? []), usage]);
  }
  return [...groups.values()].map(group => {
    const includes = group.filter(
      u => u.read.condition.kind === 'includes' && !u.read.negated,
    );
    const others = group.filter(u => !includes.includes(u));
    const texts = [...new Set(others.map(u => u.text))];
    if (includes.length > 0) {
      const values = includes.flatMap(u =>
        u.read.condition.kind === 'includes' ? u.read.condition.values : [],
      );
      texts.push(`a list including ${valuesInWords(values)}`);
    }
    return {
      check: group[0].check,
      text: `${texts.join('; or ')}${scopeSuffix(group[0].read)}`,
    };
  });
}

function sameValue(a: string, b: string): boolean {
  return a.toLocaleLowerCase('en-US') === b.toLocaleLowerCase('en-US');
}

function annotationAnchor(key: string): string {
  return key.toLocaleLowerCase('en-US').replace(/[^a-z0-9_\s-]/g, '');
}

function renderFlexInfraAnnotation(
  key: string,
  described: FlexInfraAnnotation | undefined,
  usages: AnnotationUsage[],
): string {
  const modelValues = usages.flatMap(u =>
    u.values.map(value => ({ value, usage: u })),
  );
  const rows: string[][] = [];
  const listed = described?.values ?? [];
  const extra = [
    ...new Set(
      modelValues
        .map(v => v.value)
        .filter(v => !listed.some(l => sameValue(l.value, v))),
    ),
  ];
  for (const { value, meaning } of [
    ...listed,
    ...extra.map(v => ({ value: v, meaning: '—' })),
  ]) {
    const accepting = [
      ...new Map(
        modelValues
          .filter(v => sameValue(v.value, value))
          .map(v => [
            `${v.usage.check.id}${scopeSuffix(v.usage.read)}`,
            `${checkLink(v.usage.check)}${inParentheses(
              scopeNote(v.usage.read),
            )}`,
          ]),
      ).values(),
    ];
    rows.push([
      code(value),
      meaning,
      accepting.length > 0 ? accepting.join(', ') : 'no check',
    ]);
  }
  const readBy = usagesByCheck(usages);
  return blocks([
    `### ${code(key)}`,
    described?.meaning ??
      'Not described yet: the model reads it, but the reference has no description of it.',
    described && `Carried by: ${described.carriedBy}.`,
    described?.format && `Value: ${described.format}`,
    rows.length > 0 && table(['value', 'meaning', 'passes'], rows),
    readBy.length > 0
      ? `Read by:\n\n${bullets(
          readBy.map(
            ({ check, text }) =>
              `${checkWithStage(check)}: passes with ${text}.`,
          ),
        )}`
      : 'No check of this model reads it.',
    described &&
      fence(
        'yaml',
        `metadata:\n  annotations:\n    ${key}: ${described.example}`,
      ),
  ]).trimEnd();
}

function renderWaiverAnnotation(model: ModelDefinition): string {
  return blocks([
    `### ${code(`${WAIVER_ANNOTATION_PREFIX}<check-id>`)}`,
    'Waives one failing check until a date, with a reason. See [Waivers](model.md#waivers) for the rules: it holds through that day (UTC), is ignored on passing checks, and an expired or malformed waiver leaves the check failing.',
    `Value: ${code(
      'YYYY-MM-DD: reason',
    )}. Quote it in YAML: it contains a colon and a space.`,
    `${code('<check-id>')} is any check id of the model: ${model.checks
      .map(c => code(c.id))
      .join(', ')}.`,
    fence('yaml', waiverExample(model)),
  ]).trimEnd();
}

function renderOwnAnnotations(
  model: ModelDefinition,
  usages: Map<string, AnnotationUsage[]>,
): string {
  const keys = [
    ...FLEXINFRA_ANNOTATIONS.map(a => a.key),
    ...[...usages.keys()]
      .filter(k => k.startsWith(FLEXINFRA_PREFIX))
      .filter(k => !FLEXINFRA_ANNOTATIONS.some(a => a.key === k))
      .sort(),
  ];
  const summaryRows = keys.map(key => {
    const described = FLEXINFRA_ANNOTATIONS.find(a => a.key === key);
    const checks = [
      ...new Map(
        (usages.get(key) ?? []).map(u => [u.check.id, checkLink(u.check)]),
      ).values(),
    ];
    return [
      `[${code(key)}](#${annotationAnchor(key)})`,
      described?.meaning.split(/(?<=\.)\s/)[0] ?? '—',
      checks.length > 0 ? checks.join(', ') : '—',
    ];
  });
  summaryRows.push([
    `[${code(`${WAIVER_ANNOTATION_PREFIX}<check-id>`)}](#${annotationAnchor(
      `${WAIVER_ANNOTATION_PREFIX}<check-id>`,
    )})`,
    'Waives one failing check until a date, with a reason.',
    'every check',
  ]);
  return blocks([
    '## FlexInfra’s annotations',
    'FlexInfra defines a few annotations of its own, under `flexinfra.io/`, for what no standard annotation says. Add them to `metadata.annotations` in the entity’s `catalog-info.yaml`. Values are compared ignoring case.',
    table(['annotation', 'what it says', 'read by'], summaryRows),
    ...keys.map(key =>
      renderFlexInfraAnnotation(
        key,
        FLEXINFRA_ANNOTATIONS.find(a => a.key === key),
        usages.get(key) ?? [],
      ),
    ),
    renderWaiverAnnotation(model),
  ]);
}

function toolOf(key: string): string {
  const prefix = key.includes('/') ? key.slice(0, key.indexOf('/')) : key;
  return ANNOTATION_TOOLS[prefix] ?? prefix;
}

function renderOtherAnnotations(
  usages: Map<string, AnnotationUsage[]>,
): string {
  const keys = [...usages.keys()]
    .filter(k => !k.startsWith(FLEXINFRA_PREFIX))
    .sort();
  return blocks([
    '## Other annotations FlexInfra reads',
    'Annotations that Backstage, its plugins and other tools define, and that many catalogs already carry. FlexInfra does not define them; it reads them as evidence, so a catalog scores without extra work. Most count when present, whatever their value.',
    table(
      ['annotation', 'tool', 'read by', 'passes with'],
      keys.map(key => {
        const byCheck = usagesByCheck(usages.get(key)!);
        const texts = [...new Set(byCheck.map(b => b.text))];
        return [
          code(key),
          toolOf(key),
          byCheck.map(b => checkWithStage(b.check)).join(', '),
          texts.join('; '),
        ];
      }),
    ),
  ]);
}

function renderLinks(model: ModelDefinition): string {
  const reads = readsOfModel(model).filter(r => r.scope === 'link');
  const checks = model.checks.filter(c => reads.some(r => r.checkId === c.id));
  if (checks.length === 0) {
    return blocks(['## Links', 'No check of this model reads links.']);
  }
  const valuesOf = (checkId: string, path: string) =>
    reads
      .filter(r => r.checkId === checkId && r.path === path)
      .flatMap(r => {
        if (r.condition.kind === 'equals') {
          return r.condition.values;
        }
        if (r.condition.kind === 'prefix') {
          return [r.condition.value];
        }
        return [];
      });
  const otherPaths = [
    ...new Set(
      reads.map(r => r.path).filter(p => p !== 'type' && p !== 'title'),
    ),
  ];
  const exampleLinks = checks
    .map(c => valuesOf(c.id, 'type')[0])
    .filter(Boolean)
    .map(
      type =>
        `    - url: https://example.com/checkout-api/${type}\n      title: ${
          type[0].toLocaleUpperCase('en-US') + type.slice(1)
        }\n      type: ${type}`,
    );
  return blocks([
    '## Links',
    'Some checks look for a link in `metadata.links`. A link counts when its `type` is one of the listed types, or its `title` starts with one of the listed words (both ignoring case).',
    table(
      ['read by', 'link type', 'or title starting with'],
      checks.map(c => [
        checkWithStage(c),
        valuesInWords(valuesOf(c.id, 'type')) || '—',
        valuesInWords(valuesOf(c.id, 'title')) || '—',
      ]),
    ),
    otherPaths.length > 0 &&
      `Checks also read these link fields: ${otherPaths.map(code).join(', ')}.`,
    exampleLinks.length > 0 &&
      fence('yaml', `metadata:\n  links:\n${exampleLinks.join('\n')}`),
  ]);
}

function renderRelations(model: ModelDefinition): string {
  const reads = readsOfModel(model).filter(
    r => r.path === 'related.dependsOn' && r.condition.kind === 'contains',
  );
  const byId = new Map(model.checks.map(c => [c.id, c]));
  return blocks([
    '## Relations',
    'FlexInfra follows one relation: `dependsOn`. An entity’s `related.dependsOn` holds the entities it depends on, from its `spec.dependsOn` (in descriptor files) and its `dependsOn` relations (from the catalog), that the scorer can look up. See [derived facts](model.md#derived-facts).',
    reads.length > 0
      ? bullets(
          reads.map(
            r =>
              `${checkWithStage(
                byId.get(r.checkId)!,
              )}: passes when it depends on an entity with ${describePredicate(
                (r.condition as Extract<Condition, { kind: 'contains' }>)
                  .predicate,
              )}.`,
          ),
        )
      : 'No check of this model reads relations.',
    reads.length > 0 &&
      fence('yaml', 'spec:\n  dependsOn:\n    - resource:default/checkout-db'),
  ]);
}

function isEntityField(read: PredicateRead): boolean {
  return (
    read.scope === 'entity' &&
    !read.path.startsWith('metadata.annotations.') &&
    !read.path.startsWith('metadata.links') &&
    !read.path.startsWith('facts.') &&
    !read.path.startsWith('related.')
  );
}

function renderEntityFields(model: ModelDefinition): string {
  const reads = readsOfModel(model).filter(isEntityField);
  const byId = new Map(model.checks.map(c => [c.id, c]));
  const scopePaths = [
    ...new Set(reads.filter(r => r.role === 'appliesTo').map(r => r.path)),
  ];
  const evidence = reads.filter(r => r.role === 'evidence');
  const fields = [...new Set(evidence.map(r => r.path))];
  return blocks([
    '## Entity fields',
    scopePaths.length > 0 &&
      `Which entities a check applies to depends on ${listInWords(
        scopePaths.map(code),
      )}; see [what is scored](model.md#what-is-scored).`,
    fields.length > 0 && 'These fields are evidence:',
    fields.length > 0 &&
      table(
        ['field', 'read by', 'passes with'],
        fields.map(path => {
          const own = evidence.filter(r => r.path === path);
          return [
            code(path),
            [...new Set(own.map(r => r.checkId))]
              .map(id => checkWithStage(byId.get(id)!))
              .join(', '),
            [
              ...new Set(
                own.map(r =>
                  r.negated
                    ? `not ${conditionText(r.condition)}`
                    : conditionText(r.condition),
                ),
              ),
            ].join('; '),
          ];
        }),
      ),
  ]);
}

/**
 * The reference of every annotation, link, relation and field the model
 * reads (`docs/annotations.md`) as Markdown, generated from the model's
 * predicates.
 */
export function renderAnnotationReference(model: ModelDefinition): string {
  const { version } = compileModel(model, 'the model to document');
  const usages = collectUsages(model);
  return blocks([
    generatedNotice('renderAnnotationReference'),
    '# FlexInfra annotation reference',
    `FlexInfra scores entities from their catalog metadata alone. This page lists everything the maturity model (version ${code(
      version,
    )}) reads: FlexInfra’s own \`flexinfra.io/*\` annotations, the standard annotations many catalogs already carry, links, relations and spec fields. Each check is described in [model.md](model.md).`,
    'Text values are compared ignoring case. “Any value” means the annotation only has to be there.',
    renderOwnAnnotations(model, usages),
    renderOtherAnnotations(usages),
    renderLinks(model),
    renderRelations(model),
    renderEntityFields(model),
  ]);
}
