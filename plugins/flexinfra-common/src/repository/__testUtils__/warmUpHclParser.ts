import { parseHcl } from '../parse/parseHcl';

/**
 * Loads the HCL parser (a WebAssembly module, slow to start on a busy
 * machine) before a test file's tests: `beforeAll(warmUpHclParser, 60_000)`.
 */
export async function warmUpHclParser(): Promise<void> {
  await parseHcl('warm-up.tf', '', { maxDepth: 8 });
}
