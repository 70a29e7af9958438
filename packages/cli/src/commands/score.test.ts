import { resolve } from 'node:path';
import { createMockDirectory } from '@backstage/backend-test-utils';
import {
  compileModel,
  defaultModelDefinition,
} from '@flexinfra/backstage-plugin-flexinfra-common';
import { main } from '../index';
import type { JsonInvalidEntry, JsonScoredEntry } from '../format/json';

const repoRoot = resolve(__dirname, '../../../..');
const NOW = new Date('2026-11-23T00:00:00Z');

/**
 * Runs the CLI. These tests score descriptor files on their catalog
 * metadata alone (`--no-repo`): the example catalog lies inside FlexInfra's
 * own git work tree, whose files are not the examples' repositories.
 * Repository evidence has its own tests (scoreRepository.test.ts).
 */
async function run(args: string[], cwd = repoRoot) {
  let stdout = '';
  let stderr = '';
  const code = await main([...args, '--no-repo'], {
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
    cwd,
    now: NOW,
  });
  return { code, stdout, stderr };
}

type JsonEntry = JsonScoredEntry | JsonInvalidEntry;

function byRef(entries: JsonEntry[]) {
  return new Map(entries.map(e => [e.entityRef, e]));
}

function scoredEntry(entries: JsonEntry[], ref: string): JsonScoredEntry {
  const entry = byRef(entries).get(ref);
  if (!entry || 'error' in entry) {
    throw new Error(`${ref} was not scored`);
  }
  return entry;
}

function remediationOf(checkId: string): string {
  return defaultModelDefinition.checks.find(c => c.id === checkId)!.remediation;
}

/** A component at stage 1 at best: an owner, nothing else. */
const BARE_COMPONENT = `apiVersion: backstage.io/v1alpha1
kind: Component
metadata:
  name: good-service
spec:
  type: service
  lifecycle: production
  owner: group:default/team-a
`;

/** Its YAML error is reported at line 6 (where `spec:` ends the flow map). */
const BROKEN_YAML = `apiVersion: backstage.io/v1alpha1
kind: Component
metadata:
  name: broken-service
  annotations: {unclosed: x
spec:
  type: service
`;

