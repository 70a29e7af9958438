import {
  CompoundEntityRef,
  makeValidator,
  parseEntityRef,
} from '@backstage/catalog-model';

/** The catalog's own rules for entity names, metadata keys and values. */
const validators = makeValidator();

/** A link as an entity's `metadata.links` holds it. */
export interface EntityLink {
  url: string;
  title?: string;
  type?: string;
  icon?: string;
}

/** The action's input as the template gives it. */
export interface AnnotateInput {
  filePath?: string;
  entityRef?: string;
  annotations?: Record<string, string>;
  listAnnotations?: Record<string, string[]>;
  labels?: Record<string, string>;
  links?: EntityLink[];
  dependsOn?: string[];
  removeAnnotations?: string[];
  overwrite?: boolean;
}

/** What to change in the entity, checked and with defaults filled in. */
export interface EntityChanges {
  annotations: Array<[key: string, value: string]>;
  /** Items to add to comma-separated list annotations. */
  listAnnotations: Array<[key: string, items: string[]]>;
  labels: Array<[key: string, value: string]>;
  links: EntityLink[];
  dependsOn: string[];
  /** Annotation keys to delete, e.g. declarations the repository now proves. */
  removeAnnotations: string[];
  overwrite: boolean;
}

/** The whole input, checked. */
export interface AnnotateRequest {
  filePath: string;
  entityRef?: CompoundEntityRef;
  changes: EntityChanges;
}

export const DEFAULT_FILE_PATH = 'catalog-info.yaml';

/**
 * Checks the input against Backstage's rules for entity metadata, reporting
 * every problem at once.
 *
 * @throws an error whose message lists each problem
 */
