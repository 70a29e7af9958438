import { BackstageCredentials } from '@backstage/backend-plugin-api';
import {
  CompoundEntityRef,
  Entity,
  parseEntityRef,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import { CatalogService } from '@backstage/plugin-catalog-node';
import {
  refOf,
  relatedRefs,
} from '@flexinfra/backstage-plugin-flexinfra-common';
import { relative } from 'node:path';
import {
  readCatalogFile,
  resolveCatalogFilePath,
} from '../catalog/catalogFile';
import { parseCatalogDocuments } from '../catalog/catalogYaml';
import {
  listEntityDocuments,
  selectEntityDocument,
} from '../catalog/selectEntityDocument';

/**
 * Parses an entity reference with a kind, as the input gives it.
 *
 * @throws naming the input field when it is not a reference
 */
export function parseInputRef(ref: string, field: string): CompoundEntityRef {
  try {
    return parseEntityRef(ref);
  } catch {
    throw new Error(
      `${field} ${JSON.stringify(
        ref,
      )} is not an entity reference of the form kind:[namespace/]name, e.g. component:default/orders`,
    );
  }
}

/**
 * Reads the entity from a catalog file in the workspace; the other entities
 * of the file are the first place its dependencies are looked up.
 */
export async function readEntityFromFile(options: {
  workspacePath: string;
  catalogInfoPath: string;
  entityRef?: CompoundEntityRef;
}): Promise<{ entity: Entity; fileEntities: Entity[]; source: string }> {
  const absolutePath = resolveCatalogFilePath(
    options.workspacePath,
    options.catalogInfoPath,
  );
  const displayPath = relative(options.workspacePath, absolutePath);
  const source = await readCatalogFile(absolutePath, displayPath);
  const documents = parseCatalogDocuments(source, displayPath);
  const selected = selectEntityDocument(
    documents,
    options.entityRef,
    displayPath,
  );
  return {
    entity: selected.document.toJS() as Entity,
    fileEntities: listEntityDocuments(documents).map(
      document => document.document.toJS() as Entity,
    ),
    source: displayPath,
  };
}

/**
 * The entities `entity` depends on: from `known` (e.g. the same file) where
 * they are there, otherwise from the catalog, read with the credentials of
 * the user who started the task.
 */
export async function findDependencies(options: {
  entity: Entity;
  known: Entity[];
  catalog: CatalogService;
  credentials: BackstageCredentials;
}): Promise<Entity[]> {
  const byRef = new Map<string, Entity>();
  for (const entity of options.known) {
    const ref = refOf(entity);
    if (ref) {
      byRef.set(ref, entity);
    }
  }
  const refs = relatedRefs(options.entity, 'dependsOn', 'dependsOn');
  const missing = refs.filter(ref => !byRef.has(ref));
  if (missing.length > 0) {
    const { items } = await options.catalog.getEntitiesByRefs(
      { entityRefs: missing },
      { credentials: options.credentials },
    );
    for (const item of items) {
      if (item) {
        byRef.set(stringifyEntityRef(item).toLocaleLowerCase('en-US'), item);
      }
    }
  }
  return refs.flatMap(ref => {
    const entity = byRef.get(ref);
    return entity ? [entity] : [];
  });
}

/** Reads an entity from the catalog. */
export async function readEntityFromCatalog(options: {
  entityRef: CompoundEntityRef;
  catalog: CatalogService;
  credentials: BackstageCredentials;
}): Promise<Entity> {
  const entity = await options.catalog.getEntityByRef(options.entityRef, {
    credentials: options.credentials,
  });
  if (!entity) {
    throw new Error(
      `Entity ${stringifyEntityRef(
        options.entityRef,
      )} was not found in the catalog, or you may not read it`,
    );
  }
  return entity;
}
