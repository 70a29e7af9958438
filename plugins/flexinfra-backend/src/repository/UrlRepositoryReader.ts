import type { UrlReaderService } from '@backstage/backend-plugin-api';
import {
  analyzeRepository,
  BUILT_IN_DETECTORS,
  DEFAULT_ANALYZER_LIMITS,
  isSkippedPath,
  type AnalyzerLimits,
  type Detector,
  type RepositoryFacts,
  type RepositoryFileEntry,
} from '@flexinfra/backstage-plugin-flexinfra-common/repository';

/** What one read of a repository came to. */
export interface RepositoryRead {
  /** The version read (the commit sha on most hosts); null when unknown. */
  etag: string | null;
  facts: RepositoryFacts;
}

/**
 * Reads a repository through Backstage's UrlReaderService (GitHub, GitLab,
 * Bitbucket, Azure DevOps, … as configured under `integrations`) and
 * analyzes it. Only files some detector wants are downloaded into memory
 * (and only while they fit the analyzer's limits); every file's path and
 * size is listed from the archive as it streams past.
 *
 * Given the etag of the last read, a repository that did not change is not
 * downloaded again: `read` then throws the reader's NotModifiedError.
 *
 * @internal
 */
export class UrlRepositoryReader {
  private readonly detectors: readonly Detector[];
  private readonly limits: AnalyzerLimits;

  constructor(
    private readonly options: {
      reader: UrlReaderService;
      detectors?: readonly Detector[];
      limits?: Partial<AnalyzerLimits>;
    },
  ) {
    this.detectors = options.detectors ?? BUILT_IN_DETECTORS;
    this.limits = { ...DEFAULT_ANALYZER_LIMITS, ...options.limits };
  }

  private wanted(path: string): boolean {
    return this.detectors.some(detector => {
      try {
        return detector.wants(path) !== undefined;
      } catch {
        // The analyzer reports the failing detector when it asks again.
        return true;
      }
    });
  }

  /**
   * @throws NotModifiedError when `etag` is the repository's current version.
   */
  async read(
    url: string,
    options: { etag?: string; signal?: AbortSignal } = {},
  ): Promise<RepositoryRead> {
    const { maxFiles, maxFileBytes, maxTotalBytes } = this.limits;
    const listing: RepositoryFileEntry[] = [];
    let kept = 0;
    const tree = await this.options.reader.readTree(url, {
      etag: options.etag,
      signal: options.signal,
      filter: (path, info) => {
        // The analyzer skips these folders: neither list nor download them.
        if (isSkippedPath(path) || listing.length > maxFiles) {
          return false;
        }
        const size = info?.size ?? 0;
        listing.push({ path, size });
        // Keep a wanted file while it fits; the analyzer says what it did
        // not read and why.
        if (size > maxFileBytes || kept + size > maxTotalBytes) {
          return false;
        }
        if (!this.wanted(path)) {
          return false;
        }
        kept += size;
        return true;
      },
    });
    const files = await tree.files();
    const contents = new Map(files.map(file => [file.path, file.content]));
    // A reader that lists without sizes: the paths of what it returned.
    const listed = new Set(listing.map(file => file.path));
    for (const file of files) {
      if (!listed.has(file.path)) {
        listing.push({ path: file.path, size: 0 });
      }
    }
    const facts = await analyzeRepository(
      {
        files: listing,
        async read(path) {
          const content = contents.get(path);
          if (!content) {
            throw new Error('not downloaded: over the size limits');
          }
          return new Uint8Array(await content());
        },
      },
      { detectors: this.detectors, limits: this.limits },
    );
    return { etag: tree.etag || null, facts };
  }
}
