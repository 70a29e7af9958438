/**
 * A local stand-in for GitHub (Enterprise's REST API under /api/v3) serving
 * the bench's repositories the way Backstage's GitHub URL reader reads a
 * tree: the repository, a ref's combined status (which names the commit, the
 * reader's etag) and the commit's tarball. It counts what it serves, so the
 * bench can say how many repositories were downloaded in each refresh.
 */
import { createServer, type Server } from 'node:http';
import type { BenchRepository } from './benchRepositories';

export interface GitHostCounters {
  /** Requests for a ref's commit (the etag check every read makes). */
  statusRequests: number;
  /** Tarballs downloaded. */
  downloads: number;
  /** Bytes of tarballs served (gzip). */
  downloadedBytes: number;
  /** Files and bytes inside the downloaded tarballs. */
  downloadedFiles: number;
  downloadedFileBytes: number;
}

export interface GitHost {
  /** `127.0.0.1:<port>`, as the integrations config names it. */
  host: string;
  baseUrl: string;
  /** The tree address of a repository, as a source-location names it. */
  treeUrl(name: string): string;
  counters: GitHostCounters;
  /** Counters since the last call (and resets them). */
  take(): GitHostCounters;
  close(): Promise<void>;
}

const zero = (): GitHostCounters => ({
  statusRequests: 0,
  downloads: 0,
  downloadedBytes: 0,
  downloadedFiles: 0,
  downloadedFileBytes: 0,
});

/**
 * Starts the host on a fixed loopback port, so the descriptors that point at
 * it stay the same from run to run (and the catalog does not reprocess them).
 */
export async function startGitHost(
  port: number,
  repositories: BenchRepository[],
): Promise<GitHost> {
  const byName = new Map(repositories.map(r => [`acme/${r.name}`, r]));
  const baseUrl = `http://127.0.0.1:${port}`;
  const counters = zero();
  const json = (res: any, status: number, body: unknown) => {
    res.writeHead(status, { 'Content-Type': 'application/json' });
    res.end(JSON.stringify(body));
  };
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', baseUrl);
    const match = url.pathname.match(
      /^\/api\/v3\/repos\/([^/]+)\/([^/]+)(?:\/(.*))?$/,
    );
    const fullName = match && `${match[1]}/${match[2]}`;
    const repo = fullName ? byName.get(fullName) : undefined;
    if (!match || !repo) {
      json(res, 404, { message: 'Not Found' });
      return;
    }
    const rest = match[3] ?? '';
    const apiRepo = {
      full_name: fullName,
      default_branch: 'main',
      archive_url: `${baseUrl}/api/v3/repos/${fullName}/{archive_format}{/ref}`,
    };
    if (rest === '') {
      json(res, 200, apiRepo);
    } else if (/^commits\/[^/]+\/status$/.test(rest)) {
      counters.statusRequests += 1;
      json(res, 200, { sha: repo.sha, repository: apiRepo });
    } else if (rest === `tarball/${repo.sha}` && repo.tarball) {
      counters.downloads += 1;
      counters.downloadedBytes += repo.tarball.length;
      counters.downloadedFiles += repo.files;
      counters.downloadedFileBytes += repo.bytes;
      res.writeHead(200, { 'Content-Type': 'application/x-gzip' });
      res.end(repo.tarball);
    } else {
      json(res, 404, { message: 'Not Found' });
    }
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  return {
    host: `127.0.0.1:${port}`,
    baseUrl,
    treeUrl: name => `${baseUrl}/acme/${name}/tree/main/`,
    counters,
    take() {
      const taken = { ...counters };
      Object.assign(counters, zero());
      return taken;
    },
    close: () => new Promise<void>(resolve => server.close(() => resolve())),
  };
}
