import type { RepositoryFileEntry } from '../../../types';

/** Folders a local development stack lives in. */
const LOCAL_FOLDERS = new Set(['local', 'dev', 'docker']);

/** Docker Compose files: `docker-compose.yml`, `compose.dev.yaml`, … */
const COMPOSE_FILE = /^(docker-)?compose([._-][\w.-]+)?\.ya?ml$/;

/**
 * Why a monitoring file is tooling for local development rather than the
 * service's monitoring, or undefined when it is not. The rule:
 *
 * - anything under a `.devcontainer/` folder is local tooling;
 * - a file under a folder named `local`, `dev` or `docker` is local tooling
 *   when that folder, or a folder between it and the file, also holds a
 *   Docker Compose file (`docker-compose*.yml`, `compose*.yaml`): a
 *   Prometheus or Grafana config beside a compose file there serves the
 *   stack developers start on their machines.
 *
 * A `dev/` folder without a compose file (say, `deploy/dev/alerts.yaml`
 * for a real dev environment), and a compose file at the repository root,
 * change nothing.
 */
export function localDevelopmentReason(
  path: string,
  listing: readonly RepositoryFileEntry[],
): string | undefined {
  const folders = path.split('/').slice(0, -1);
  const devcontainer = folders.indexOf('.devcontainer');
  if (devcontainer >= 0) {
    return `local development tooling in ${folders
      .slice(0, devcontainer + 1)
      .join('/')}/`;
  }
  for (let i = 0; i < folders.length; i++) {
    if (!LOCAL_FOLDERS.has(folders[i])) {
      continue;
    }
    // The folders from the local one down to the file's own folder.
    const candidates = new Set(
      folders.slice(i).map((_, j) => folders.slice(0, i + 1 + j).join('/')),
    );
    const compose = listing.find(entry => {
      const slash = entry.path.lastIndexOf('/');
      return (
        candidates.has(entry.path.slice(0, Math.max(slash, 0))) &&
        COMPOSE_FILE.test(entry.path.slice(slash + 1))
      );
    });
    if (compose) {
      return `local development tooling beside ${compose.path}`;
    }
  }
  return undefined;
}
