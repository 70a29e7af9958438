import { cpSync, existsSync, readdirSync, readFileSync } from 'node:fs';
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

/** The example catalog: the shared files and each example repository's descriptor. */
const EXAMPLE_CATALOG = [
  'examples/*.yaml',
  'examples/repos/*/catalog-info.yaml',
];

/** The example repositories, `examples/repos/<name>/`. */
const EXAMPLE_REPOSITORIES = readdirSync(resolve(repoRoot, 'examples/repos'), {
  withFileTypes: true,
})
  .filter(entry => entry.isDirectory())
  .map(entry => entry.name)
  .sort();

/** Runs the CLI in-process exactly as given. */
async function invoke(args: string[], cwd: string) {
  let stdout = '';
  let stderr = '';
  const code = await main(args, {
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
    cwd,
    now: NOW,
  });
  return { code, stdout, stderr };
}

/**
 * Runs the CLI on catalog metadata alone (`--no-repo`): without it, the
 * repository around a descriptor in `examples/` would be FlexInfra's own git
 * work tree, whose files are not the examples' repositories.
 */
async function run(args: string[], cwd = repoRoot) {
  return invoke([...args, '--no-repo'], cwd);
}

/**
 * Scores one example repository's descriptor with its repository:
 * `score examples/repos/<name>/catalog-info.yaml --repo examples/repos/<name>`.
 */
async function runWithRepository(name: string, args: string[] = []) {
  const dir = `examples/repos/${name}`;
  return invoke(
    ['score', `${dir}/catalog-info.yaml`, '--repo', dir, ...args],
    repoRoot,
  );
}

/**
 * A copy of `examples/` in which every `repos/<name>/` is a git work tree of
 * its own, as each would be when checked out: there the CLI finds each
 * descriptor's repository by itself, so the whole example catalog is scored
 * in one run, each component with its repository. The shared files
 * (`examples/*.yaml`) lie in no work tree and are scored on their metadata.
 */
function exampleCheckouts() {
  const dir = createMockDirectory();
  beforeAll(() => {
    cpSync(resolve(repoRoot, 'examples'), dir.resolve('examples'), {
      recursive: true,
    });
    dir.addContent(
      Object.fromEntries(
        EXAMPLE_REPOSITORIES.map(name => [
          `examples/repos/${name}/.git/HEAD`,
          'ref: refs/heads/main\n',
        ]),
      ),
    );
  });
  return {
    run: (args: string[]) => invoke(args, dir.path),
  };
}

/**
 * The line an entity's YAML document starts on, read from the file: the
 * `apiVersion:` line before its `name:`.
 */
