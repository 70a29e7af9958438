import { parseEntityRef, stringifyEntityRef } from '@backstage/catalog-model';
import {
  Document,
  isAlias,
  isMap,
  isScalar,
  isSeq,
  Node,
  YAMLMap,
  YAMLSeq,
} from 'yaml';
import { EntityChanges, EntityLink } from './validateInput';

/** What a merge did, one human-readable line per item. */
export interface MergeReport {
  /** New annotations, labels, links and dependencies. */
  added: string[];
  /** Existing values replaced because `overwrite` was set. */
  replaced: string[];
  /** Existing values that differ from the input and were kept. */
  skipped: string[];
  /** Annotations deleted because `removeAnnotations` named them. */
  removed: string[];
}

type CollectionType = 'map' | 'seq';

/**
 * Finds and creates the maps and lists of an entity document, refusing to
 * edit through YAML aliases or into values of another type.
 */
class CollectionAccess {
  constructor(
    private readonly document: Document,
    private readonly where: string,
  ) {}

  createNode(value: unknown): Node {
    return this.document.createNode(value);
  }

  findMap(path: string[]): YAMLMap | undefined {
    return this.find(path, 'map') as YAMLMap | undefined;
  }

  findSeq(path: string[]): YAMLSeq | undefined {
    return this.find(path, 'seq') as YAMLSeq | undefined;
  }

  ensureMap(path: string[]): YAMLMap {
    return this.ensure(path, 'map') as YAMLMap;
  }

  ensureSeq(path: string[]): YAMLSeq {
    return this.ensure(path, 'seq') as YAMLSeq;
  }

  /** The collection at `path`; undefined when it, or a parent, is absent or null. */
  private find(
    path: string[],
    type: CollectionType,
  ): YAMLMap | YAMLSeq | undefined {
    let node: unknown = this.document.contents;
    for (let i = 0; i < path.length; i++) {
      const parent = this.expect(node, path.slice(0, i), 'map') as YAMLMap;
      node = parent.get(path[i], true);
      if (isAbsent(node)) {
        return undefined;
      }
    }
    return this.expect(node, path, type);
  }

  /** The collection at `path`, created (with its parents) when absent. */
  private ensure(path: string[], type: CollectionType): YAMLMap | YAMLSeq {
    let node = this.expect(this.document.contents, [], 'map');
    for (let i = 0; i < path.length; i++) {
      const parent = node as YAMLMap;
      const childType = i === path.length - 1 ? type : 'map';
      let child: unknown = parent.get(path[i], true);
      if (isAbsent(child)) {
        child = this.document.createNode(childType === 'map' ? {} : []);
        parent.set(path[i], child);
      }
      node = this.expect(child, path.slice(0, i + 1), childType);
      // An empty `{}` or `[]` that is about to get entries becomes a block.
      if (node.items.length === 0) {
        node.flow = false;
      }
    }
    return node;
  }

  private expect(
    node: unknown,
    path: string[],
    type: CollectionType,
  ): YAMLMap | YAMLSeq {
    const name = path.length ? path.join('.') : 'the document';
    if (isAlias(node)) {
      throw new Error(
        `${name} of ${this.where} is a YAML alias (*${node.source}); flexinfra:catalog:annotate does not edit through aliases, expand it in the file first`,
      );
    }
    if (type === 'map' ? isMap(node) : isSeq(node)) {
      return node as YAMLMap | YAMLSeq;
    }
    throw new Error(
      `${name} of ${this.where} is ${describeType(node)}, expected a ${
        type === 'map' ? 'map' : 'list'
      }`,
    );
  }
}

/**
 * Merges annotations, labels, links and dependencies into one entity's YAML
 * document, in place. Existing entries keep their position, comments and
 * style; new entries go at the end of their collection, and a collection
 * that does not exist yet is created only when something is added to it.
 * Nothing already there is duplicated, and nothing is replaced unless
 * `changes.overwrite` is set.
 *
 * @param where - the entity and file, for error messages
 */
export function mergeEntityChanges(
  document: Document,
  changes: EntityChanges,
  where: string,
): MergeReport {
  const report: MergeReport = {
    added: [],
    replaced: [],
    skipped: [],
    removed: [],
  };
  const collections = new CollectionAccess(document, where);

  mergeKeyValues(
    collections,
    ['metadata', 'annotations'],
    'annotation',
    changes,
    changes.annotations,
    report,
  );
  mergeListAnnotations(collections, changes.listAnnotations, report);
  mergeKeyValues(
    collections,
    ['metadata', 'labels'],
    'label',
    changes,
    changes.labels,
    report,
  );
  mergeLinks(collections, changes, report);
  mergeDependsOn(collections, changes.dependsOn, report);
  removeAnnotations(collections, changes.removeAnnotations, report);

  return report;
}

/**
 * Deletes annotations, with the comment on their line; an annotation that
 * is not there is no change. An annotations map left empty is dropped.
 */
function removeAnnotations(
  collections: CollectionAccess,
  keys: string[],
  report: MergeReport,
) {
  const path = ['metadata', 'annotations'];
  for (const key of keys) {
    const existing = collections.findMap(path);
    const current = existing?.get(key, true) as Node | undefined;
    if (existing === undefined || current === undefined) {
      continue;
    }
    existing.delete(key);
    report.removed.push(`annotation ${key} (was ${describeValue(current)})`);
    if (existing.items.length === 0) {
      collections.findMap(['metadata'])?.delete('annotations');
    }
  }
}