export function validateAnnotateInput(input: AnnotateInput): AnnotateRequest {
  const problems: string[] = [];

  const filePath = input.filePath ?? DEFAULT_FILE_PATH;
  if (typeof filePath !== 'string' || filePath.trim() === '') {
    problems.push('filePath must be a non-empty path');
  }

  let entityRef: CompoundEntityRef | undefined;
  // An empty string, as an unset optional template parameter renders, means
  // no entityRef.
  if (input.entityRef !== undefined && input.entityRef !== '') {
    entityRef = parseInputEntityRef(input.entityRef);
    if (!entityRef) {
      problems.push(
        `entityRef ${JSON.stringify(
          input.entityRef,
        )} is not an entity reference of the form kind:[namespace/]name, e.g. component:default/orders`,
      );
    }
  }

  const annotations = Object.entries(input.annotations ?? {});
  for (const [key, value] of annotations) {
    if (!validators.isValidAnnotationKey(key)) {
      problems.push(
        `annotation key ${JSON.stringify(
          key,
        )} is not a valid Backstage annotation key: expected [prefix/]name, where prefix is a DNS subdomain (e.g. flexinfra.io) and name is at most 63 letters, digits, '-', '_' or '.', starting and ending with a letter or digit`,
      );
    }
    if (!validators.isValidAnnotationValue(value)) {
      problems.push(`annotation ${key} must have a string value`);
    }
  }

  const listAnnotations = Object.entries(input.listAnnotations ?? {});
  for (const [key, items] of listAnnotations) {
    if (!validators.isValidAnnotationKey(key)) {
      problems.push(
        `listAnnotations key ${JSON.stringify(
          key,
        )} is not a valid Backstage annotation key`,
      );
    }
    if (
      !Array.isArray(items) ||
      !items.every(
        item => typeof item === 'string' && /^[^,\s]+$/.test(item.trim()),
      )
    ) {
      problems.push(
        `listAnnotations ${key} must be a list of items without commas, e.g. [preview]`,
      );
    }
    if (annotations.some(([other]) => other === key)) {
      problems.push(
        `${key} is in both annotations and listAnnotations; give it in one of them`,
      );
    }
  }

  const labels = Object.entries(input.labels ?? {});
  for (const [key, value] of labels) {
    if (!validators.isValidLabelKey(key)) {
      problems.push(
        `label key ${JSON.stringify(
          key,
        )} is not a valid Backstage label key: expected [prefix/]name, as for annotations`,
      );
    }
    if (!validators.isValidLabelValue(value)) {
      problems.push(
        `label ${key} has value ${JSON.stringify(
          value,
        )}; a label value is empty or at most 63 letters, digits, '-', '_' or '.', starting and ending with a letter or digit`,
      );
    }
  }

  const links = input.links ?? [];
  links.forEach((link, i) => {
    if (!isHttpUrl(link?.url)) {
      problems.push(
        `links[${i}].url ${JSON.stringify(
          link?.url,
        )} is not an absolute http or https URL`,
      );
    }
    for (const field of ['title', 'type', 'icon'] as const) {
      if (link?.[field] !== undefined && typeof link[field] !== 'string') {
        problems.push(`links[${i}].${field} must be a string`);
      }
    }
  });

  const dependsOn = input.dependsOn ?? [];
  dependsOn.forEach((ref, i) => {
    if (!parseInputEntityRef(ref)) {
      problems.push(
        `dependsOn[${i}] ${JSON.stringify(
          ref,
        )} is not an entity reference of the form kind:[namespace/]name, e.g. resource:default/orders-db`,
      );
    }
  });

  const removeAnnotations = input.removeAnnotations ?? [];
  for (const key of removeAnnotations) {
    if (typeof key !== 'string' || !validators.isValidAnnotationKey(key)) {
      problems.push(
        `removeAnnotations key ${JSON.stringify(
          key,
        )} is not a valid Backstage annotation key`,
      );
    } else if (
      annotations.some(([other]) => other === key) ||
      listAnnotations.some(([other]) => other === key)
    ) {
      problems.push(
        `${key} is both added and removed; give it in one of annotations, listAnnotations and removeAnnotations`,
      );
    }
  }

  if (problems.length > 0) {
    throw new Error(
      `Invalid input to flexinfra:catalog:annotate: ${problems.join('; ')}`,
    );
  }

  return {
    filePath,
    entityRef,
    changes: {
      annotations,
      listAnnotations: listAnnotations.map(([key, items]) => [
        key,
        items.map(item => item.trim()),
      ]),
      labels,
      links: links.map(({ url, title, type, icon }) => ({
        url,
        ...(title !== undefined && { title }),
        ...(type !== undefined && { type }),
        ...(icon !== undefined && { icon }),
      })),
      dependsOn,
      removeAnnotations,
      overwrite: input.overwrite ?? false,
    },
  };
}

/**
 * Parses an entity reference of the input with the catalog's
 * `parseEntityRef`, given no default kind: neither `entityRef` nor
 * `spec.dependsOn` has one to fall back on, so `kind:` is required.
 *
 * The parts must also be valid as the catalog checks them on an entity (kind,
 * namespace, name), which refuses, e.g., white space or a second `/`. The
 * namespace is checked in lower case, as references are compared without
 * regard to case.
 *
 * @returns the parts, the namespace filled in ('default' when the reference
 *   leaves it out), or undefined when `ref` is not such a reference
 */
function parseInputEntityRef(ref: unknown): CompoundEntityRef | undefined {
  if (typeof ref !== 'string') {
    return undefined;
  }
  let parts: CompoundEntityRef;
  try {
    parts = parseEntityRef(ref);
  } catch {
    return undefined;
  }
  const valid =
    validators.isValidKind(parts.kind) &&
    validators.isValidNamespace(parts.namespace.toLocaleLowerCase('en-US')) &&
    validators.isValidEntityName(parts.name);
  return valid ? parts : undefined;
}

function isHttpUrl(value: unknown): boolean {
  if (typeof value !== 'string' || value.trim() !== value) {
    return false;
  }
  try {
    const url = new URL(value);
    return (
      (url.protocol === 'http:' || url.protocol === 'https:') && !!url.host
    );
  } catch {
    return false;
  }
}
