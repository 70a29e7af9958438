import { mkdtemp, mkdir, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  analyzeRepository,
  type Detector,
} from '@flexinfra/backstage-plugin-flexinfra-common/repository';
import { readDirectorySource } from './directorySource';

let base: string;
let repo: string;

async function write(path: string, content: string) {
  const full = join(repo, path);
  await mkdir(join(full, '..'), { recursive: true });
  await writeFile(full, content);
}

const text = (content: Uint8Array | string) =>
  typeof content === 'string' ? content : Buffer.from(content).toString();

beforeEach(async () => {
  base = await mkdtemp(join(tmpdir(), 'flexinfra-dir-'));
  repo = join(base, 'repo');
  await mkdir(repo);
  await writeFile(join(base, 'secret.txt'), 'outside the repository');
});

afterEach(async () => {
  await rm(base, { recursive: true, force: true });
});

describe('readDirectorySource', () => {
  it('lists every file with its size, /-separated, and reads them', async () => {
    await write('infra/main.tf', 'resource "aws_s3_bucket" "logs" {}\n');
    await write('README.md', '# Checkout\n');
    await write('.github/workflows/deploy.yml', 'on: push\n');

    const source = await readDirectorySource(repo);

    expect(
      [...source.files].sort((a, b) => a.path.localeCompare(b.path)),
    ).toEqual([
      { path: '.github/workflows/deploy.yml', size: 9 },
      { path: 'infra/main.tf', size: 35 },
      { path: 'README.md', size: 11 },
    ]);
    expect(text(await source.read('infra/main.tf'))).toBe(
      'resource "aws_s3_bucket" "logs" {}\n',
    );
  });

  it('does not list .git or node_modules', async () => {
    await write('.git/config', '[core]\n');
    await write('node_modules/left-pad/package.json', '{}');
    await write('src/index.ts', 'export {};\n');

    const source = await readDirectorySource(repo);

    expect(source.files.map(f => f.path)).toEqual(['src/index.ts']);
  });

  it('lists a link to a file inside the repository, not one that escapes', async () => {
    await write('deploy/values.yaml', 'replicaCount: 2\n');
    await symlink(join(repo, 'deploy/values.yaml'), join(repo, 'values.yaml'));
    await symlink(join(base, 'secret.txt'), join(repo, 'leak.txt'));
    await symlink(base, join(repo, 'parent'));

    const source = await readDirectorySource(repo);

    expect(source.files.map(f => f.path).sort()).toEqual([
      'deploy/values.yaml',
      'values.yaml',
    ]);
    expect(text(await source.read('values.yaml'))).toBe('replicaCount: 2\n');
    await expect(source.read('leak.txt')).rejects.toThrow(
      'leads outside the repository',
    );
    await expect(source.read('parent/secret.txt')).rejects.toThrow(
      'leads outside the repository',
    );
  });

  it('refuses paths that climb out of the repository', async () => {
    await write('a.txt', 'a');
    const source = await readDirectorySource(repo);

    await expect(source.read('../secret.txt')).rejects.toThrow(
      'not a path inside the repository',
    );
    await expect(source.read('docs/../../secret.txt')).rejects.toThrow(
      'not a path inside the repository',
    );
    await expect(source.read(join(base, 'secret.txt'))).rejects.toThrow(
      'not a path inside the repository',
    );
  });

  it('lists at most one file more than maxFiles', async () => {
    for (let i = 0; i < 10; i++) {
      await write(`f${i}.txt`, String(i));
    }
    const source = await readDirectorySource(repo, { limits: { maxFiles: 3 } });
    expect(source.files).toHaveLength(4);
  });

  it('is a source the analyzer reads', async () => {
    await write('infra/main.tf', 'terraform {}\n');
    await write('notes.txt', 'nothing\n');
    const terraform: Detector = {
      id: 'test-terraform',
      wants: path => (path.endsWith('.tf') ? 'text' : undefined),
      detect: ({ files }) =>
        files.map(file => ({
          fact: 'iac',
          kind: 'terraform',
          label: 'Terraform',
          path: file.path,
        })),
    };

    const facts = await analyzeRepository(await readDirectorySource(repo), {
      detectors: [terraform],
    });

    expect(facts.iac).toMatchObject({
      found: true,
      paths: ['infra/main.tf'],
    });
    expect(facts.stats).toEqual({
      filesListed: 2,
      filesRead: 1,
      bytesRead: 13,
    });
  });

  it('rejects a root that is not a folder', async () => {
    await expect(readDirectorySource(join(base, 'secret.txt'))).rejects.toThrow(
      'is not a folder',
    );
  });
});
