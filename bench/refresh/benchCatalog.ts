/**
 * The synthetic catalog of the refresh benchmark, as entity descriptors an
 * entity provider hands to the real catalog: generateCatalog.ts's entities
 * made acceptable to the catalog's validation, plus the organisation around
 * them (a group tree and domains).
 *
 * generateCatalog.ts makes entities shaped as the catalog API returns them;
 * here they become what a provider emits: no uid, etag or relations (the
 * catalog computes relations from the spec), and the fields the catalog
 * requires filled in (owner and lifecycle on Components, owner on
 * Resources). Malformed values are left out: the catalog would reject them
 * before FlexInfra ever saw them.
 */
import type { Entity } from '@backstage/catalog-model';
import {
  compileModel,
  defaultModelDefinition,
} from '../../plugins/flexinfra-common/src';
import {
  annotationKeysOf,
  generateCatalog,
  mulberry32,
} from '../generateCatalog';

/** Departments under the root group, each with some of the generator's teams. */
const DEPARTMENTS: Record<string, string[]> = {
  payments: ['payments-core', 'payments-risk'],
  commerce: ['commerce-web', 'commerce-search', 'growth', 'mobile'],
  platform: ['platform-sre', 'platform-devex', 'identity'],
  operations: ['data-eng', 'logistics', 'support-tools'],
};
const DOMAINS = ['payments', 'commerce', 'platform', 'data', 'customer'];

/** The annotation a catalog change carries, so the bench can see it served. */
export const REVISION_ANNOTATION = 'bench.flexinfra.io/revision';
/** The annotation the 1% change toggles: one the default model reads. */
const CHANGED_ANNOTATION = 'flexinfra.io/iac-tool';

/** Kinds FlexInfra scores by default (DEFAULT_KINDS of the plugin). */
const SCORED_KINDS = new Set(['component', 'resource', 'system']);

export interface BenchCatalog {
  entities: Entity[];
  /** Entities the generator made, before malformed ones were dropped. */
  generated: number;
  malformedDropped: number;
  /** Descriptors by kind, the organisation included. */
  byKind: Record<string, number>;
  /** How many entities have a kind FlexInfra scores by default. */
  scoredKinds: number;
  /** Owners and lifecycles the catalog requires that the generator left out. */
  filledIn: { owner: number; lifecycle: number };
}

type Json = Record<string, any>;

function organisation(): Entity[] {
  const group = (
    name: string,
    type: string,
    parent?: string,
    title?: string,
  ): Entity => ({
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Group',
    metadata: {
      name,
      ...(title && { title }),
      annotations: managedBy(`org/${name}`),
    },
    spec: {
      type,
      children: [],
      profile: { displayName: title ?? name },
      ...(parent && { parent }),
    },
  });
  const groups = [group('acme', 'organization', undefined, 'ACME')];
  for (const [department, teams] of Object.entries(DEPARTMENTS)) {
    groups.push(group(department, 'department', 'acme'));
    for (const team of teams) {
      groups.push(group(team, 'team', department));
    }
  }
  const domains: Entity[] = DOMAINS.map(name => ({
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Domain',
    metadata: { name, annotations: managedBy(`domains/${name}`) },
    spec: { owner: 'group:default/acme' },
  }));
  return [...groups, ...domains];
}

function managedBy(path: string): Record<string, string> {
  const location = `url:https://github.com/acme/${path}/blob/main/catalog-info.yaml`;
  return {
    'backstage.io/managed-by-location': location,
    'backstage.io/managed-by-origin-location': location,
  };
}

function isEntityLike(value: unknown): value is Json {
  const e = value as Json;
  return (
    typeof e === 'object' &&
    e !== null &&
    !Array.isArray(e) &&
    typeof e.kind === 'string' &&
    e.kind !== '' &&
    typeof e.metadata?.name === 'string' &&
    typeof e.spec === 'object' &&
    !Array.isArray(e.spec) &&
    Object.values(e.metadata.annotations ?? {}).every(
      v => typeof v === 'string',
    ) &&
    (e.metadata.links === undefined || Array.isArray(e.metadata.links))
  );
}

