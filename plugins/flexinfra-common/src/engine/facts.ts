import {
  parseEntityRef,
  stringifyEntityRef,
  type Entity,
} from '@backstage/catalog-model';

/**
 * Finds a related entity by its ref (`kind:namespace/name`, lower case).
 *
 * @public
 */
export type EntityLookup = (entityRef: string) => Entity | undefined;

/**
 * A lookup over a list of entities, e.g. the files given to the CLI or a
 * batch the backend fetched.
 *
 * @public
 */
export function createEntityLookup(entities: Iterable<unknown>): EntityLookup {
  const byRef = new Map<string, Entity>();
  for (const entity of entities) {
    const ref = refOf(entity);
    if (ref) {
      byRef.set(ref, entity as Entity);
    }
  }
  // Refs are usually lower case already (refOf, relatedRefs); lower-casing
  // is only needed for one that misses.
  return ref => byRef.get(ref) ?? byRef.get(ref.toLocaleLowerCase('en-US'));
}

/**
 * The lower-case ref of a well-formed entity, or undefined.
 *
 * @public
 */
export function refOf(entity: unknown): string | undefined {
  const e = entity as Entity;
  if (
    typeof e?.kind !== 'string' ||
    typeof e?.metadata?.name !== 'string' ||
    !e.kind ||
    !e.metadata.name
  ) {
    return undefined;
  }
  const namespace =
    typeof e.metadata.namespace === 'string' && e.metadata.namespace
      ? e.metadata.namespace
      : 'default';
  // As stringifyEntityRef writes it. Each part is lower-cased on its own:
  // lower-casing a string built by concatenation takes V8's slow path
  // (about 40 times slower, measured).
  return `${e.kind.toLocaleLowerCase('en-US')}:${namespace.toLocaleLowerCase(
    'en-US',
  )}/${e.metadata.name.toLocaleLowerCase('en-US')}`;
}

function splitList(value: unknown): string[] {
  if (typeof value !== 'string') {
    return [];
  }
  // Distinct values: a region listed twice is still one region.
  return [
    ...new Set(
      value
        .split(',')
        .map(v => v.trim().toLocaleLowerCase('en-US'))
        .filter(Boolean),
    ),
  ];
}

/**
 * The refs an entity points at with one relation, from both its processed
 * `relations` (catalog API) and its raw `spec` field (descriptor files).
 *
 * @public
 */
export function relatedRefs(
  entity: Entity,
  relationType: string,
  specField: string,
): string[] {
  const refs = new Set<string>();
  const relations = (entity as { relations?: unknown }).relations;
  if (Array.isArray(relations)) {
    for (const relation of relations) {
      if (
        relation?.type === relationType &&
        typeof relation.targetRef === 'string'
      ) {
        refs.add(relation.targetRef.toLocaleLowerCase('en-US'));
      }
    }
  }
  const raw = (entity.spec as Record<string, unknown> | undefined)?.[specField];
  if (Array.isArray(raw)) {
    const namespace = entity.metadata.namespace ?? 'default';
    for (const item of raw) {
      if (typeof item !== 'string') {
        continue;
      }
      try {
        const parsed = parseEntityRef(item, { defaultNamespace: namespace });
        // stringifyEntityRef writes refs in lower case.
        refs.add(stringifyEntityRef(parsed));
      } catch {
        // A ref without a kind or otherwise malformed cannot be resolved.
      }
    }
  }
  return [...refs];
}

function isBlank(value: unknown): boolean {
  return value === null || (typeof value === 'string' && value.trim() === '');
}

/**
 * A copy without null or blank-string values: `owner:` left empty in YAML or
 * an annotation set to "" is no evidence of anything.
 */
function withoutBlanks<T extends object>(record: T): T {
  let blank = false;
  for (const key in record) {
    if (Object.hasOwn(record, key) && isBlank(record[key])) {
      blank = true;
      break;
    }
  }
  if (!blank) {
    return record;
  }
  return Object.fromEntries(
    Object.entries(record).filter(([, value]) => !isBlank(value)),
  ) as T;
}

/**
 * The fact names the engine derives itself; fact providers may not use them.
 *
 * @public
 */
export const BUILT_IN_FACTS = ['environments', 'regions', 'multiRegion'];

/**
 * The entities an entity depends on that the lookup knows: its
 * `dependsOn` relations and `spec.dependsOn` refs, resolved.
 *
 * @public
 */
export function resolveDependsOn(
  entity: Entity,
  lookup: EntityLookup | undefined,
): Entity[] {
  if (!lookup) {
    return [];
  }
  const found: Entity[] = [];
  for (const ref of relatedRefs(entity, 'dependsOn', 'dependsOn')) {
    const related = lookup(ref);
    if (related !== undefined) {
      found.push(related);
    }
  }
  return found;
}

/**
 * What checks' evidence predicates are evaluated against: the entity itself
 * (without null or blank annotations and spec fields), plus
 * - `facts.environments`, `facts.regions`: the comma-separated
 *   `flexinfra.io/environments` and `flexinfra.io/regions` as lists;
 * - `facts.multiRegion`: true when two or more distinct regions are listed;
 * - `facts.<provider>`: what a fact provider (a backend module) found out
 *   about the entity, passed in as `extraFacts`;
 * - `related.dependsOn`: the entities it depends on (see resolveDependsOn).
 */
export function buildFacts(
  entity: Entity,
  dependsOn: Entity[],
  extraFacts?: Record<string, unknown>,
) {
  const annotations = entity.metadata.annotations ?? {};
  const regions = splitList(annotations['flexinfra.io/regions']);
  return {
    ...entity,
    metadata: { ...entity.metadata, annotations: withoutBlanks(annotations) },
    spec: entity.spec && withoutBlanks(entity.spec),
    facts: {
      ...extraFacts,
      environments: splitList(annotations['flexinfra.io/environments']),
      regions,
      multiRegion: regions.length >= 2,
    },
    related: { dependsOn },
  };
}
