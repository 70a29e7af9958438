import { parse } from '@cdktf/hcl2json';
import { execFileSync } from 'node:child_process';
import { promises as fs } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** A resource of a parsed module. */
export interface ParsedResource {
  type: string;
  name: string;
  body: Record<string, any>;
}

/** Parses every Terraform file of a module with HashiCorp's HCL parser. */
export async function parseModule(
  files: Array<{ path: string; content: string }>,
): Promise<Record<string, Record<string, any>>> {
  const parsed: Record<string, Record<string, any>> = {};
  for (const file of files) {
    if (/\.(tf|tfvars)$/.test(file.path)) {
      parsed[file.path] = await parse(file.path, file.content);
    }
  }
  return parsed;
}

export function resourcesOf(
  parsed: Record<string, Record<string, any>>,
): ParsedResource[] {
  return Object.values(parsed).flatMap(file =>
    Object.entries(file.resource ?? {}).flatMap(([type, byName]) =>
      Object.entries(byName as Record<string, any[]>).map(([name, bodies]) => ({
        type,
        name,
        body: bodies[0],
      })),
    ),
  );
}

/** AWS resource types that take no tags. */
export const UNTAGGABLE = [
  'aws_cloudwatch_dashboard',
  'aws_sns_topic_subscription',
  'aws_sqs_queue_redrive_allow_policy',
];

/**
 * Where a resource keeps its owner and cost-centre tags or labels, or
 * undefined for resources that have none (time_offset, untaggable types).
 */
export function tagsOf(resource: ParsedResource): unknown {
  if (resource.type.startsWith('aws_')) {
    return UNTAGGABLE.includes(resource.type) ? undefined : resource.body.tags;
  }
  if (resource.type === 'kubernetes_manifest') {
    return resource.body.manifest.metadata.labels;
  }
  if (resource.type.startsWith('kubernetes_')) {
    return resource.body.metadata[0].labels;
  }
  return undefined;
}

function terraformAvailable(): boolean {
  try {
    execFileSync('terraform', ['version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** Whether `terraform fmt -check` can run here; CI images may lack it. */
export const hasTerraform = terraformAvailable();

/**
 * Runs `terraform fmt -check` on the files, as the generated workflow does.
 *
 * @returns the files terraform would reformat
 */
export async function terraformFmtCheck(
  files: Array<{ path: string; content: string }>,
): Promise<string[]> {
  const dir = await mkdtemp(join(tmpdir(), 'flexinfra-fmt-'));
  try {
    for (const file of files) {
      const path = join(dir, file.path);
      await fs.mkdir(dirname(path), { recursive: true });
      await fs.writeFile(path, file.content);
    }
    try {
      execFileSync('terraform', ['fmt', '-check', '-recursive', dir], {
        encoding: 'utf8',
        env: { ...process.env, TF_CLI_CONFIG_FILE: '/dev/null' },
      });
      return [];
    } catch (error) {
      return String((error as { stdout?: string }).stdout ?? error)
        .split('\n')
        .filter(Boolean);
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
