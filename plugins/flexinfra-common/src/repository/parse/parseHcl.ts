import type { AnalyzerLimits } from '../types';
import { exceedsDepth } from './depth';

type HclParse = typeof import('@cdktf/hcl2json')['parse'];

let parser: Promise<HclParse> | undefined;

/**
 * HashiCorp's HCL parser, loaded on the first HCL file rather than with the
 * analyzer: loading `@cdktf/hcl2json` reads and compiles its WebAssembly
 * (a Go program, about 10 MB) in the background, and a process cannot exit
 * before that compilation ends. Loaded eagerly, every process that imported
 * the analyzer paid for it, whether or not a repository had HCL in it (and a
 * Jest worker that ran only a quick test was force-killed waiting for it).
 */
function hclParser(): Promise<HclParse> {
  parser ??= import('@cdktf/hcl2json').then(
    module => module.parse,
    error => {
      parser = undefined;
      throw error;
    },
  );
  return parser;
}

/**
 * An HCL file (Terraform, OpenTofu, Terragrunt, Packer, .tfvars) as JSON in
 * hcl2json's shape: blocks become arrays under their labels, e.g.
 * `resource.aws_autoscaling_group.web[0].max_size`. Throws an Error saying
 * what is wrong, with the position the parser gives.
 */
export async function parseHcl(
  path: string,
  text: string,
  limits: Pick<AnalyzerLimits, 'maxDepth'>,
): Promise<Record<string, unknown>> {
  const parse = await hclParser();
  let body: Record<string, unknown>;
  try {
    body = (await parse(path, text)) as Record<string, unknown>;
  } catch (e) {
    const message = String((e as Error)?.message ?? e)
      .replace(/^Error:\s*/, '')
      .replace(/^parse config:\s*/, '')
      .split('\n')[0];
    throw new Error(`is not valid HCL: ${message}`);
  }
  if (exceedsDepth(body, limits.maxDepth)) {
    throw new Error(`nests deeper than the limit of ${limits.maxDepth}`);
  }
  return body ?? {};
}
