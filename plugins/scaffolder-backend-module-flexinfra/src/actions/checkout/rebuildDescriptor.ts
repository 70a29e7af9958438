import {
  ANNOTATION_LOCATION,
  ANNOTATION_ORIGIN_LOCATION,
  Entity,
} from '@backstage/catalog-model';
import yaml from 'yaml';

/** Annotations the catalog adds to an entity while reading it. */
const CATALOG_ANNOTATIONS = [
  ANNOTATION_LOCATION,
  ANNOTATION_ORIGIN_LOCATION,
  'backstage.io/orphan',
];

/**
 * A catalog-info.yaml for an entity, written from the catalog's copy of it:
 * without the fields and annotations the catalog adds (uid, etag, relations,
 * status, managed-by locations). Used in dry runs for entities whose file
 * cannot be fetched, such as the example catalog's local files.
 */
export function rebuildDescriptor(entity: Entity): string {
  const {
    uid: _uid,
    etag: _etag,
    generation: _generation,
    annotations = {},
    ...metadata
  } = entity.metadata as Entity['metadata'] & { generation?: number };
  const kept = Object.fromEntries(
    Object.entries(annotations).filter(
      ([key]) => !CATALOG_ANNOTATIONS.includes(key),
    ),
  );
  const descriptor = {
    apiVersion: entity.apiVersion,
    kind: entity.kind,
    metadata: {
      ...metadata,
      ...(Object.keys(kept).length > 0 && { annotations: kept }),
    },
    ...(entity.spec && { spec: entity.spec }),
  };
  return yaml.stringify(descriptor, { lineWidth: 0 });
}
