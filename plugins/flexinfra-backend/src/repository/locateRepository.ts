import { dirname, isAbsolute } from 'node:path';
import {
  ANNOTATION_LOCATION,
  ANNOTATION_SOURCE_LOCATION,
  parseLocationRef,
  type Entity,
} from '@backstage/catalog-model';

/**
 * Where an entity's repository is, as the refresh reads it.
 *
 * @internal
 */
export type RepositoryTarget =
  | {
      type: 'url';
      /** Stores and groups repositories: `url:<address>`. */
      key: string;
      /** The folder's address, ending in `/`, for UrlReaderService.readTree. */
      url: string;
      /** The same address, that file paths are linked under. */
      browseUrl: string;
    }
  | {
      type: 'file';
      /** Stores and groups repositories: `file:<folder>`. */
      key: string;
      /** The absolute folder on this machine that is read. */
      folder: string;
      browseUrl: null;
    };

/**
 * Resolves a relative address against a base, like Backstage's
 * `ScmIntegrationRegistry.resolveUrl` (which knows hosts whose file paths
 * live in the query string).
 *
 * @internal
 */
export type ResolveUrl = (options: { url: string; base: string }) => string;

const plainResolveUrl: ResolveUrl = ({ url, base }) =>
  new URL(url, base).toString();

function parse(value: unknown): { type: string; target: string } | undefined {
  if (typeof value !== 'string' || !value.trim()) {
    return undefined;
  }
  try {
    return parseLocationRef(value.trim());
  } catch {
    return undefined;
  }
}

/** A web folder address ending in `/`, or undefined if not http(s). */
function webFolder(address: string): string | undefined {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return undefined;
  }
  url.hash = '';
  if (!url.search && !url.pathname.endsWith('/')) {
    url.pathname = `${url.pathname}/`;
  }
  return url.toString();
}

function urlTarget(address: string | undefined): RepositoryTarget | undefined {
  const url = address && webFolder(address);
  return url
    ? { type: 'url', key: `url:${url}`, url, browseUrl: url }
    : undefined;
}

/**
 * The repository an entity's files live in:
 *
 * 1. its `backstage.io/source-location` when that is a `url:` location
 *    (the catalog sets it for entities read from a repository);
 * 2. else the folder of the descriptor file it came from
 *    (`backstage.io/managed-by-location`), a `url:` location's folder read
 *    through the URL readers, or a `file:` location's folder read from disk
 *    (confined to that folder).
 *
 * Undefined when the entity has neither: it gets no repository facts, which
 * is not an error.
 *
 * @internal
 */
export function locateRepository(
  entity: Entity,
  resolveUrl: ResolveUrl = plainResolveUrl,
): RepositoryTarget | undefined {
  const annotations = entity.metadata.annotations ?? {};
  const source = parse(annotations[ANNOTATION_SOURCE_LOCATION]);
  if (source?.type === 'url') {
    const target = urlTarget(source.target);
    if (target) {
      return target;
    }
  }
  const location = parse(annotations[ANNOTATION_LOCATION]);
  if (location?.type === 'url') {
    let folder: string | undefined;
    try {
      folder = resolveUrl({ url: './', base: location.target });
    } catch {
      folder = undefined;
    }
    return urlTarget(folder);
  }
  if (location?.type === 'file' && isAbsolute(location.target)) {
    const folder = dirname(location.target);
    return { type: 'file', key: `file:${folder}`, folder, browseUrl: null };
  }
  return undefined;
}