function mergeKeyValues(
  collections: CollectionAccess,
  path: string[],
  what: string,
  changes: EntityChanges,
  entries: Array<[string, string]>,
  report: MergeReport,
) {
  for (const [key, value] of entries) {
    const existing = collections.findMap(path);
    const current = existing?.get(key, true) as Node | undefined;
    if (current === undefined) {
      collections.ensureMap(path).set(key, value);
      report.added.push(`${what} ${key}`);
    } else if (isScalar(current) && current.value === value) {
      // Already there.
    } else if (changes.overwrite) {
      const previous = describeValue(current);
      if (isScalar(current)) {
        // Keeps the comment and, where it can hold the value, the quoting.
        current.value = value;
      } else {
        existing!.set(key, value);
      }
      report.replaced.push(`${what} ${key} (was ${previous})`);
    } else {
      report.skipped.push(
        `${what} ${key} (kept ${describeValue(
          current,
        )}, input was ${JSON.stringify(
          value,
        )}; set overwrite: true to replace)`,
      );
    }
  }
}

/**
 * Adds items to comma-separated list annotations such as
 * `flexinfra.io/environments: dev,prod`: an item the list already holds
 * (compared without regard to case or surrounding spaces) is not added
 * again, and the items already there keep their order and spelling.
 */
function mergeListAnnotations(
  collections: CollectionAccess,
  entries: Array<[string, string[]]>,
  report: MergeReport,
) {
  const path = ['metadata', 'annotations'];
  for (const [key, items] of entries) {
    const existing = collections.findMap(path);
    const current = existing?.get(key, true) as Node | undefined;
    if (current !== undefined && !isScalar(current)) {
      throw new Error(
        `annotation ${key} is ${describeValue(
          current,
        )}, expected a comma-separated string`,
      );
    }
    const text =
      current === undefined || current.value === null
        ? ''
        : String(current.value);
    const held = text
      .split(',')
      .map(item => item.trim().toLocaleLowerCase('en-US'))
      .filter(Boolean);
    const added: string[] = [];
    for (const item of items) {
      const normal = item.toLocaleLowerCase('en-US');
      if (!held.includes(normal)) {
        held.push(normal);
        added.push(item);
      }
    }
    if (added.length === 0) {
      continue;
    }
    const value = [text.trim().replace(/,+$/, ''), ...added]
      .filter(Boolean)
      .join(',');
    if (current === undefined) {
      collections.ensureMap(path).set(key, value);
    } else {
      current.value = value;
    }
    for (const item of added) {
      report.added.push(`annotation ${key} item ${item}`);
    }
  }
}

const LINK_FIELDS = ['title', 'type', 'icon'] as const;

function mergeLinks(
  collections: CollectionAccess,
  changes: EntityChanges,
  report: MergeReport,
) {
  const path = ['metadata', 'links'];
  for (const link of changes.links) {
    const existing = collections.findSeq(path);
    const current = existing?.items.find(
      (item): item is YAMLMap =>
        isMap(item) && sameUrl(item.get('url'), link.url),
    );
    if (!current) {
      collections.ensureSeq(path).add(collections.createNode(link));
      report.added.push(`link ${link.url}`);
      continue;
    }
    const differing = LINK_FIELDS.filter(
      field => link[field] !== undefined && current.get(field) !== link[field],
    );
    if (differing.length === 0) {
      continue;
    }
    if (changes.overwrite) {
      const previous = describeLinkFields(current, differing);
      for (const field of differing) {
        const node = current.get(field, true);
        if (isScalar(node)) {
          node.value = link[field];
        } else {
          current.set(field, link[field]);
        }
      }
      report.replaced.push(`link ${link.url} (was ${previous})`);
    } else {
      report.skipped.push(
        `link ${link.url} (kept ${describeLinkFields(
          current,
          differing,
        )}; set overwrite: true to replace)`,
      );
    }
  }
}

function mergeDependsOn(
  collections: CollectionAccess,
  dependsOn: string[],
  report: MergeReport,
) {
  const path = ['spec', 'dependsOn'];
  for (const ref of dependsOn) {
    const existing = collections.findSeq(path);
    const present = existing?.items.some(
      item =>
        isScalar(item) &&
        typeof item.value === 'string' &&
        refKey(item.value) === refKey(ref),
    );
    if (!present) {
      collections.ensureSeq(path).add(collections.createNode(ref));
      report.added.push(`dependsOn ${ref}`);
    }
  }
}

function isAbsent(node: unknown): boolean {
  return node === undefined || (isScalar(node) && node.value === null);
}

function describeType(node: unknown): string {
  if (isMap(node)) return 'a map';
  if (isSeq(node)) return 'a list';
  if (isScalar(node)) return `the value ${JSON.stringify(node.value)}`;
  return 'not a collection';
}

function describeValue(node: Node): string {
  return JSON.stringify(isScalar(node) ? node.value : node.toJSON());
}

function describeLinkFields(
  link: YAMLMap,
  fields: ReadonlyArray<keyof EntityLink>,
): string {
  return fields
    .map(field => `${field} ${JSON.stringify(link.get(field) ?? null)}`)
    .join(', ');
}

function sameUrl(existing: unknown, wanted: string): boolean {
  return (
    typeof existing === 'string' &&
    normalizeUrl(existing) === normalizeUrl(wanted)
  );
}

function normalizeUrl(url: string): string {
  try {
    return new URL(url).href;
  } catch {
    return url;
  }
}

/**
 * The lower-cased `kind:namespace/name` form of a reference, for comparing
 * references as Backstage does; an entry of the file that is not a reference
 * with a kind is compared as it is written, lower-cased.
 */
function refKey(ref: string): string {
  try {
    return stringifyEntityRef(parseEntityRef(ref));
  } catch {
    return ref.toLocaleLowerCase('en-US');
  }
}
