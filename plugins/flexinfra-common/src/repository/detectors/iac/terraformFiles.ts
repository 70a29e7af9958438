import type { ParseAs, ParsedFile } from '../../types';

/** A map as a parsed HCL or JSON body holds it. */
export type Body = Record<string, unknown>;

/** One Terraform configuration file, HCL or JSON, as hcl2json shapes it. */
export interface TerraformFile {
  path: string;
  body: Body;
}

/** One labelled block: `resource "aws_instance" "web" { … }`. */
export interface TerraformResource {
  /** The resource type, e.g. `aws_autoscaling_group`. */
  type: string;
  /** The resource name, e.g. `web`. */
  name: string;
  body: Body;
}

/** Whether a path is a Terraform or OpenTofu configuration file, and how to read it. */
export function wantsTerraformConfiguration(path: string): ParseAs | undefined {
  if (/\.(tf|tofu)$/.test(path)) {
    return 'hcl';
  }
  if (/\.(tf|tofu)\.json$/.test(path)) {
    return 'json';
  }
  return undefined;
}

/** Whether a path is a Terraform variables file (`prod.tfvars`, `x.auto.tfvars`). */
export function wantsTerraformVariables(path: string): ParseAs | undefined {
  if (path.endsWith('.tfvars')) {
    return 'hcl';
  }
  if (path.endsWith('.tfvars.json')) {
    return 'json';
  }
  return undefined;
}

/** Whether a value is a map (not a list, not null). */
export function isBody(value: unknown): value is Body {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The blocks a value holds. hcl2json writes each block as a list of
 * bodies; Terraform's JSON syntax allows a single object or a list.
 */
export function blocksOf(value: unknown): Body[] {
  if (Array.isArray(value)) {
    return value.filter(isBody);
  }
  return isBody(value) ? [value] : [];
}

/** The parsed files that are Terraform configuration or variables, as bodies. */
export function terraformFilesIn(
  files: readonly ParsedFile[],
): TerraformFile[] {
  const result: TerraformFile[] = [];
  for (const file of files) {
    if (file.as === 'hcl') {
      result.push({ path: file.path, body: file.body });
    } else if (file.as === 'json' && isBody(file.value)) {
      result.push({ path: file.path, body: file.value });
    }
  }
  return result;
}

/**
 * Blocks with two labels (`resource`, `data`) of one body: type, name and
 * the block's body, in the order written.
 */
export function twoLabelBlocks(
  body: Body,
  blockType: 'resource' | 'data',
): TerraformResource[] {
  const result: TerraformResource[] = [];
  for (const byType of blocksOf(body[blockType])) {
    for (const [type, byName] of Object.entries(byType)) {
      for (const named of blocksOf(byName)) {
        for (const [name, bodies] of Object.entries(named)) {
          for (const block of blocksOf(bodies)) {
            result.push({ type, name, body: block });
          }
        }
      }
    }
  }
  return result;
}

/** The `resource` blocks of a file. */
export function resourcesOf(file: TerraformFile): TerraformResource[] {
  return twoLabelBlocks(file.body, 'resource');
}

/**
 * Blocks with one label (`provider "aws"`, `module "vpc"`, `variable "x"`)
 * of one body: label and body.
 */
export function oneLabelBlocks(
  body: Body,
  blockType: 'provider' | 'module' | 'variable' | 'output',
): Array<{ name: string; body: Body }> {
  const result: Array<{ name: string; body: Body }> = [];
  for (const byName of blocksOf(body[blockType])) {
    for (const [name, bodies] of Object.entries(byName)) {
      for (const block of blocksOf(bodies)) {
        result.push({ name, body: block });
      }
    }
  }
  return result;
}

/** The attributes of every `locals` block of a body, merged. */
export function localsOf(body: Body): Body {
  return Object.assign({}, ...blocksOf(body.locals));
}

/** Whether a string is an expression (`${var.x}`) rather than a literal. */
export function isExpression(value: string): boolean {
  return value.includes('${') || value.includes('%{');
}

/** A literal string, or undefined for an expression or another type. */
export function literalString(value: unknown): string | undefined {
  return typeof value === 'string' && !isExpression(value) ? value : undefined;
}

/** A literal number (also one written as a string), or undefined. */
export function literalNumber(value: unknown): number | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) {
    return value;
  }
  if (typeof value === 'string' && /^\s*-?\d+(\.\d+)?\s*$/.test(value)) {
    return Number(value);
  }
  return undefined;
}

/** A literal boolean (also one written as a string), or undefined. */
export function literalBoolean(value: unknown): boolean | undefined {
  if (typeof value === 'boolean') {
    return value;
  }
  if (value === 'true' || value === 'false') {
    return value === 'true';
  }
  return undefined;
}

/** The first nested block of a name, e.g. `settings` of a Cloud SQL instance. */
export function firstBlock(body: Body, name: string): Body | undefined {
  return blocksOf(body[name])[0];
}
