import type { ParsedFile } from '../../../types';

/** A parsed mapping (YAML map, JSON object). */
export type Dict = Record<string, unknown>;

/** Whether a parsed value is a mapping (not null, not an array). */
export function isRecord(value: unknown): value is Dict {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The value as a list: an array as is, nothing as empty, anything else alone. */
export function asList(value: unknown): unknown[] {
  if (Array.isArray(value)) {
    return value;
  }
  return value === undefined || value === null ? [] : [value];
}

/** The mappings among a value taken as a list. */
export function recordsIn(value: unknown): Dict[] {
  return asList(value).filter(isRecord);
}

/** The strings in a value: one string, or the strings of a list. */
export function stringsIn(value: unknown): string[] {
  return asList(value).filter((v): v is string => typeof v === 'string');
}

/**
 * The shell text of a CI script field: one string, or a list of strings
 * (nested lists, as YAML anchors produce them, are flattened), one per line.
 */
export function scriptText(value: unknown): string {
  if (typeof value === 'string') {
    return value;
  }
  if (Array.isArray(value)) {
    return value.map(scriptText).filter(Boolean).join('\n');
  }
  return '';
}

/** The mapping documents of a parsed YAML or JSON file. */
export function documentsOf(file: ParsedFile): Dict[] {
  if (file.as === 'yaml') {
    return file.documents.filter(isRecord);
  }
  if (file.as === 'json') {
    return isRecord(file.value) ? [file.value] : [];
  }
  return [];
}

/** The first mapping document of a parsed YAML or JSON file. */
export function firstDocument(file: ParsedFile): Dict | undefined {
  if (file.as === 'yaml') {
    const [first] = file.documents;
    return isRecord(first) ? first : undefined;
  }
  return documentsOf(file)[0];
}