describe('flexinfra score on the example catalog', () => {
  it('prints the scored entities as JSON', async () => {
    const { code, stdout, stderr } = await run([
      'score',
      'examples/*.yaml',
      '--format',
      'json',
    ]);
    expect(code).toBe(0);
    const entries = JSON.parse(stdout) as JsonEntry[];

    const checkout = scoredEntry(entries, 'component:default/checkout-api');
    expect(Object.keys(checkout).sort()).toEqual(
      [
        'entityRef',
        'stage',
        'score',
        'doraScore',
        'dimensions',
        'checks',
        'modelVersion',
        'nextStage',
        'file',
        'line',
      ].sort(),
    );
    expect(checkout.stage).toEqual({
      number: 4,
      name: 'Resilient & Optimised',
    });
    expect(checkout.score).toBeGreaterThan(0);
    expect(checkout.score).toBeLessThan(100);
    expect(checkout.doraScore).toBeCloseTo(1 + (3 * checkout.score) / 100, 0);
    expect(checkout.dimensions).toHaveLength(7);
    for (const dimension of checkout.dimensions) {
      expect(Object.keys(dimension).sort()).toEqual(['id', 'score']);
    }
    expect(checkout.checks).toHaveLength(defaultModelDefinition.checks.length);
    for (const check of checkout.checks) {
      expect(Object.keys(check).sort()).toEqual(['id', 'message', 'status']);
    }
    expect(checkout.modelVersion).toBe(
      compileModel(defaultModelDefinition).version,
    );
    expect(checkout.file).toBe('examples/components.yaml');
    expect(checkout.nextStage?.number).toBe(5);

    expect(
      scoredEntry(entries, 'component:default/legacy-reporting').stage.number,
    ).toBe(1);
    const gateway = scoredEntry(entries, 'component:default/payments-gateway');
    expect(gateway.stage).toEqual({ number: 5, name: 'Adaptive Platform' });
    expect(gateway.nextStage).toBeNull();

    // Not-applicable entities are left out of the array but counted.
    for (const ref of [
      'component:default/ledger-lib',
      'group:default/acme',
      'api:default/payments-api',
      'system:default/payments',
    ]) {
      expect(byRef(entries).has(ref)).toBe(false);
    }
    expect(entries.every(e => !('error' in e))).toBe(true);
    expect(stderr).toMatch(
      new RegExp(
        `^flexinfra: ${entries.length} entities scored \\(.*\\); \\d+ not applicable; 0 invalid; model [0-9a-f]{12}\\.\\n$`,
      ),
    );
  });

  it('gives the line each entity starts on', async () => {
    const { stdout } = await run([
      'score',
      'examples/components.yaml',
      '--format',
      'json',
    ]);
    const legacy = scoredEntry(
      JSON.parse(stdout),
      'component:default/legacy-reporting',
    );
    // The `apiVersion:` line of its document in examples/components.yaml.
    expect(legacy.line).toBe(32);
  });

  it('fails --min-stage 3 naming the entities below it and why', async () => {
    const { code, stdout, stderr } = await run([
      'score',
      'examples/*.yaml',
      '--min-stage',
      '3',
    ]);
    expect(code).toBe(1);
    const named = [
      ...stderr.matchAll(/^ {2}(\S+) \(examples\/\S+:\d+\)/gm),
    ].map(m => m[1]);
    expect(named.sort()).toEqual(
      [
        'component:default/legacy-reporting',
        'component:default/nightly-price-sync',
        'component:default/invoice-service',
        'component:default/catalog-admin',
        'component:default/artifact-mirror',
        'component:default/marketing-site',
        'resource:default/batch-vm-01',
        'resource:default/legacy-oracle-db',
      ].sort(),
    );
    expect(stderr).toContain(
      'flexinfra: --min-stage 3 failed: 8 entities are below stage 3 Elastic & Programmable.',
    );
    const legacy = stderr.slice(
      stderr.indexOf('component:default/legacy-reporting ('),
      stderr.indexOf('component:default/nightly-price-sync ('),
    );
    expect(legacy).toContain(
      'component:default/legacy-reporting (examples/components.yaml:32) is at stage 1 Static & Constrained:',
    );
    // Both the stage-2 and the stage-3 gates it fails, with remediation.
    expect(legacy).toContain(
      '- part-of-system (gates stage 2): Missing spec.system.',
    );
    expect(legacy).toContain(`Fix: ${remediationOf('part-of-system')}`);
    expect(legacy).toContain('- iac-managed (gates stage 3): Missing');
    expect(legacy).toContain(`Fix: ${remediationOf('iac-managed')}`);
    // Not a stage-4 check, and not a check that only counts to the score.
    expect(legacy).not.toContain('on-call');
    expect(legacy).not.toContain('managed-dependencies');
    expect(stderr).not.toContain('checkout-api');
    expect(stdout).toMatch(/--min-stage 3 FAILED: 8 below stage 3\.\n$/);
  });

  it('passes --min-stage 1', async () => {
    const { code, stdout, stderr } = await run([
      'score',
      'examples/*.yaml',
      '--min-stage',
      '1',
    ]);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(stdout).toMatch(/--min-stage 1 passed\.\n$/);
  });

  it('prints an aligned table with a summary line', async () => {
    const json = JSON.parse(
      (await run(['score', 'examples/*.yaml', '--format', 'json'])).stdout,
    ) as JsonEntry[];
    const checkout = scoredEntry(json, 'component:default/checkout-api');

    const { code, stdout } = await run(['score', 'examples/*.yaml']);
    expect(code).toBe(0);
    const lines = stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^ENTITY +STAGE +SCORE +DORA +NEXT STAGE NEEDS$/);
    const row = lines.find(l =>
      l.startsWith('component:default/checkout-api '),
    )!;
    expect(row.split(/ {2,}/)).toEqual([
      'component:default/checkout-api',
      '4 Resilient & Optimised',
      checkout.score.toFixed(1),
      checkout.doraScore.toFixed(1),
      `5: ${checkout.nextStage!.missing.join(', ')}`,
    ]);
    expect(row.indexOf('4 Resilient')).toBe(lines[0].indexOf('STAGE'));
    // Numbers are right-aligned under their headers.
    expect(row.indexOf(checkout.score.toFixed(1)) + 4).toBe(
      lines[0].indexOf('SCORE') + 'SCORE'.length,
    );
    expect(
      lines.find(l => l.startsWith('component:default/payments-gateway ')),
    ).toMatch(/5 Adaptive Platform +100\.0 +4\.0 +-$/);
    expect(lines.some(l => l.startsWith('component:default/ledger-lib'))).toBe(
      false,
    );
    expect(lines[lines.length - 1]).toMatch(
      new RegExp(
        `^${json.length} entities scored \\(stage 1: \\d+, stage 2: \\d+, stage 3: \\d+, stage 4: \\d+, stage 5: \\d+\\); \\d+ not applicable; 0 invalid; model [0-9a-f]{12}\\.$`,
      ),
    );
  });

  it('prints a markdown table with the next step for each entity', async () => {
    const json = JSON.parse(
      (await run(['score', 'examples/*.yaml', '--format', 'json'])).stdout,
    ) as JsonEntry[];
    const checkout = scoredEntry(json, 'component:default/checkout-api');

    const { code, stdout } = await run([
      'score',
      'examples/*.yaml',
      '--format',
      'markdown',
    ]);
    expect(code).toBe(0);
    expect(stdout).toContain(
      '| Entity | Stage | Score | DORA | Next step |\n| :-- | :-- | --: | --: | :-- |\n',
    );
    const row = stdout
      .split('\n')
      .find(l => l.startsWith('| `component:default/checkout-api` |'))!;
    expect(row).toContain(
      `| 4 Resilient & Optimised | ${checkout.score.toFixed(
        1,
      )} | ${checkout.doraScore.toFixed(
        1,
      )} | To reach **5 Adaptive Platform**:<br>`,
    );
    expect(row).toContain(`\`multi-region\` ${remediationOf('multi-region')}`);
    expect(row.endsWith(' |')).toBe(true);
    expect(stdout).toContain(
      '| `component:default/payments-gateway` | 5 Adaptive Platform | 100.0 | 4.0 | Top stage reached. |',
    );
    expect(stdout).not.toContain('ledger-lib');
    expect(stdout).toMatch(/\n_\d+ entities scored .*model [0-9a-f]{12}\._\n$/);
  });

  it('reports a failed gate in the markdown too', async () => {
    const { code, stdout } = await run([
      'score',
      'examples/*.yaml',
      '--format',
      'markdown',
      '--min-stage',
      '3',
    ]);
    expect(code).toBe(1);
    expect(stdout).toContain(
      '**Gate failed:** 8 of 25 scored entities are below stage 3 Elastic & Programmable.',
    );
    expect(stdout).toContain(
      '- `component:default/legacy-reporting` (`examples/components.yaml:32`) is at stage 1 Static & Constrained:',
    );
    expect(stdout).toContain(
      `  - \`part-of-system\` (stage 2): Missing spec.system. _${remediationOf(
        'part-of-system',
      )}_`,
    );
  });

  it('resolves dependsOn among the files given, and only those', async () => {
    const managedDependencies = async (files: string[]) => {
      const { code, stdout } = await run([
        'score',
        ...files,
        '--format',
        'json',
      ]);
      expect(code).toBe(0);
      const checkout = scoredEntry(
        JSON.parse(stdout),
        'component:default/checkout-api',
      );
      return checkout.checks.find(c => c.id === 'managed-dependencies')!;
    };
    const alone = await managedDependencies(['examples/components.yaml']);
    expect(alone.status).toBe('fail');
    const withResources = await managedDependencies([
      'examples/components.yaml',
      'examples/resources.yaml',
    ]);
    expect(withResources.status).toBe('pass');
    expect(withResources.message).toMatch(
      /a dependsOn entity: resource:default\//,
    );
  });
});