/**
 * Builds the catalog for `count` generated entities from `seed`: the same
 * seed and count give the same descriptors.
 */
export function buildBenchCatalog(count: number, seed: number): BenchCatalog {
  const model = compileModel(defaultModelDefinition);
  const generated = generateCatalog(
    count,
    seed,
    annotationKeysOf(model.definition.checks),
  );
  // A second stream, so the generator's own sequence is untouched.
  const random = mulberry32(seed ^ 0x5eed);
  const pick = <T>(list: readonly T[]): T =>
    list[Math.floor(random() * list.length)];
  const teams = Object.values(DEPARTMENTS).flat();
  const departments = Object.keys(DEPARTMENTS);

  const entities: Entity[] = organisation();
  let malformedDropped = 0;
  const filledIn = { owner: 0, lifecycle: 0 };
  for (const value of generated.entities) {
    if (!isEntityLike(value)) {
      malformedDropped++;
      continue;
    }
    const { uid, etag, ...metadata } = value.metadata;
    const spec: Json = { ...value.spec };
    const kind: string = value.kind;
    if (
      ['Component', 'Resource', 'System', 'API'].includes(kind) &&
      !spec.owner
    ) {
      spec.owner = `group:default/${pick(teams)}`;
      filledIn.owner++;
    }
    if (kind === 'Component' && !spec.lifecycle) {
      spec.lifecycle = 'experimental';
      filledIn.lifecycle++;
    }
    if (kind === 'System' && random() < 0.8) {
      spec.domain = pick(DOMAINS);
    }
    if (kind === 'Group') {
      // Generated teams hang under a department, or under a named team.
      spec.parent = random() < 0.5 ? pick(departments) : pick(teams);
    }
    entities.push({
      apiVersion: value.apiVersion,
      kind,
      metadata: metadata as Entity['metadata'],
      spec,
    });
  }

  const byKind: Record<string, number> = {};
  let scoredKinds = 0;
  for (const entity of entities) {
    byKind[entity.kind] = (byKind[entity.kind] ?? 0) + 1;
    if (SCORED_KINDS.has(entity.kind.toLocaleLowerCase('en-US'))) {
      scoredKinds++;
    }
  }
  return {
    entities,
    generated: count,
    malformedDropped,
    byKind,
    scoredKinds,
    filledIn,
  };
}

/**
 * A copy of `share` of the scored entities (picked with `seed`) with one
 * annotation the model reads toggled and a revision annotation set, so the
 * change shows in their scorecards and the bench can tell when the catalog
 * serves it.
 */
export function changeShare(
  catalog: BenchCatalog,
  share: number,
  seed: number,
  revision: string,
): Entity[] {
  const random = mulberry32(seed ^ 0xc4a9);
  const scored = catalog.entities.filter(entity =>
    SCORED_KINDS.has(entity.kind.toLocaleLowerCase('en-US')),
  );
  const wanted = Math.round(scored.length * share);
  // A partial Fisher–Yates shuffle: the first `wanted` are the sample.
  const order = scored.map((_, i) => i);
  for (let i = 0; i < wanted; i++) {
    const j = i + Math.floor(random() * (order.length - i));
    [order[i], order[j]] = [order[j], order[i]];
  }
  return order.slice(0, wanted).map(index => {
    const entity = scored[index];
    const annotations = { ...entity.metadata.annotations };
    if (annotations[CHANGED_ANNOTATION]) {
      delete annotations[CHANGED_ANNOTATION];
    } else {
      annotations[CHANGED_ANNOTATION] = 'terraform';
    }
    annotations[REVISION_ANNOTATION] = revision;
    return { ...entity, metadata: { ...entity.metadata, annotations } };
  });
}
