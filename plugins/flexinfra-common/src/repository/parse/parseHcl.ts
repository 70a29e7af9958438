import { parse } from '@cdktf/hcl2json';
import type { AnalyzerLimits } from '../types';
import { exceedsDepth } from './depth';

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