describe('flexinfra score input errors', () => {
  const mockDir = createMockDirectory();

  beforeEach(() => mockDir.clear());

  it('names the file and line of bad YAML and still scores the other files', async () => {
    mockDir.setContent({
      'good.yaml': BARE_COMPONENT,
      'broken.yaml': BROKEN_YAML,
    });
    const { code, stdout, stderr } = await run(
      ['score', '*.yaml', '--format', 'json'],
      mockDir.path,
    );
    expect(code).toBe(2);
    expect(stderr).toMatch(
      /^flexinfra: error: broken\.yaml:6:1: invalid YAML: .*\(BAD_INDENT\)$/m,
    );
    expect(stderr).toContain('No entity in this file was scored.');
    const entries = JSON.parse(stdout) as JsonEntry[];
    expect(entries.map(e => e.entityRef)).toEqual([
      'component:default/good-service',
    ]);
    expect(entries[0].file).toBe('good.yaml');
  });

  it('exits 2 rather than 1 when the gate fails too', async () => {
    mockDir.setContent({
      'good.yaml': BARE_COMPONENT,
      'broken.yaml': BROKEN_YAML,
    });
    const { code, stdout, stderr } = await run(
      ['score', 'good.yaml', 'broken.yaml', '--min-stage', '2'],
      mockDir.path,
    );
    expect(code).toBe(2);
    expect(stderr).toContain(
      'component:default/good-service (good.yaml:1) is at stage 1',
    );
    expect(stdout).toMatch(/^component:default\/good-service +1 Static/m);
    expect(stdout).toMatch(/1 input error; .*--min-stage 2 FAILED/);
  });

  it('exits 2 when a glob matches nothing', async () => {
    mockDir.setContent({ 'good.yaml': BARE_COMPONENT });
    const { code, stdout, stderr } = await run(
      ['score', 'good.yaml', 'catalog/**/*.yaml'],
      mockDir.path,
    );
    expect(code).toBe(2);
    expect(stderr).toBe(
      'flexinfra: error: No files match "catalog/**/*.yaml"\n',
    );
    expect(stdout).toMatch(/^component:default\/good-service /m);
  });

  it('exits 2 when nothing matches at all', async () => {
    const { code, stdout, stderr } = await run(
      ['score', 'nothing-*.yaml', '--format', 'json'],
      mockDir.path,
    );
    expect(code).toBe(2);
    expect(stderr).toContain('No files match "nothing-*.yaml"');
    expect(JSON.parse(stdout)).toEqual([]);
  });

  it('reports invalid entities with file and line, without failing the gate', async () => {
    mockDir.setContent({
      'entities.yaml': `${BARE_COMPONENT}---
# no name
apiVersion: backstage.io/v1alpha1
kind: Component
metadata:
  title: Nameless
spec:
  type: service
`,
    });
    const json = await run(
      ['score', 'entities.yaml', '--format', 'json', '--min-stage', '1'],
      mockDir.path,
    );
    expect(json.code).toBe(0);
    const entries = JSON.parse(json.stdout) as JsonEntry[];
    expect(entries[1]).toEqual({
      entityRef: 'unknown',
      error: 'metadata.name is missing or not a string',
      modelVersion: compileModel(defaultModelDefinition).version,
      file: 'entities.yaml',
      line: 11,
    });
    expect(json.stderr).toContain('; 1 invalid;');

    const table = await run(['score', 'entities.yaml'], mockDir.path);
    expect(table.code).toBe(0);
    expect(table.stdout).toContain(
      'Invalid entities (not scored):\n  entities.yaml:11  unknown: metadata.name is missing or not a string\n',
    );
    const markdown = await run(
      ['score', 'entities.yaml', '--format', 'markdown'],
      mockDir.path,
    );
    expect(markdown.stdout).toContain(
      '| `entities.yaml:11` | `unknown` | metadata.name is missing or not a string |',
    );
  });

  it('warns when two files define the same entity', async () => {
    mockDir.setContent({ 'a.yaml': BARE_COMPONENT, 'b.yaml': BARE_COMPONENT });
    const { code, stderr } = await run(
      ['score', 'a.yaml', 'b.yaml', 'a.yaml'],
      mockDir.path,
    );
    expect(code).toBe(0);
    expect(stderr).toBe(
      'flexinfra: warning: component:default/good-service is defined at a.yaml:1 and at b.yaml:1; relations resolve to the last one\n',
    );
  });

  it('judges waivers at the time it is given', async () => {
    mockDir.setContent({
      'waived.yaml': BARE_COMPONENT.replace(
        'metadata:\n',
        "metadata:\n  annotations:\n    flexinfra.io/waive.part-of-system: '2026-12-31: joining a system next quarter'\n",
      ),
    });
    const status = async (now: Date) => {
      let stdout = '';
      await main(['score', 'waived.yaml', '--format', 'json'], {
        stdout: { write: (t: string) => (stdout += t) },
        stderr: { write: () => true },
        cwd: mockDir.path,
        now,
      });
      return (JSON.parse(stdout)[0] as JsonScoredEntry).checks.find(
        c => c.id === 'part-of-system',
      )!.status;
    };
    expect(await status(new Date('2026-12-31T12:00:00Z'))).toBe('waived');
    expect(await status(new Date('2027-01-01T00:00:01Z'))).toBe('fail');
  });
});

