import { stringifyEntityRef } from '@backstage/catalog-model';
import { InputError } from '@backstage/errors';

/** The longest kind, namespace or name accepted. */
export const MAX_REF_PART_LENGTH = 253;

/** Letters, digits, `.`, `_` and `-`, starting with a letter or digit. */
const REF_PART = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

/** An entity named by a request, normalised to lower case. */
export interface RequestedEntity {
  kind: string;
  namespace: string;
  name: string;
  /** The full ref in lower case, as the result store keys it. */
  entityRef: string;
}

/**
 * Checks one part of an entity ref (kind, namespace or name).
 *
 * @throws InputError naming `parameter` when the part is empty, longer than
 *   253 characters or has characters other than letters, digits, `.`, `_`
 *   and `-` (or does not start with a letter or digit).
 */
export function validateRefPart(value: unknown, parameter: string): string {
  if (typeof value !== 'string' || value.length === 0) {
    throw new InputError(`Invalid ${parameter}: must not be empty`);
  }
  if (value.length > MAX_REF_PART_LENGTH) {
    throw new InputError(
      `Invalid ${parameter}: must be at most ${MAX_REF_PART_LENGTH} characters long`,
    );
  }
  if (!REF_PART.test(value)) {
    throw new InputError(
      `Invalid ${parameter} ${JSON.stringify(
        value,
      )}: must be letters, digits, ".", "_" and "-", starting with a letter or digit`,
    );
  }
  return value;
}

/** Lower-cases a full entity ref the way the result store keys results. */
export function normaliseEntityRef(ref: {
  kind: string;
  namespace: string;
  name: string;
}): string {
  return stringifyEntityRef(ref).toLocaleLowerCase('en-US');
}

/**
 * Reads the `kind`, `namespace` and `name` path parameters. They are matched
 * case-insensitively, so the entity is returned in lower case.
 */
export function parseEntityRefParams(params: {
  kind?: unknown;
  namespace?: unknown;
  name?: unknown;
}): RequestedEntity {
  const kind = validateRefPart(params.kind, 'kind').toLocaleLowerCase('en-US');
  const namespace = validateRefPart(
    params.namespace,
    'namespace',
  ).toLocaleLowerCase('en-US');
  const name = validateRefPart(params.name, 'name').toLocaleLowerCase('en-US');
  return {
    kind,
    namespace,
    name,
    entityRef: normaliseEntityRef({ kind, namespace, name }),
  };
}
