import { createMockDirectory } from '@backstage/backend-test-utils';
import { main } from '../index';
import type { JsonScoredEntry } from '../format/json';

const NOW = new Date('2026-11-23T00:00:00Z');

async function run(args: string[], cwd: string) {
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

const DESCRIPTOR = `apiVersion: backstage.io/v1alpha1
kind: Component
metadata:
  name: orders-api
spec:
  type: service
  owner: team-orders
  lifecycle: production
`;

const TERRAFORM = `resource "aws_sqs_queue" "orders" {
  name = "orders"
}
`;

const WORKFLOW = `name: build
on: [push]
jobs:
  test:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: npm test
`;

function check(entry: JsonScoredEntry, id: string) {
  return entry.checks.find(c => c.id === id)!;
}

describe('flexinfra score reads the repository around each descriptor', () => {
  const mockDir = createMockDirectory();

  beforeEach(() => {
    mockDir.clear();
  });

  it('finds evidence in the enclosing git work tree, naming the files and the origin', async () => {
    mockDir.setContent({
      'orders-api': {
        '.git': { HEAD: 'ref: refs/heads/main\n' },
        'catalog-info.yaml': DESCRIPTOR,
        'infra/main.tf': TERRAFORM,
        '.github/workflows/build.yml': WORKFLOW,
      },
    });
    const { code, stdout } = await run(
      ['score', 'orders-api/catalog-info.yaml', '--format', 'json'],
      mockDir.path,
    );
    expect(code).toBe(0);
    const [entry] = JSON.parse(stdout) as JsonScoredEntry[];
    expect(entry.repository).toEqual({
      root: 'orders-api',
      analyzed: true,
      error: null,
      problems: 0,
    });
    expect(check(entry, 'iac-managed')).toMatchObject({
      status: 'pass',
      message: expect.stringContaining('infra/main.tf'),
      evidence: [
        expect.objectContaining({
          origin: 'repository',
          paths: ['infra/main.tf'],
        }),
      ],
    });
    expect(check(entry, 'ci-pipeline')).toMatchObject({
      status: 'pass',
      evidence: [
        expect.objectContaining({
          origin: 'repository',
          paths: ['.github/workflows/build.yml'],
        }),
      ],
    });
    // Catalog metadata still counts, and says so.
    expect(check(entry, 'owned').evidence).toEqual([
      expect.objectContaining({ origin: 'catalog' }),
    ]);
  });

  it('scores catalog metadata only with --no-repo', async () => {
    mockDir.setContent({
      'orders-api': {
        '.git': { HEAD: 'ref: refs/heads/main\n' },
        'catalog-info.yaml': DESCRIPTOR,
        'infra/main.tf': TERRAFORM,
      },
    });
    const { stdout } = await run(
      [
        'score',
        'orders-api/catalog-info.yaml',
        '--format',
        'json',
        '--no-repo',
      ],
      mockDir.path,
    );
    const [entry] = JSON.parse(stdout) as JsonScoredEntry[];
    expect(entry.repository).toBeNull();
    expect(check(entry, 'iac-managed').status).toBe('fail');
  });

  it('reads the folder given by --repo for a descriptor kept elsewhere', async () => {
    mockDir.setContent({
      'catalog/orders-api.yaml': DESCRIPTOR,
      'code/orders-api': { 'infra/main.tf': TERRAFORM },
    });
    const { stdout } = await run(
      [
        'score',
        'catalog/orders-api.yaml',
        '--format',
        'json',
        '--repo',
        'code/orders-api',
      ],
      mockDir.path,
    );
    const [entry] = JSON.parse(stdout) as JsonScoredEntry[];
    expect(entry.repository?.root).toBe('code/orders-api');
    expect(check(entry, 'iac-managed').status).toBe('pass');
  });

  it('reads no repository for a descriptor outside any git work tree', async () => {
    mockDir.setContent({
      'orders-api/catalog-info.yaml': DESCRIPTOR,
      'orders-api/infra/main.tf': TERRAFORM,
    });
    const { stdout } = await run(
      ['score', 'orders-api/catalog-info.yaml', '--format', 'json'],
      mockDir.path,
    );
    const [entry] = JSON.parse(stdout) as JsonScoredEntry[];
    expect(entry.repository).toBeNull();
    expect(check(entry, 'iac-managed').status).toBe('fail');
  });

  it('warns about a file that does not parse, naming it, and scores the rest', async () => {
    mockDir.setContent({
      'orders-api': {
        '.git': { HEAD: 'ref: refs/heads/main\n' },
        'catalog-info.yaml': DESCRIPTOR,
        'infra/main.tf': TERRAFORM,
        'infra/broken.tf': 'resource "aws_s3_bucket" "b" {\n',
      },
    });
    const { code, stdout, stderr } = await run(
      ['score', 'orders-api/catalog-info.yaml', '--format', 'json'],
      mockDir.path,
    );
    expect(code).toBe(0);
    expect(stderr).toMatch(
      /^flexinfra: warning: orders-api\/infra\/broken\.tf: is not valid HCL/m,
    );
    const [entry] = JSON.parse(stdout) as JsonScoredEntry[];
    expect(entry.repository?.problems).toBe(1);
    expect(check(entry, 'iac-managed').status).toBe('pass');
  });

  it('exits 2 when --repo names no folder', async () => {
    mockDir.setContent({ 'catalog-info.yaml': DESCRIPTOR });
    const { code, stderr } = await run(
      ['score', 'catalog-info.yaml', '--repo', 'nowhere'],
      mockDir.path,
    );
    expect(code).toBe(2);
    expect(stderr).toContain('--repo nowhere: no such folder');
  });
});
