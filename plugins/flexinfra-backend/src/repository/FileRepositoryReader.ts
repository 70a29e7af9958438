import {
  analyzeRepository,
  type AnalyzerLimits,
  type Detector,
} from '@flexinfra/backstage-plugin-flexinfra-common/repository';
import { readDirectorySource } from '@flexinfra/backstage-plugin-flexinfra-node';
import type { RepositoryRead } from './UrlRepositoryReader';

/**
 * Reads a repository from a folder on this machine (entities registered
 * from `file:` locations, as in local development) and analyzes it. Reads
 * stay inside the folder; there is no version to compare, so the etag is
 * null and the folder is read again each run (its files are on disk).
 *
 * @internal
 */
export class FileRepositoryReader {
  constructor(
    private readonly options: {
      detectors?: readonly Detector[];
      limits?: Partial<AnalyzerLimits>;
    } = {},
  ) {}

  async read(folder: string): Promise<RepositoryRead> {
    const { detectors, limits } = this.options;
    const source = await readDirectorySource(folder, { limits });
    return {
      etag: null,
      facts: await analyzeRepository(source, { detectors, limits }),
    };
  }
}
