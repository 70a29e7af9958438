import type { AnalyzerLimits } from '../types';
import { exceedsDepth } from './depth';

type Hcl2Json = typeof import('@cdktf/hcl2json');

let hcl2json: Promise<Hcl2Json> | undefined;

/**
 * HashiCorp's HCL parser, loaded on the first HCL file rather than with the
 * analyzer. Loading `@cdktf/hcl2json` starts compiling its WebAssembly (a Go
 * program, about 10 MB) in the background, and a process cannot exit before
 * that compilation ends; loaded with the analyzer, every backend, CLI run and
 * test worker that never meets an HCL file would pay for it.
 *
 * CommonJS (the backend, the CLI, Jest) loads it with `require`; native ES
 * modules, where `require` does not exist, with `import()`. Jest's module
 * runtime only supports `import()` behind a Node.js flag, so `require` comes
 * first.
 */
function loadHcl2Json(): Promise<Hcl2Json> {
  hcl2json ??= (
    typeof require === 'function'
      ? Promise.resolve().then(
          // eslint-disable-next-line @typescript-eslint/no-require-imports
          () => require('@cdktf/hcl2json') as Hcl2Json,
        )
      : import('@cdktf/hcl2json')
  ).catch(error => {
    hcl2json = undefined;
    throw error;
  });
  return hcl2json;
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
  const { parse } = await loadHcl2Json();
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
