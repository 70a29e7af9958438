import { parseEntityRef } from '@backstage/catalog-model';
import { InputError } from '@backstage/errors';
import {
  normaliseEntityRef,
  validateRefPart,
  type RequestedEntity,
} from '../service/entityRefParams';

/**
 * Reads an entity ref given to an action, `[kind:][namespace/]name`, the
 * way the REST API reads `{kind}/{namespace}/{name}`: each part checked,
 * the whole lower-cased as results are stored. The namespace defaults to
 * `default`; the kind to `defaultKind` (when there is none, it is required).
 *
 * @throws InputError naming the ref when it is malformed, or when its kind
 *   is not one of `kinds`.
 */
export function parseEntityRefInput(
  value: string,
  options: { defaultKind?: string; kinds?: readonly string[] } = {},
): RequestedEntity {
  const invalid = (why: string) =>
    new InputError(`Invalid entity ref ${JSON.stringify(value)}: ${why}`);
  let ref;
  try {
    ref = parseEntityRef(value.trim(), {
      defaultKind: options.defaultKind,
      defaultNamespace: 'default',
    });
  } catch {
    throw invalid(
      'must be an entity ref such as component:default/checkout-api',
    );
  }
  try {
    validateRefPart(ref.kind, 'kind');
    validateRefPart(ref.namespace, 'namespace');
    validateRefPart(ref.name, 'name');
  } catch (error) {
    throw invalid((error as Error).message.replace(/^Invalid /, ''));
  }
  const kind = ref.kind.toLocaleLowerCase('en-US');
  const namespace = ref.namespace.toLocaleLowerCase('en-US');
  const name = ref.name.toLocaleLowerCase('en-US');
  if (options.kinds && !options.kinds.includes(kind)) {
    throw invalid(`must be a ref of kind ${options.kinds.join(', ')}`);
  }
  return {
    kind,
    namespace,
    name,
    entityRef: normaliseEntityRef({ kind, namespace, name }),
  };
}
