import type { ScorecardRepository } from '../../api';

/**
 * How a repository is named to a person: a web address by host and path,
 * without the scheme and trailing slash
 * ("git.example.com/payments/checkout/tree/main"); a folder on the
 * backend's disk by its name ("checkout (local folder)"), since the rest of
 * its path says where the backend runs, not what the repository is.
 */
export function repositoryLabel(
  repository: Pick<ScorecardRepository, 'target' | 'browseUrl'>,
): string {
  const location = repository.target.replace(/^(url|file):/, '');
  try {
    const url = new URL(location);
    if (url.protocol === 'http:' || url.protocol === 'https:') {
      return `${url.host}${url.pathname}`.replace(/\/+$/, '');
    }
  } catch {
    // Not a web address: a folder on the backend's disk.
  }
  const name = location
    .replace(/[\\/]+$/, '')
    .split(/[\\/]/)
    .pop();
  return name ? `${name} (local folder)` : location;
}