function startLineOf(file: string, name: string): number {
  const lines = readFileSync(resolve(repoRoot, file), 'utf8').split('\n');
  const nameLine = lines.findIndex(l => l === `  name: ${name}`);
  if (nameLine < 0) {
    throw new Error(`${name} is not in ${file}`);
  }
  for (let i = nameLine; i >= 0; i--) {
    if (lines[i].startsWith('apiVersion:')) {
      return i + 1;
    }
  }
  throw new Error(`no apiVersion before ${name} in ${file}`);
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

function checkOf(entry: JsonScoredEntry, id: string) {
  const check = entry.checks.find(c => c.id === id);
  if (!check) {
    throw new Error(`${entry.entityRef} has no check ${id}`);
  }
  return check;
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

/** Reading fifteen repositories takes longer than the default timeout. */
const WITH_REPOSITORIES_TIMEOUT = 60_000;

const LEGACY_FILE = 'examples/repos/legacy-reporting/catalog-info.yaml';

describe('flexinfra score on the example catalog, each component with its repository', () => {
  const checkouts = exampleCheckouts();

  it(
    'prints the scored entities as JSON',
    async () => {
      const { code, stdout, stderr } = await checkouts.run([
        'score',
        ...EXAMPLE_CATALOG,
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
          'repository',
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
      expect(checkout.checks).toHaveLength(
        defaultModelDefinition.checks.length,
      );
      for (const check of checkout.checks) {
        expect(Object.keys(check).sort()).toEqual([
          'evidence',
          'id',
          'message',
          'status',
        ]);
      }
      expect(checkout.modelVersion).toBe(
        compileModel(defaultModelDefinition).version,
      );
      expect(checkout.file).toBe(
        'examples/repos/checkout-api/catalog-info.yaml',
      );
      expect(checkout.repository).toEqual({
        root: 'examples/repos/checkout-api',
        analyzed: true,
        error: null,
        problems: 0,
      });
      expect(checkout.nextStage?.number).toBe(5);

      const legacy = scoredEntry(entries, 'component:default/legacy-reporting');
      expect(legacy.stage.number).toBe(1);
      expect(legacy.repository?.root).toBe('examples/repos/legacy-reporting');
      const gateway = scoredEntry(
        entries,
        'component:default/payments-gateway',
      );
      expect(gateway.stage).toEqual({ number: 5, name: 'Adaptive Platform' });
      expect(gateway.nextStage).toBeNull();
      // The Resources of the shared files have no repository.
      expect(
        scoredEntry(entries, 'resource:default/checkout-db').repository,
      ).toBeNull();

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
    },
    WITH_REPOSITORIES_TIMEOUT,
  );

  it(
    'fails --min-stage 3 naming the entities below it and why',
    async () => {
      const { code, stdout, stderr } = await checkouts.run([
        'score',
        ...EXAMPLE_CATALOG,
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
      // Its part of stderr: up to the next entity's line.
      const fromLegacy = stderr.slice(
        stderr.indexOf('component:default/legacy-reporting ('),
      );
      const nextEntity = fromLegacy.search(/\n {2}\S/);
      const legacy =
        nextEntity < 0 ? fromLegacy : fromLegacy.slice(0, nextEntity);
      expect(legacy).toContain('- ci-pipeline (gates stage 2)');
      expect(legacy).toContain(
        `component:default/legacy-reporting (${LEGACY_FILE}:${startLineOf(
          LEGACY_FILE,
          'legacy-reporting',
        )}) is at stage 1 Static & Constrained:`,
      );
      // Both the stage-2 and the stage-3 gates it fails, with remediation.
      expect(legacy).toContain(
        '- part-of-system (gates stage 2): Missing spec.system.',
      );
      expect(legacy).toContain(`Fix: ${remediationOf('part-of-system')}`);
      // Its repository was read and holds no infrastructure code.
      expect(legacy).toContain(
        '- iac-managed (gates stage 3): Missing infrastructure as code in the repository',
      );
      expect(legacy).toContain(`Fix: ${remediationOf('iac-managed')}`);
      // Not a stage-4 check, and not a check that only counts to the score.
      expect(legacy).not.toContain('on-call');
      expect(legacy).not.toContain('managed-dependencies');
      expect(stderr).not.toContain('checkout-api');
      expect(stdout).toMatch(/--min-stage 3 FAILED: 8 below stage 3\.\n$/);
    },
    WITH_REPOSITORIES_TIMEOUT,
  );

  it(
    'passes --min-stage 1',
    async () => {
      const { code, stdout, stderr } = await checkouts.run([
        'score',
        ...EXAMPLE_CATALOG,
        '--min-stage',
        '1',
      ]);
      expect(code).toBe(0);
      expect(stderr).toBe('');
      expect(stdout).toMatch(/--min-stage 1 passed\.\n$/);
    },
    WITH_REPOSITORIES_TIMEOUT,
  );

  it(
    'prints an aligned table with a summary line',
    async () => {
      const json = JSON.parse(
        (await checkouts.run(['score', ...EXAMPLE_CATALOG, '--format', 'json']))
          .stdout,
      ) as JsonEntry[];
      const checkout = scoredEntry(json, 'component:default/checkout-api');

      const { code, stdout } = await checkouts.run([
        'score',
        ...EXAMPLE_CATALOG,
      ]);
      expect(code).toBe(0);
      const lines = stdout.trimEnd().split('\n');
      expect(lines[0]).toMatch(
        /^ENTITY +STAGE +SCORE +DORA +NEXT STAGE NEEDS$/,
      );
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
      expect(
        lines.some(l => l.startsWith('component:default/ledger-lib')),
      ).toBe(false);
      expect(lines[lines.length - 1]).toMatch(
        new RegExp(
          `^${json.length} entities scored \\(stage 1: \\d+, stage 2: \\d+, stage 3: \\d+, stage 4: \\d+, stage 5: \\d+\\); \\d+ not applicable; 0 invalid; model [0-9a-f]{12}\\.$`,
        ),
      );
    },
    WITH_REPOSITORIES_TIMEOUT,
  );

  it(
    'prints a markdown table with where the evidence came from and the next step for each entity',
    async () => {
      const json = JSON.parse(
        (await checkouts.run(['score', ...EXAMPLE_CATALOG, '--format', 'json']))
          .stdout,
      ) as JsonEntry[];
      const checkout = scoredEntry(json, 'component:default/checkout-api');

      const { code, stdout } = await checkouts.run([
        'score',
        ...EXAMPLE_CATALOG,
        '--format',
        'markdown',
      ]);
      expect(code).toBe(0);
      expect(stdout).toContain(
        '| Entity | Stage | Score | DORA | Next step |\n| :-- | :-- | --: | --: | :-- |\n',
      );
      const row = stdout
        .split('\n')
        .find(l => l.startsWith('| `component:default/checkout-api`'))!;
      expect(row).toContain(
        `| \`component:default/checkout-api\`<br>evidence from \`examples/repos/checkout-api\` | 4 Resilient & Optimised | ${checkout.score.toFixed(
          1,
        )} | ${checkout.doraScore.toFixed(
          1,
        )} | To reach **5 Adaptive Platform**:<br>`,
      );
      expect(row).toContain(
        `\`multi-region\` ${remediationOf('multi-region')}`,
      );
      expect(row.endsWith(' |')).toBe(true);
      expect(stdout).toContain(
        '| `component:default/payments-gateway`<br>evidence from `examples/repos/payments-gateway` | 5 Adaptive Platform | 100.0 | 4.0 | Top stage reached. |',
      );
      // A Resource of the shared files: no repository, so no evidence note.
      expect(stdout).toMatch(/^\| `resource:default\/checkout-db` \| \d /m);
      expect(stdout).not.toContain('ledger-lib');
      expect(stdout).toMatch(
        /\n_\d+ entities scored .*model [0-9a-f]{12}\._\n$/,
      );
    },
    WITH_REPOSITORIES_TIMEOUT,
  );

  it(
    'reports a failed gate in the markdown too',
    async () => {
      const { code, stdout } = await checkouts.run([
        'score',
        ...EXAMPLE_CATALOG,
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
        `- \`component:default/legacy-reporting\` (\`${LEGACY_FILE}:${startLineOf(
          LEGACY_FILE,
          'legacy-reporting',
        )}\`) is at stage 1 Static & Constrained:`,
      );
      expect(stdout).toContain(
        `  - \`part-of-system\` (stage 2): Missing spec.system. _${remediationOf(
          'part-of-system',
        )}_`,
      );
    },
    WITH_REPOSITORIES_TIMEOUT,
  );
});

describe('flexinfra score --repo on an example repository', () => {
  const checkouts = createMockDirectory();

  it(
    'carries each check evidence, its origin and paths, and the repository in the JSON',
    async () => {
      const { code, stdout, stderr } = await runWithRepository('checkout-api', [
        '--format',
        'json',
      ]);
      expect(code).toBe(0);
      expect(stderr).toMatch(/^flexinfra: 1 entity scored \(stage 4: 1\);/);
      const [checkout] = JSON.parse(stdout) as JsonScoredEntry[];
      expect(checkout.entityRef).toBe('component:default/checkout-api');
      expect(checkout.stage).toEqual({
        number: 4,
        name: 'Resilient & Optimised',
      });
      expect(checkout.repository).toEqual({
        root: 'examples/repos/checkout-api',
        analyzed: true,
        error: null,
        problems: 0,
      });
      // Repository evidence names the files, relative to the repository root.
      expect(checkOf(checkout, 'iac-managed').evidence).toEqual([
        expect.objectContaining({
          origin: 'repository',
          paths: expect.arrayContaining(['terraform/main.tf']),
        }),
      ]);
      expect(checkOf(checkout, 'cost-visibility').evidence).toEqual([
        expect.objectContaining({
          origin: 'repository',
          paths: ['terraform/main.tf'],
        }),
      ]);
      expect(checkOf(checkout, 'runbook').evidence).toContainEqual(
        expect.objectContaining({
          origin: 'repository',
          paths: ['docs/runbook.md'],
        }),
      );
      // Every path named exists in the repository.
      for (const check of checkout.checks) {
        for (const evidence of check.evidence) {
          for (const path of evidence.paths ?? []) {
            expect(
              existsSync(
                resolve(repoRoot, 'examples/repos/checkout-api', path),
              ),
            ).toBe(true);
          }
        }
      }
      // What only the catalog can say comes from the catalog.
      expect(checkOf(checkout, 'on-call').evidence).toEqual([
        expect.objectContaining({ origin: 'catalog' }),
      ]);
      // A failing check has no evidence.
      expect(checkOf(checkout, 'multi-region')).toMatchObject({
        status: 'fail',
        evidence: [],
      });
    },
    WITH_REPOSITORIES_TIMEOUT,
  );

  it(
    'reaches stage 4 only with its repository',
    async () => {
      const withRepository = JSON.parse(
        (await runWithRepository('checkout-api', ['--format', 'json'])).stdout,
      )[0] as JsonScoredEntry;
      const metadataOnly = JSON.parse(
        (
          await run([
            'score',
            'examples/repos/checkout-api/catalog-info.yaml',
            '--format',
            'json',
          ])
        ).stdout,
      )[0] as JsonScoredEntry;
      expect(withRepository.stage.number).toBe(4);
      expect(metadataOnly.stage.number).toBeLessThan(4);
      expect(metadataOnly.repository).toBeNull();
      expect(checkOf(metadataOnly, 'iac-managed').status).toBe('fail');
      expect(checkOf(withRepository, 'iac-managed').status).toBe('pass');
    },
    WITH_REPOSITORIES_TIMEOUT,
  );

  it(
    'keeps legacy-reporting on stage 1 with its repository read',
    async () => {
      const { code, stdout, stderr } = await runWithRepository(
        'legacy-reporting',
        ['--min-stage', '2'],
      );
      expect(code).toBe(1);
      expect(stdout).toMatch(
        /^component:default\/legacy-reporting +1 Static & Constrained /m,
      );
      // A hand-run deploy.sh is not a pipeline, nor infrastructure as code.
      expect(stderr).toContain(
        '- ci-pipeline (gates stage 2): Missing a CI/CD pipeline in the repository',
      );
      expect(stderr).toContain(
        '- provisioning-declared (gates stage 2): Missing infrastructure as code in the repository',
      );
    },
    WITH_REPOSITORIES_TIMEOUT,
  );

  it(
    'scores each example repository as the enclosing git work tree does',
    async () => {
      cpSync(resolve(repoRoot, 'examples/repos'), checkouts.resolve('repos'), {
        recursive: true,
      });
      for (const name of EXAMPLE_REPOSITORIES) {
        checkouts.addContent({ [`repos/${name}/.git/HEAD`]: 'ref: x\n' });
        const viaFlag = JSON.parse(
          (await runWithRepository(name, ['--format', 'json'])).stdout,
        )[0] as JsonScoredEntry;
        const viaWorkTree = JSON.parse(
          (
            await invoke(
              ['score', `repos/${name}/catalog-info.yaml`, '--format', 'json'],
              checkouts.path,
            )
          ).stdout,
        )[0] as JsonScoredEntry;
        expect(viaWorkTree.repository?.root).toBe(`repos/${name}`);
        expect({
          name,
          stage: viaWorkTree.stage,
          score: viaWorkTree.score,
        }).toEqual({ name, stage: viaFlag.stage, score: viaFlag.score });
      }
    },
    WITH_REPOSITORIES_TIMEOUT,
  );
});

describe('flexinfra score on catalog metadata (--no-repo)', () => {
  it('gives the line each entity starts on', async () => {
    const { stdout } = await run([
      'score',
      LEGACY_FILE,
      'examples/resources.yaml',
      '--format',
      'json',
    ]);
    const entries = JSON.parse(stdout) as JsonEntry[];
    const legacy = scoredEntry(entries, 'component:default/legacy-reporting');
    expect(legacy.file).toBe(LEGACY_FILE);
    // The `apiVersion:` line of its document, after the file's comments.
    expect(legacy.line).toBe(startLineOf(LEGACY_FILE, 'legacy-reporting'));
    expect(legacy.line).toBeGreaterThan(1);
    // Further documents of a multi-document file.
    for (const name of ['batch-vm-01', 'legacy-oracle-db', 'checkout-db']) {
      const entry = scoredEntry(entries, `resource:default/${name}`);
      expect(entry.file).toBe('examples/resources.yaml');
      expect(entry.line).toBe(startLineOf('examples/resources.yaml', name));
    }
  });

  it('scores without repositories and says so in the JSON', async () => {
    const { code, stdout } = await run([
      'score',
      ...EXAMPLE_CATALOG,
      '--format',
      'json',
    ]);
    expect(code).toBe(0);
    const entries = JSON.parse(stdout) as JsonScoredEntry[];
    expect(entries.length).toBeGreaterThan(0);
    for (const entry of entries) {
      expect(entry.repository).toBeNull();
      for (const check of entry.checks) {
        expect(check.evidence.map(e => e.origin)).not.toContain('repository');
      }
    }
  });

  it('names in the gate exactly the entities below the stage', async () => {
    const json = JSON.parse(
      (await run(['score', ...EXAMPLE_CATALOG, '--format', 'json'])).stdout,
    ) as JsonScoredEntry[];
    const below = json
      .filter(e => e.stage.number < 3)
      .map(e => e.entityRef)
      .sort();
    const { code, stderr } = await run([
      'score',
      ...EXAMPLE_CATALOG,
      '--min-stage',
      '3',
    ]);
    expect(code).toBe(1);
    expect(
      [...stderr.matchAll(/^ {2}(\S+) \(examples\/\S+:\d+\)/gm)]
        .map(m => m[1])
        .sort(),
    ).toEqual(below);
    expect(stderr).toContain(
      `flexinfra: --min-stage 3 failed: ${below.length} entities are below stage 3`,
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
      return checkOf(checkout, 'managed-dependencies');
    };
    const alone = await managedDependencies([
      'examples/repos/checkout-api/catalog-info.yaml',
    ]);
    expect(alone.status).toBe('fail');
    const withResources = await managedDependencies([
      'examples/repos/checkout-api/catalog-info.yaml',
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
      'examples/resources.yaml',
      '--format',
      'json',
      '--config',
      mockDir.resolve('app-config.yaml'),
    ]);
    expect(code).toBe(0);
    expect(JSON.parse(stdout).length).toBeGreaterThan(0);
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
