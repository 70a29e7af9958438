import type {
  AuthService,
  BackstageCredentials,
} from '@backstage/backend-plugin-api';
import {
  parseEntityRef,
  stringifyEntityRef,
  type Entity,
} from '@backstage/catalog-model';
import type { CatalogService } from '@backstage/plugin-catalog-node';
import { refOf } from '@flexinfra/backstage-plugin-flexinfra-common';
import type { OwnerNode } from '../database/ResultStore';

/** Entities per page when reading only identities and etags. */
const ETAG_PAGE_SIZE = 1000;

/** Entities resolved per batch when looking up related entities by ref. */
const RELATED_BATCH_SIZE = 500;

/**
 * Reads what a refresh needs from the catalog with the plugin's own service
 * credentials: the entities to score, page by page (never the whole catalog
 * at once), the group tree and systems' domains, and related entities in
 * batches.
 */
export class CatalogReader {
  constructor(
    private readonly options: {
      catalog: CatalogService;
      auth: AuthService;
      /** Kinds to score, e.g. Component, Resource, System, API. */
      kinds: string[];
      /** Fields to request for scored and related entities. */
      fields: string[];
      pageSize: number;
    },
  ) {}

  private async credentials(): Promise<BackstageCredentials> {
    return this.options.auth.getOwnServiceCredentials();
  }

  /** Pages through the entities of some kinds with cursor queries. */
  private async *queryPages(
    kinds: string | string[],
    fields: string[],
    pageSize = this.options.pageSize,
  ): AsyncGenerator<Entity[]> {
    const { catalog } = this.options;
    let cursor: string | undefined;
    do {
      const request = cursor
        ? { cursor, fields, limit: pageSize }
        : {
            filter: { kind: kinds },
            fields,
            limit: pageSize,
            totalItems: 'exclude' as const,
          };
      const response = await catalog.queryEntities(request, {
        credentials: await this.credentials(),
      });
      if (response.items.length > 0) {
        yield response.items;
      }
      cursor = response.pageInfo.nextCursor;
    } while (cursor);
  }

  /** Pages through the entities to score. */
  pages(): AsyncGenerator<Entity[]> {
    return this.queryPages(this.options.kinds, this.options.fields);
  }

  /**
   * Pages through the entities to score with just what identifies them and
   * their etag, which the catalog changes whenever the entity or its
   * relations change: far cheaper to read than the entities themselves.
   */
  etagPages(): AsyncGenerator<Entity[]> {
    return this.queryPages(
      this.options.kinds,
      ['kind', 'metadata.name', 'metadata.namespace', 'metadata.etag'],
      // Small rows: pages as large as the catalog client's own.
      Math.max(this.options.pageSize, ETAG_PAGE_SIZE),
    );
  }

  /**
   * Reads the entities with these refs in full, a page at a time; `missing`
   * gets the refs the catalog no longer has.
   */
  async *pagesOf(
    entityRefs: string[],
    missing: (entityRef: string) => void,
  ): AsyncGenerator<Entity[]> {
    const { pageSize } = this.options;
    for (let i = 0; i < entityRefs.length; i += pageSize) {
      const refs = entityRefs.slice(i, i + pageSize);
      const found = await this.readByRefs(refs);
      const foundRefs = new Set(found.map(refOf));
      refs.filter(ref => !foundRefs.has(ref)).forEach(missing);
      if (found.length > 0) {
        yield found;
      }
    }
  }

  /** Every entity of a kind with a few fields, paged. */
  private async readAll(kind: string, fields: string[]): Promise<Entity[]> {
    const entities: Entity[] = [];
    for await (const page of this.queryPages(kind, fields)) {
      entities.push(...page);
    }
    return entities;
  }

  /** The group tree: each group with its parent and title. */
  async readOwners(): Promise<OwnerNode[]> {
    const groups = await this.readAll('Group', [
      'kind',
      'metadata.name',
      'metadata.namespace',
      'metadata.title',
      'spec.parent',
      'spec.profile.displayName',
      'relations',
    ]);
    return groups.flatMap(group => {
      const ref = refOf(group);
      if (!ref) {
        return [];
      }
      const parentRef =
        targetOf(group, 'childOf', 'group') ??
        parseRef(group.spec?.parent, 'group', group.metadata.namespace);
      const profile = group.spec?.profile as
        | { displayName?: unknown }
        | undefined;
      const title =
        stringOrNull(group.metadata.title) ??
        stringOrNull(profile?.displayName);
      return [{ ref, parentRef: parentRef ?? null, title }];
    });
  }

  /** Each system's domain, by system ref. */
  async readSystemDomains(): Promise<Map<string, string | null>> {
    const systems = await this.readAll('System', [
      'kind',
      'metadata.name',
      'metadata.namespace',
      'spec.domain',
      'relations',
    ]);
    const domains = new Map<string, string | null>();
    for (const system of systems) {
      const ref = refOf(system);
      if (ref) {
        domains.set(ref, domainOf(system));
      }
    }
    return domains;
  }

  /** The entities with these refs that the catalog has, in batches. */
  async readByRefs(entityRefs: string[]): Promise<Entity[]> {
    const found: Entity[] = [];
    for (let i = 0; i < entityRefs.length; i += RELATED_BATCH_SIZE) {
      const { items } = await this.options.catalog.getEntitiesByRefs(
        {
          entityRefs: entityRefs.slice(i, i + RELATED_BATCH_SIZE),
          fields: this.options.fields,
        },
        { credentials: await this.credentials() },
      );
      for (const item of items) {
        if (item) {
          found.push(item);
        }
      }
    }
    return found;
  }
}

function stringOrNull(value: unknown): string | null {
  return typeof value === 'string' && value.trim() ? value : null;
}

/** A ref from a spec field, lower case, or undefined when unparseable. */
export function parseRef(
  value: unknown,
  defaultKind: string,
  defaultNamespace = 'default',
): string | undefined {
  if (typeof value !== 'string' || !value.trim()) {
    return undefined;
  }
  try {
    return stringifyEntityRef(
      parseEntityRef(value, { defaultKind, defaultNamespace }),
    ).toLocaleLowerCase('en-US');
  } catch {
    return undefined;
  }
}

/** The target of the entity's first relation of a type to a kind. */
export function targetOf(
  entity: Entity,
  type: string,
  kind?: string,
): string | undefined {
  for (const relation of entity.relations ?? []) {
    if (
      relation.type === type &&
      (!kind ||
        relation.targetRef.toLocaleLowerCase('en-US').startsWith(`${kind}:`))
    ) {
      return relation.targetRef.toLocaleLowerCase('en-US');
    }
  }
  return undefined;
}

/** A system's or domain-bearing entity's domain ref. */
export function domainOf(entity: Entity): string | null {
  return (
    targetOf(entity, 'partOf', 'domain') ??
    parseRef(entity.spec?.domain, 'domain', entity.metadata.namespace) ??
    null
  );
}
