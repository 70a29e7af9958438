import {
  CompoundEntityRef,
  DEFAULT_NAMESPACE,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import { Document, isMap } from 'yaml';

/** One YAML document of a catalog file that describes an entity. */
export interface EntityDocument {
  /** Position of the document in the file, from 0. */
  index: number;
  document: Document;
  ref: CompoundEntityRef;
}

/** The kinds chosen when the input names no entity. */
export const DEFAULT_ENTITY_KINDS = ['Component', 'Resource', 'System'];

/**
 * The documents of a catalog file that look like entities: a mapping with a
 * string `kind` and a string `metadata.name`. Others (empty documents,
 * stray values) are left alone.
 */
export function listEntityDocuments(documents: Document[]): EntityDocument[] {
  return documents.flatMap((document, index) => {
    if (!isMap(document.contents)) {
      return [];
    }
    const kind = document.get('kind');
    const name = document.getIn(['metadata', 'name']);
    const namespace =
      document.getIn(['metadata', 'namespace']) ?? DEFAULT_NAMESPACE;
    if (
      typeof kind !== 'string' ||
      typeof name !== 'string' ||
      typeof namespace !== 'string'
    ) {
      return [];
    }
    return [{ index, document, ref: { kind, namespace, name } }];
  });
}

/**
 * Picks the document to edit: the one `entityRef` names (kind, namespace and
 * name compared without regard to case, as Backstage does), or, without
 * `entityRef`, the only Component, Resource or System in the file.
 *
 * @throws naming the entities the file holds when there is no single match
 */
export function selectEntityDocument(
  documents: Document[],
  entityRef: CompoundEntityRef | undefined,
  displayPath: string,
): EntityDocument {
  const entities = listEntityDocuments(documents);
  const held = entities.length
    ? `it holds ${entities.map(e => stringifyEntityRef(e.ref)).join(', ')}`
    : 'it holds no catalog entities';

  if (entityRef) {
    // stringifyEntityRef gives the lower-cased kind:namespace/name.
    const wanted = stringifyEntityRef(entityRef);
    const matches = entities.filter(e => stringifyEntityRef(e.ref) === wanted);
    if (matches.length === 0) {
      throw new Error(
        `Entity ${stringifyEntityRef(
          entityRef,
        )} was not found in ${displayPath}; ${held}`,
      );
    }
    if (matches.length > 1) {
      throw new Error(
        `Entity ${stringifyEntityRef(entityRef)} appears ${
          matches.length
        } times in ${displayPath} (documents ${matches
          .map(m => m.index + 1)
          .join(', ')}); fix the file so that it appears once`,
      );
    }
    return matches[0];
  }

  const defaultKinds = DEFAULT_ENTITY_KINDS.map(k => k.toLocaleLowerCase());
  const candidates = entities.filter(e =>
    defaultKinds.includes(e.ref.kind.toLocaleLowerCase()),
  );
  if (candidates.length === 1) {
    return candidates[0];
  }
  const kinds = DEFAULT_ENTITY_KINDS.join(', ');
  if (candidates.length === 0) {
    throw new Error(
      `${displayPath} holds no entity of kind ${kinds}; ${held}. Set entityRef to the entity to annotate`,
    );
  }
  throw new Error(
    `${displayPath} holds ${
      candidates.length
    } entities of kind ${kinds}: ${candidates
      .map(c => stringifyEntityRef(c.ref))
      .join(', ')}. Set entityRef to the one to annotate`,
  );
}
