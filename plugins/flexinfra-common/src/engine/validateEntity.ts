function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** How a value that is not an object reads in an error; never throws. */
function describeNonObject(value: unknown): string {
  if (Array.isArray(value)) {
    return 'an array';
  }
  switch (typeof value) {
    case 'string':
      return JSON.stringify(value);
    case 'number':
    case 'boolean':
      return String(value); // JSON.stringify would call NaN "null"
    case 'object':
      return 'null';
    default:
      // undefined, bigint, symbol, function: JSON.stringify throws on a
      // bigint and returns undefined for the others.
      return typeof value;
  }
}

/**
 * Checks that a value has the shape the engine reads. Returns what is wrong,
 * or undefined when the entity can be scored. Deliberately lenient about
 * everything the engine does not read.
 */
export function findEntityProblem(value: unknown): string | undefined {
  if (!isRecord(value)) {
    return `expected an entity object, got ${describeNonObject(value)}`;
  }
  if (typeof value.kind !== 'string' || value.kind.trim() === '') {
    return 'kind is missing or not a string';
  }
  if (!isRecord(value.metadata)) {
    return 'metadata is missing or not an object';
  }
  const { name, namespace, annotations, links } = value.metadata;
  if (typeof name !== 'string' || name.trim() === '') {
    return 'metadata.name is missing or not a string';
  }
  if (namespace !== undefined && typeof namespace !== 'string') {
    return 'metadata.namespace is not a string';
  }
  if (annotations !== undefined) {
    if (!isRecord(annotations)) {
      return 'metadata.annotations is not an object';
    }
    for (const key in annotations) {
      if (
        Object.hasOwn(annotations, key) &&
        typeof annotations[key] !== 'string'
      ) {
        return `metadata.annotations.${key} is not a string`;
      }
    }
  }
  if (links !== undefined && !Array.isArray(links)) {
    return 'metadata.links is not a list';
  }
  if (value.spec !== undefined && !isRecord(value.spec)) {
    return 'spec is not an object';
  }
  return undefined;
}
