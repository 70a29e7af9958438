import { parseEntityRef } from '@backstage/catalog-model';
import { InputError } from '@backstage/errors';
import {
  RESULT_FILTER_NAMES,
  type ResultFilters,
} from '@flexinfra/backstage-plugin-flexinfra-common';
import { normaliseEntityRef, validateRefPart } from './entityRefParams';
import type { Query } from './queryParams';

/** The most values one filter takes. */
export const MAX_FILTER_VALUES = 100;

/** The longest type or lifecycle value. */
const MAX_VALUE_LENGTH = 253;

/** A kind, as the catalog accepts it. */
const KIND = /^[A-Za-z][A-Za-z0-9]*$/;

type FilterName = keyof ResultFilters;

/** A value quoted for an error message, cut short when long. */
function quote(value: string): string {
  return JSON.stringify(value.length > 60 ? `${value.slice(0, 60)}…` : value);
}

/** The kinds a ref filter may name; the first is the default. */
const REF_FILTER_KINDS: Partial<Record<FilterName, readonly string[]>> = {
  owner: ['group', 'user'],
  system: ['system'],
  domain: ['domain'],
};

/** The values of a repeatable, comma-separated query parameter. */
function filterValues(query: Query, name: string): string[] {
  const raw = query[name];
  if (raw === undefined) {
    return [];
  }
  const list = Array.isArray(raw) ? raw : [raw];
  if (!list.every(item => typeof item === 'string')) {
    throw new InputError(
      `Invalid ${name} filter: give it as ${name}=a&${name}=b or ${name}=a,b`,
    );
  }
  const values = (list as string[])
    .flatMap(item => item.split(','))
    .map(value => value.trim())
    .filter(value => value.length > 0);
  if (values.length > MAX_FILTER_VALUES) {
    throw new InputError(
      `Invalid ${name} filter: at most ${MAX_FILTER_VALUES} values`,
    );
  }
  return [...new Set(values)];
}

function parseKind(value: string): string {
  if (value.length > 63 || !KIND.test(value)) {
    throw new InputError(
      `Invalid kind filter value ${quote(
        value,
      )}: must be a letter followed by letters or digits, e.g. component`,
    );
  }
  return value.toLocaleLowerCase('en-US');
}

/** A type or lifecycle value, lower-cased as results store them. */
function parsePlainValue(name: FilterName, value: string): string {
  // eslint-disable-next-line no-control-regex
  if (value.length > MAX_VALUE_LENGTH || /[\u0000-\u001f\u007f]/.test(value)) {
    throw new InputError(
      `Invalid ${name} filter value ${quote(
        value,
      )}: must be at most ${MAX_VALUE_LENGTH} characters without control characters`,
    );
  }
  return value.toLocaleLowerCase('en-US');
}

function parseRefValue(
  name: FilterName,
  value: string,
  kinds: readonly string[],
): string {
  const invalid = (why: string) =>
    new InputError(`Invalid ${name} filter value ${quote(value)}: ${why}`);
  let ref;
  try {
    ref = parseEntityRef(value, {
      defaultKind: kinds[0],
      defaultNamespace: 'default',
    });
  } catch {
    throw invalid('must be an entity ref such as [kind:][namespace/]name');
  }
  try {
    validateRefPart(ref.kind, 'kind');
    validateRefPart(ref.namespace, 'namespace');
    validateRefPart(ref.name, 'name');
  } catch (error) {
    throw invalid((error as Error).message.replace(/^Invalid /, ''));
  }
  const kind = ref.kind.toLocaleLowerCase('en-US');
  if (!kinds.includes(kind)) {
    throw invalid(`must be a ref of kind ${kinds.join(' or ')}`);
  }
  return normaliseEntityRef({ ...ref, kind });
}

/**
 * The result filters of a request (`kind`, `type`, `lifecycle`, `owner`,
 * `system`, `domain`). Each may be repeated or comma-separated. Values are
 * lower-cased (results store kinds, types, lifecycles and refs so); refs get the default kind of their filter (group for
 * owner, system, domain) and the namespace `default`, so `owner=payments`
 * becomes `group:default/payments`. Filters without values are left out.
 *
 * @throws InputError naming the filter and value that are invalid.
 */
export function parseFilters(query: Query): ResultFilters {
  const filters: ResultFilters = {};
  for (const name of RESULT_FILTER_NAMES) {
    const values = filterValues(query, name);
    if (values.length === 0) {
      continue;
    }
    const refKinds = REF_FILTER_KINDS[name];
    filters[name] = [
      ...new Set(
        values.map(value => {
          if (refKinds) {
            return parseRefValue(name, value, refKinds);
          }
          return name === 'kind'
            ? parseKind(value)
            : parsePlainValue(name, value);
        }),
      ),
    ];
  }
  return filters;
}
