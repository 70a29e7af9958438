import { CompoundEntityRef, makeValidator } from '@backstage/catalog-model';

const validators = makeValidator();

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Checks that the input describes an entity the catalog would accept as far
 * as its envelope goes: apiVersion, kind, metadata.name and namespace.
 *
 * @throws an error naming every problem
 */
export function validateNewEntity(value: unknown): {
  entity: Record<string, unknown>;
  ref: CompoundEntityRef;
} {
  const problems: string[] = [];
  const entity = isRecord(value) ? value : {};
  if (!isRecord(value)) {
    problems.push('entity must be an object');
  }
  const metadata = isRecord(entity.metadata) ? entity.metadata : {};
  const { apiVersion, kind } = entity;
  const { name, namespace = 'default' } = metadata;
  if (
    typeof apiVersion !== 'string' ||
    !/^[\w.-]+\/[\w.-]+$/.test(apiVersion)
  ) {
    problems.push(
      'entity.apiVersion must be a group/version, e.g. backstage.io/v1alpha1',
    );
  }
  if (typeof kind !== 'string' || !validators.isValidKind(kind)) {
    problems.push('entity.kind must be a kind, e.g. Resource');
  }
  if (typeof name !== 'string' || !validators.isValidEntityName(name)) {
    problems.push(
      `entity.metadata.name ${JSON.stringify(
        name,
      )} must be an entity name: at most 63 letters, digits, "-", "_" and "."`,
    );
  }
  if (
    typeof namespace !== 'string' ||
    !validators.isValidNamespace(namespace)
  ) {
    problems.push('entity.metadata.namespace must be a namespace');
  }
  if (problems.length > 0) {
    throw new Error(
      `Invalid input to flexinfra:catalog:add-entity: ${problems.join('; ')}`,
    );
  }
  return {
    entity,
    ref: {
      kind: kind as string,
      namespace: namespace as string,
      name: name as string,
    },
  };
}
