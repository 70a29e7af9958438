import { parseEntityRef } from '@backstage/catalog-model';
import { humanizeEntityRef } from '@backstage/plugin-catalog-react';

/**
 * A short name for an entity ref: `payments` for `group:default/payments`
 * (with the default kind `group`), `user:jane` for a user; the ref itself
 * when it cannot be parsed.
 */
export function entityRefLabel(ref: string, defaultKind = 'group'): string {
  try {
    return humanizeEntityRef(parseEntityRef(ref, { defaultKind }), {
      defaultKind,
    });
  } catch {
    return ref;
  }
}

/** A short name for an owner ref, e.g. `payments` for `group:default/payments`. */
export function ownerLabel(ref: string): string {
  return entityRefLabel(ref, 'group');
}
