import type { ScorecardRepository } from '../../api';

/**
 * How a repository is named to a person: its location without the
 * catalog's `url:` / `file:` prefix, and for a web address without the
 * scheme and trailing slash ("git.example.com/payments/checkout/tree/main").
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
    // Not a web address: a local path, shown as it is.
  }
  return location;
}
