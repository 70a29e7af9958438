import type { RepositoryFacts } from '@flexinfra/backstage-plugin-flexinfra-common/repository';

/**
 * What the refresh last read from one repository.
 *
 * @internal
 */
export interface StoredRepository {
  /** The repository's key: `url:<address>` or `file:<folder>`. */
  target: string;
  /** The version the facts were read at (a commit sha); null when unknown. */
  etag: string | null;
  /** The analyzer's facts (unreadable facts when it could not be read). */
  facts: RepositoryFacts;
  /** Why it could not be read; null when it was. */
  error: string | null;
  /** When the facts were read. */
  analyzedAt: Date;
}

/**
 * Keeps the facts read from each repository across refresh runs, so a
 * repository whose version did not change is not downloaded again.
 *
 * @internal
 */
export interface RepositoryStore {
  /** The stored repositories among these targets (others left out). */
  getRepositories(targets: string[]): Promise<Map<string, StoredRepository>>;

  /** Stores what was just read from a repository, replacing what was. */
  putRepository(repository: StoredRepository): Promise<void>;

  /** Records that a refresh used these repositories' stored facts again. */
  markChecked(targets: string[]): Promise<void>;

  /**
   * Deletes repositories no refresh used since `before` (no entity points at
   * them any more); returns how many.
   */
  deleteUncheckedSince(before: Date): Promise<number>;
}
