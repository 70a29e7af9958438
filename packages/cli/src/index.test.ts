import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { main } from './index';
import { version } from '../package.json';

const repoRoot = resolve(__dirname, '../../..');

async function run(args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main(args, {
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
    cwd: repoRoot,
  });
  return { code, stdout, stderr };
}

describe('flexinfra', () => {
  it('prints its version', async () => {
    expect(await run(['--version'])).toEqual({
      code: 0,
      stdout: `${version}\n`,
      stderr: '',
    });
  });

  it('prints help', async () => {
    const { code, stdout } = await run(['--help']);
    expect(code).toBe(0);
    expect(stdout).toContain('Usage: flexinfra');
    expect(stdout).toMatch(/score \[options\] <files\.\.\.>/);
  });

  it('prints help for score, with the exit codes', async () => {
    const { code, stdout } = await run(['score', '--help']);
    expect(code).toBe(0);
    for (const text of [
      '--format <format>',
      '"table", "json", "markdown"',
      '--min-stage <n>',
      '--config <file>',
      '--repo <dir>',
      '--no-repo',
      'Exit codes\n  0  scored',
    ]) {
      expect(stdout).toContain(text);
    }
  });

  it.each([
    [[], /Usage: flexinfra/],
    [['scroe', 'x.yaml'], /unknown command 'scroe'/],
    [['score'], /missing required argument 'files'/],
    [
      ['score', 'x.yaml', '--format', 'xml'],
      /Allowed choices are table, json, markdown/,
    ],
    [
      ['score', 'x.yaml', '--min-stage', '0'],
      /expected an integer from 1 to 5/,
    ],
    [
      ['score', 'x.yaml', '--min-stage', '6'],
      /expected an integer from 1 to 5/,
    ],
    [
      ['score', 'x.yaml', '--min-stage', '2.5'],
      /expected an integer from 1 to 5/,
    ],
    [
      ['score', 'x.yaml', '--min-stage', 'three'],
      /expected an integer from 1 to 5/,
    ],
    [['score', 'x.yaml', '--strict'], /unknown option '--strict'/],
  ])('exits 2 on the usage error in %j', async (args, message) => {
    const { code, stdout, stderr } = await run(args);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(message);
  });
});

describe('bin/flexinfra', () => {
  const bin = 'packages/cli/bin/flexinfra';

  function spawnBin(args: string[]) {
    return spawnSync(process.execPath, [bin, ...args], {
      cwd: repoRoot,
      encoding: 'utf8',
      timeout: 60_000,
    });
  }

  it('runs from the sources without a build, reading the repository', () => {
    const result = spawnBin([
      'score',
      'examples/repos/checkout-api/catalog-info.yaml',
      '--repo',
      'examples/repos/checkout-api',
      '--format',
      'json',
    ]);
    expect(result.stderr).toMatch(/^flexinfra: 1 entity scored/);
    expect(result.status).toBe(0);
    const [checkout] = JSON.parse(result.stdout);
    expect(checkout.entityRef).toBe('component:default/checkout-api');
    expect(checkout.stage).toEqual({
      number: 4,
      name: 'Resilient & Optimised',
    });
    expect(checkout.repository.root).toBe('examples/repos/checkout-api');
    expect(
      checkout.checks.find((c: { id: string }) => c.id === 'iac-managed')
        .evidence[0],
    ).toMatchObject({
      origin: 'repository',
      paths: expect.arrayContaining(['terraform/main.tf']),
    });
  }, 60_000);

  it('exits with the code main returns', () => {
    const result = spawnBin([
      'score',
      'examples/repos/legacy-reporting/catalog-info.yaml',
      '--repo',
      'examples/repos/legacy-reporting',
      '--min-stage',
      '3',
    ]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('component:default/legacy-reporting');
  }, 60_000);
});
