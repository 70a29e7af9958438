import type { ParseAs, ParsedFile } from '../../types';
import { fileName } from '../shared/findings';
import { mayBeJsonTemplate } from './jsonDocuments';
import { isBody, type Body } from './terraformFiles';

/** One resource of a template: its logical id, `Type` and `Properties`. */
export interface CloudFormationResource {
  name: string;
  type: string;
  properties: Body;
}

/** A CloudFormation (or SAM) template found in a file. */
export interface CloudFormationTemplate {
  path: string;
  /** The template declares the SAM transform. */
  serverless: boolean;
  resources: CloudFormationResource[];
  /** SAM's `Globals` sections (`Function`, `Api`, …); empty when none. */
  globals: Body;
}

const SAM_TRANSFORM = 'AWS::Serverless-2016-10-31';

/**
 * How to read a file that may be a template: YAML (`.yaml`, `.yml`,
 * `.template`, which may also be JSON) or JSON.
 */
export function wantsCloudFormation(path: string): ParseAs | undefined {
  const name = fileName(path);
  if (/\.(ya?ml|template)$/.test(name)) {
    return 'yaml';
  }
  if (mayBeJsonTemplate(path)) {
    return 'json';
  }
  return undefined;
}

function resourcesOf(template: Body): CloudFormationResource[] {
  if (!isBody(template.Resources)) {
    return [];
  }
  return Object.entries(template.Resources).flatMap(([name, resource]) =>
    isBody(resource) && typeof resource.Type === 'string'
      ? [
          {
            name,
            type: resource.Type,
            properties: isBody(resource.Properties) ? resource.Properties : {},
          },
        ]
      : [],
  );
}

function transformsOf(template: Body): unknown[] {
  const transform = template.Transform;
  return Array.isArray(transform) ? transform : [transform];
}

/**
 * A template when the document says it is one: `AWSTemplateFormatVersion`,
 * or a `Resources` map of `AWS::…` types. Short-form intrinsic functions
 * (`!Ref`, `!Sub`, `!GetAtt`) reach here as the plain values they tag.
 */
function templateOf(
  path: string,
  document: unknown,
): CloudFormationTemplate | undefined {
  if (!isBody(document)) {
    return undefined;
  }
  const resources = resourcesOf(document);
  const declared = document.AWSTemplateFormatVersion !== undefined;
  const hasAwsTypes = resources.some(r => r.type.startsWith('AWS::'));
  if (!declared && !hasAwsTypes) {
    return undefined;
  }
  return {
    path,
    serverless: transformsOf(document).includes(SAM_TRANSFORM),
    resources,
    globals: isBody(document.Globals) ? document.Globals : {},
  };
}

/** The documents of a parsed YAML or JSON file. */
function documentsOf(file: ParsedFile): unknown[] {
  if (file.as === 'yaml') {
    return file.documents;
  }
  return file.as === 'json' ? [file.value] : [];
}

/** The templates among parsed YAML and JSON files. */
export function cloudFormationTemplatesIn(
  files: readonly ParsedFile[],
): CloudFormationTemplate[] {
  const templates: CloudFormationTemplate[] = [];
  for (const file of files) {
    for (const document of documentsOf(file)) {
      const template = templateOf(file.path, document);
      if (template) {
        templates.push(template);
      }
    }
  }
  return templates;
}
