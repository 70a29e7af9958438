import { InputError } from '@backstage/errors';

/** A request's query, as Express parses it (and the validator coerces it). */
export type Query = Record<string, unknown>;

/** The one value of a query parameter, or undefined when it is absent. */
export function singleQueryValue(
  query: Query,
  name: string,
): string | number | undefined {
  const value = query[name];
  if (value === undefined) {
    return undefined;
  }
  if (Array.isArray(value)) {
    if (value.length === 1) {
      return singleQueryValue({ [name]: value[0] }, name);
    }
    throw new InputError(`Invalid ${name}: must be given at most once`);
  }
  if (typeof value === 'string' || typeof value === 'number') {
    return value;
  }
  throw new InputError(`Invalid ${name}: must be a single value`);
}

/**
 * An integer query parameter from `min` to `max`, or `defaultValue` when it
 * is absent.
 *
 * @throws InputError naming the parameter otherwise.
 */
export function parseIntegerParam(
  query: Query,
  name: string,
  range: { min: number; max: number; defaultValue: number },
): number {
  const raw = singleQueryValue(query, name);
  if (raw === undefined) {
    return range.defaultValue;
  }
  let value = NaN;
  if (typeof raw === 'number') {
    value = raw;
  } else if (/^\d+$/.test(raw)) {
    value = Number(raw);
  }
  if (!Number.isInteger(value) || value < range.min || value > range.max) {
    throw new InputError(
      `Invalid ${name} ${JSON.stringify(raw)}: must be an integer from ${
        range.min
      } to ${range.max}`,
    );
  }
  return value;
}

/**
 * One of `values`, or `defaultValue` when the parameter is absent.
 *
 * @throws InputError naming the parameter and the values it takes otherwise.
 */
export function parseEnumParam<T extends string>(
  query: Query,
  name: string,
  values: readonly T[],
  defaultValue: T,
): T {
  const raw = singleQueryValue(query, name);
  if (raw === undefined) {
    return defaultValue;
  }
  if (!values.includes(raw as T)) {
    throw new InputError(
      `Invalid ${name} ${JSON.stringify(raw)}: must be one of ${values.join(
        ', ',
      )}`,
    );
  }
  return raw as T;
}
