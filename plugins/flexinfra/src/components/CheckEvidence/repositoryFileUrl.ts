/**
 * The web address of a file in the entity's repository: the file's path,
 * relative to the repository root, resolved against the repository's
 * browse address (`new URL(path, browseUrl)`). Each path segment is
 * encoded, so a `#` or a space in a file name stays part of the name.
 *
 * Returns `undefined` when there is no browse address or it is not a
 * valid URL; the file is then shown as text.
 */
export function repositoryFileUrl(
  path: string,
  browseUrl: string | null | undefined,
): string | undefined {
  if (!browseUrl) {
    return undefined;
  }
  const relative = path
    .replace(/^\/+/, '')
    .split('/')
    .map(segment => encodeURIComponent(segment))
    .join('/');
  try {
    return new URL(relative, withTrailingSlash(browseUrl)).toString();
  } catch {
    return undefined;
  }
}

/**
 * The browse address as a folder: without a trailing slash, `new URL`
 * would replace its last segment (`…/tree/main` + `a.tf` → `…/tree/a.tf`).
 */
function withTrailingSlash(browseUrl: string): string {
  const url = new URL(browseUrl);
  if (!url.pathname.endsWith('/')) {
    url.pathname = `${url.pathname}/`;
  }
  return url.toString();
}
