import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { create as createTar } from 'tar';

/** One repository as a test host serves it: its commit and its files. */
export interface HostedRepository {
  sha: string;
  files: Record<string, string>;
}

/**
 * A .tar.gz of the files under one top folder, as GitHub's tarball and
 * GitLab's archive endpoints serve a commit.
 */
export async function tarball(
  top: string,
  files: Record<string, string>,
): Promise<Buffer> {
  const dir = await mkdtemp(join(tmpdir(), 'flexinfra-tar-'));
  try {
    for (const [path, content] of Object.entries(files)) {
      const full = join(dir, top, path);
      await mkdir(dirname(full), { recursive: true });
      await writeFile(full, content);
    }
    const out = join(dir, 'archive.tar.gz');
    await createTar({ gzip: true, cwd: dir, file: out, portable: true }, [top]);
    return await readFile(out);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/**
 * A local stand-in for a Git host's API, serving what Backstage's URL
 * readers ask for when reading a tree, and counting archive downloads.
 */
export interface GitHost {
  /** The host, with port, as integrations config names it. */
  host: string;
  /** http://host */
  baseUrl: string;
  /** Repositories by full name (`owner/name`); tests change them. */
  repositories: Map<string, HostedRepository>;
  /** Archives served, by full name. */
  downloads: Map<string, number>;
  close(): Promise<void>;
}

type Route = (
  url: URL,
  host: GitHost,
) => Promise<{ status: number; json?: unknown; body?: Buffer }>;

async function startHost(route: Route): Promise<GitHost> {
  const host: GitHost = {
    host: '',
    baseUrl: '',
    repositories: new Map(),
    downloads: new Map(),
    close: async () => {},
  };
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', host.baseUrl);
    route(url, host).then(
      ({ status, json, body }) => {
        if (json !== undefined) {
          res.writeHead(status, { 'Content-Type': 'application/json' });
          res.end(JSON.stringify(json));
        } else {
          res.writeHead(status, {
            'Content-Type': body ? 'application/x-gzip' : 'text/plain',
          });
          res.end(body ?? (status === 404 ? 'Not Found' : ''));
        }
      },
      error => {
        res.writeHead(500);
        res.end(String(error));
      },
    );
  });
  host.close = () =>
    new Promise<void>(resolve => server.close(() => resolve()));
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  host.host = `127.0.0.1:${port}`;
  host.baseUrl = `http://${host.host}`;
  return host;
}

function countDownload(host: GitHost, fullName: string) {
  host.downloads.set(fullName, (host.downloads.get(fullName) ?? 0) + 1);
}

/**
 * GitHub's REST API under /api/v3, as GitHub Enterprise serves it: a
 * ref's combined status (which names the commit and the archive address)
 * and the tarball of a commit.
 */
export function startGithubHost(): Promise<GitHost> {
  return startHost(async (url, host) => {
    const match = url.pathname.match(
      /^\/api\/v3\/repos\/([^/]+)\/([^/]+)(?:\/(.*))?$/,
    );
    const fullName = match && `${match[1]}/${match[2]}`;
    const repo = fullName ? host.repositories.get(fullName) : undefined;
    if (!match || !repo) {
      return { status: 404, json: { message: 'Not Found' } };
    }
    const rest = match[3] ?? '';
    const apiRepo = {
      full_name: fullName,
      default_branch: 'main',
      archive_url: `${host.baseUrl}/api/v3/repos/${fullName}/{archive_format}{/ref}`,
    };
    if (rest === '') {
      return { status: 200, json: apiRepo };
    }
    if (/^commits\/[^/]+\/status$/.test(rest)) {
      return { status: 200, json: { sha: repo.sha, repository: apiRepo } };
    }
    if (rest === `tarball/${repo.sha}`) {
      countDownload(host, fullName!);
      const top = `${fullName!.replace('/', '-')}-${repo.sha.slice(0, 7)}`;
      return { status: 200, body: await tarball(top, repo.files) };
    }
    return { status: 404, json: { message: 'Not Found' } };
  });
}

/**
 * GitLab's REST API under /api/v4: a project, its latest commit on a ref,
 * and the archive of a ref.
 */
export function startGitlabHost(): Promise<GitHost> {
  return startHost(async (url, host) => {
    const match = url.pathname.match(/^\/api\/v4\/projects\/([^/]+)(\/.*)?$/);
    const fullName = match && decodeURIComponent(match[1]);
    const repo = fullName ? host.repositories.get(fullName) : undefined;
    if (!match || !repo) {
      return { status: 404, json: { message: '404 Project Not Found' } };
    }
    const rest = match[2] ?? '';
    if (rest === '') {
      return { status: 200, json: { id: 1, default_branch: 'main' } };
    }
    if (rest === '/repository/commits') {
      return { status: 200, json: [{ id: repo.sha }] };
    }
    if (rest === '/repository/archive') {
      countDownload(host, fullName!);
      const top = `${fullName!.split('/').pop()}-main-${repo.sha}`;
      return { status: 200, body: await tarball(top, repo.files) };
    }
    return { status: 404, json: { message: '404 Not Found' } };
  });
}