describe('flexinfra score --config', () => {
  const mockDir = createMockDirectory();

  beforeEach(() => mockDir.clear());

  const examples = ['examples/components.yaml', 'examples/resources.yaml'];

  it('applies flexinfra.model overrides from the file', async () => {
    const ref = 'resource:default/payments-ledger-db';
    const before = await run(['score', ...examples, '--format', 'json']);
    expect(scoredEntry(JSON.parse(before.stdout), ref).stage.number).toBe(4);
    expect(
      scoredEntry(JSON.parse(before.stdout), ref).nextStage?.missing,
    ).toEqual(['self-service']);

    mockDir.setContent({
      'app-config.yaml': `app:
  title: ACME
flexinfra:
  model:
    checks:
      self-service:
        enabled: false
`,
    });
    const after = await run([
      'score',
      ...examples,
      '--format',
      'json',
      '--config',
      mockDir.resolve('app-config.yaml'),
    ]);
    expect(after.code).toBe(0);
    const entry = scoredEntry(JSON.parse(after.stdout), ref);
    expect(entry.stage.number).toBe(5);
    expect(entry.checks.some(c => c.id === 'self-service')).toBe(false);
    expect(entry.modelVersion).not.toBe(
      compileModel(defaultModelDefinition).version,
    );
  });

  it('resolves the config path against the working directory', async () => {
    mockDir.setContent({
      'app-config.yaml': 'flexinfra:\n  model:\n    targetStage: 4\n',
      'good.yaml': BARE_COMPONENT,
    });
    const { code, stdout } = await run(
      ['score', 'good.yaml', '--config', 'app-config.yaml', '--format', 'json'],
      mockDir.path,
    );
    expect(code).toBe(0);
    expect(JSON.parse(stdout)[0].modelVersion).not.toBe(
      compileModel(defaultModelDefinition).version,
    );
  });

  it('uses the default model when the file has no flexinfra.model', async () => {
    mockDir.setContent({ 'app-config.yaml': 'app:\n  title: ACME\n' });
    const { code, stdout } = await run([
      'score',
      'examples/components.yaml',
      '--format',
      'json',
      '--config',
      mockDir.resolve('app-config.yaml'),
    ]);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)[0].modelVersion).toBe(
      compileModel(defaultModelDefinition).version,
    );
  });

  it('warns about nulls, which Backstage config ignores', async () => {
    mockDir.setContent({
      'app-config.yaml':
        'flexinfra:\n  model:\n    checks:\n      runbook: { stage: null }\n',
      'good.yaml': BARE_COMPONENT,
    });
    const { code, stderr } = await run(
      ['score', 'good.yaml', '--config', 'app-config.yaml'],
      mockDir.path,
    );
    expect(code).toBe(0);
    expect(stderr).toBe(
      'flexinfra: warning: app-config.yaml: flexinfra.model.checks.runbook.stage is null, which Backstage config treats as unset, so it is ignored here as in the backend (to make a check score-only, write stage: none)\n',
    );
  });

  it('exits 2 naming the key path of an invalid override', async () => {
    mockDir.setContent({
      'app-config.yaml': `flexinfra:
  model:
    checks:
      owned:
        weight: 500
`,
    });
    const { code, stdout, stderr } = await run([
      'score',
      ...examples,
      '--config',
      mockDir.resolve('app-config.yaml'),
    ]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(
      /^flexinfra: Invalid FlexInfra model in flexinfra\.model: flexinfra\.model\.checks\.owned\.weight: .*\n$/,
    );
  });

  it('exits 2 for an override of a check the model does not have', async () => {
    mockDir.setContent({
      'app-config.yaml':
        'flexinfra:\n  model:\n    checks:\n      no-such-check:\n        enabled: false\n',
    });
    const { code, stderr } = await run([
      'score',
      ...examples,
      '--config',
      mockDir.resolve('app-config.yaml'),
    ]);
    expect(code).toBe(2);
    expect(stderr).toContain(
      'flexinfra.model.checks.no-such-check: no check with this id in the model',
    );
  });

  it('exits 2 when the config file is missing', async () => {
    const { code, stdout, stderr } = await run(
      ['score', 'good.yaml', '--config', 'app-config.local.yaml'],
      mockDir.path,
    );
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe(
      `flexinfra: Config file not found: app-config.local.yaml (resolved to ${mockDir.resolve(
        'app-config.local.yaml',
      )})\n`,
    );
  });

  it('exits 2 when the config file is not valid YAML', async () => {
    mockDir.setContent({
      'app-config.yaml': 'flexinfra:\n  model: {checks: \n',
    });
    const { code, stderr } = await run(
      ['score', 'x.yaml', '--config', 'app-config.yaml'],
      mockDir.path,
    );
    expect(code).toBe(2);
    expect(stderr).toMatch(
      /^flexinfra: app-config\.yaml:\d+:\d+: invalid YAML: /,
    );
  });

  it('explains a stage that no check gates any more', async () => {
    // Without its stage-3 checks a Resource cannot climb past stage 2.
    mockDir.setContent({
      'app-config.yaml': `flexinfra:
  model:
    checks:
      iac-managed: { enabled: false }
      iac-location: { enabled: false }
`,
    });
    const { code, stdout, stderr } = await run([
      'score',
      'examples/resources.yaml',
      '--config',
      mockDir.resolve('app-config.yaml'),
      '--min-stage',
      '3',
    ]);
    expect(code).toBe(1);
    expect(stdout).toMatch(
      /^resource:default\/checkout-db +2 Standardised but Rigid .* 3: no gating check applies$/m,
    );
    expect(stderr).toContain(
      '    - no check gating stage 3 applies to it, so it cannot reach stage 3 with this model',
    );
  });
});
