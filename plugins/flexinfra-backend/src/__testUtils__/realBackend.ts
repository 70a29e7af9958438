import { defaultModelDefinition } from '@flexinfra/backstage-plugin-flexinfra-common';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { stringify } from 'yaml';

/*
 * Helpers of the tests that start the real catalog (and other real
 * backends) beside FlexInfra in startTestBackend: the catalog reads its
 * entities from files, and what happens after start is waited for.
 */

/**
 * Calls `attempt` until it returns something other than undefined, and
 * returns that; fails naming `what` after `timeoutMs`.
 */
export async function eventually<T>(
  what: string,
  attempt: () => Promise<T | undefined>,
  timeoutMs = 60_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await attempt();
    if (value !== undefined) {
      return value;
    }
    if (Date.now() > deadline) {
      throw new Error(`Timed out waiting for ${what}`);
    }
    await new Promise(resolve => setTimeout(resolve, 250));
  }
}

/**
 * Writes these entities as the YAML documents of one catalog file: `file`,
 * or a new one in a temporary folder. Returns the file's path.
 */
export function writeCatalogFile(docs: object[], file?: string): string {
  const target =
    file ??
    path.join(
      fs.mkdtempSync(path.join(os.tmpdir(), 'flexinfra-catalog-')),
      'catalog.yaml',
    );
  fs.writeFileSync(target, docs.map(doc => stringify(doc)).join('---\n'));
  return target;
}

/** The `flexinfra.model` config that keeps only these default checks. */
export function onlyChecks(kept: string[]) {
  return {
    checks: Object.fromEntries(
      defaultModelDefinition.checks
        .filter(check => !kept.includes(check.id))
        .map(check => [check.id, { enabled: false }]),
    ),
  };
}
