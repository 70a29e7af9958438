/**
 * Small, total readers for parsed documents: repository content is
 * untrusted, so every field is checked before it is used.
 */

/** A plain object (not an array, not null). */
export type PlainObject = Record<string, unknown>;

/** Whether a value is a plain object. */
export function isObject(value: unknown): value is PlainObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The object at a path of keys, or undefined when any step is not an object. */
export function objectAt(
  value: unknown,
  ...keys: string[]
): PlainObject | undefined {
  let current: unknown = value;
  for (const key of keys) {
    if (!isObject(current)) {
      return undefined;
    }
    current = current[key];
  }
  return isObject(current) ? current : undefined;
}

/** The value at a path of keys, or undefined. */
export function valueAt(value: unknown, ...keys: string[]): unknown {
  if (keys.length === 0) {
    return value;
  }
  const parent = objectAt(value, ...keys.slice(0, -1));
  return parent?.[keys[keys.length - 1]];
}

/**
 * A whole, non-negative count: a number, or a string of digits (Kubernetes
 * annotations are strings, e.g. `"3"`). Anything else is undefined.
 */
export function countOf(value: unknown): number | undefined {
  if (typeof value === 'number') {
    return Number.isInteger(value) && value >= 0 ? value : undefined;
  }
  if (typeof value === 'string' && /^\s*\d{1,9}\s*$/.test(value)) {
    return Number(value);
  }
  return undefined;
}

/** A non-empty trimmed string, or undefined. */
export function textOf(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== ''
    ? value.trim()
    : undefined;
}

/** The elements of an array, or none. */
export function arrayOf(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}
