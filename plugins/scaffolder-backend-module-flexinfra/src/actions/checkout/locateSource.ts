import {
  ANNOTATION_LOCATION,
  ANNOTATION_SOURCE_LOCATION,
  Entity,
  parseLocationRef,
} from '@backstage/catalog-model';

/** Where an entity's catalog file lives in source control. */
export interface SourceFile {
  /** The file's URL, as the catalog read it. */
  fileUrl: string;
  /** Path of the file in the repository, e.g. services/orders/catalog-info.yaml. */
  filePath: string;
  repository: Repository;
}

export interface Repository {
  host: string;
  /** Owner, organisation or (GitLab) group path. */
  owner: string;
  repo: string;
  branch: string;
  /** For the publish actions: host?owner=…&repo=… */
  repoUrl: string;
  /** Web URL of the repository, e.g. https://github.com/acme/orders. */
  repositoryUrl: string;
  /** Web URL of the root of the branch, e.g. https://github.com/acme/orders/tree/main/. */
  treeUrl: string;
}

/**
 * Splits a repository file or tree URL of GitHub (and GitHub Enterprise,
 * Gitea) or GitLab into repository, branch and path. Branch names with a
 * slash cannot be told apart from the path and are not supported.
 */
export function parseRepositoryUrl(
  url: string,
): { repository: Repository; path: string } | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  const segments = parsed.pathname
    .split('/')
    .filter(Boolean)
    .map(decodeURIComponent);
  const gitlab = segments.indexOf('-');
  let owner: string[];
  let rest: string[];
  let treeMarker: string;
  if (gitlab > 1 && ['blob', 'tree'].includes(segments[gitlab + 1])) {
    owner = segments.slice(0, gitlab - 1);
    rest = [segments[gitlab - 1], ...segments.slice(gitlab + 2)];
    treeMarker = '-/tree';
  } else if (
    segments.length >= 4 &&
    ['blob', 'tree', 'src'].includes(segments[2])
  ) {
    owner = [segments[0]];
    rest = [segments[1], ...segments.slice(3)];
    treeMarker = 'tree';
  } else {
    return undefined;
  }
  const [repo, branch, ...path] = rest;
  if (!repo || !branch || owner.length === 0) {
    return undefined;
  }
  const host = parsed.host;
  const ownerPath = owner.join('/');
  const repositoryUrl = `${parsed.protocol}//${host}/${ownerPath}/${repo}`;
  return {
    repository: {
      host,
      owner: ownerPath,
      repo,
      branch,
      repoUrl: `${host}?owner=${encodeURIComponent(
        ownerPath,
      )}&repo=${encodeURIComponent(repo)}`,
      repositoryUrl,
      treeUrl: `${repositoryUrl}/${treeMarker}/${branch}/`,
    },
    path: path.join('/'),
  };
}

/**
 * Finds the catalog file an entity was read from
 * (`backstage.io/managed-by-location`).
 *
 * @returns the file, or a reason why it cannot be checked out
 */
export function locateSourceFile(
  entity: Entity,
): SourceFile | { problem: string } {
  const location = entity.metadata.annotations?.[ANNOTATION_LOCATION];
  if (!location) {
    return {
      problem: `it has no ${ANNOTATION_LOCATION} annotation, so where its catalog file lives is unknown`,
    };
  }
  let ref;
  try {
    ref = parseLocationRef(location);
  } catch {
    return {
      problem: `its ${ANNOTATION_LOCATION} ${location} is not a location`,
    };
  }
  if (ref.type !== 'url') {
    return {
      problem: `it was registered from a ${ref.type} location (${location}), not from a repository URL`,
    };
  }
  const parsed = parseRepositoryUrl(ref.target);
  if (!parsed || !parsed.path) {
    return {
      problem: `its catalog file ${ref.target} is not a GitHub or GitLab file URL (…/owner/repo/blob/branch/path)`,
    };
  }
  return {
    fileUrl: ref.target,
    filePath: parsed.path,
    repository: parsed.repository,
  };
}

/**
 * The repository of an entity from its `backstage.io/source-location` or
 * `github.com/project-slug`, when its catalog file cannot be found.
 */
export function guessRepository(entity: Entity): Repository | undefined {
  const annotations = entity.metadata.annotations ?? {};
  const sourceLocation = annotations[ANNOTATION_SOURCE_LOCATION];
  if (sourceLocation) {
    try {
      const ref = parseLocationRef(sourceLocation);
      const parsed =
        ref.type === 'url' ? parseRepositoryUrl(ref.target) : undefined;
      if (parsed) {
        return parsed.repository;
      }
    } catch {
      // Fall through to the project slug.
    }
  }
  const slug = annotations['github.com/project-slug'];
  if (slug && /^[^/\s]+\/[^/\s]+$/.test(slug)) {
    return parseRepositoryUrl(`https://github.com/${slug}/tree/main/`)
      ?.repository;
  }
  return undefined;
}
