/**
 * A catalog entity reference split into its parts, with the namespace filled
 * in ('default' when the reference leaves it out).
 */
export interface EntityRefParts {
  kind: string;
  namespace: string;
  name: string;
}

const DEFAULT_NAMESPACE = 'default';

/**
 * Parses `kind:[namespace/]name` the way Backstage's `parseEntityRef` does,
 * but insists on a kind: neither `entityRef` nor `spec.dependsOn` has a
 * default kind to fall back on.
 *
 * @returns the parts, or undefined when `ref` is not such a reference
 */
export function parseEntityRef(ref: string): EntityRefParts | undefined {
  if (typeof ref !== 'string' || /\s/.test(ref)) {
    return undefined;
  }
  let colon = ref.indexOf(':');
  const slash = ref.indexOf('/');
  // As in Backstage: a ':' after the first '/' belongs to the name.
  if (slash !== -1 && slash < colon) {
    colon = -1;
  }
  if (colon === -1) {
    return undefined;
  }
  const kind = ref.slice(0, colon);
  const namespace =
    slash === -1 ? DEFAULT_NAMESPACE : ref.slice(colon + 1, slash);
  const name = ref.slice(Math.max(colon + 1, slash + 1));
  if (!kind || !namespace || !name || name.includes('/')) {
    return undefined;
  }
  return { kind, namespace, name };
}

/**
 * The `kind:namespace/name` form of a reference, lower-cased: Backstage
 * compares entity references without regard to case.
 */
export function entityRefKey(parts: EntityRefParts): string {
  return `${parts.kind}:${parts.namespace}/${parts.name}`.toLocaleLowerCase(
    'en-US',
  );
}

/** The canonical `kind:namespace/name` text of a reference. */
export function formatEntityRef(parts: EntityRefParts): string {
  return `${parts.kind.toLocaleLowerCase('en-US')}:${parts.namespace}/${
    parts.name
  }`;
}
