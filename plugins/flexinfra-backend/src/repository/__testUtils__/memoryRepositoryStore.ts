import type { RepositoryStore, StoredRepository } from '../RepositoryStore';

/** A RepositoryStore in memory, recording what was marked checked. */
export class MemoryRepositoryStore implements RepositoryStore {
  readonly rows = new Map<string, StoredRepository & { checkedAt: number }>();
  readonly checked: string[] = [];

  constructor(private readonly now: () => number = Date.now) {}

  async getRepositories(targets: string[]) {
    const found = new Map<string, StoredRepository>();
    for (const target of targets) {
      const row = this.rows.get(target);
      if (row) {
        const { checkedAt: _, ...stored } = row;
        found.set(target, structuredClone(stored));
      }
    }
    return found;
  }

  async putRepository(repository: StoredRepository) {
    this.rows.set(repository.target, {
      ...structuredClone(repository),
      checkedAt: this.now(),
    });
  }

  async markChecked(targets: string[]) {
    for (const target of targets) {
      this.checked.push(target);
      const row = this.rows.get(target);
      if (row) {
        row.checkedAt = this.now();
      }
    }
  }

  async deleteUncheckedSince(before: Date) {
    let deleted = 0;
    for (const [target, row] of this.rows) {
      if (row.checkedAt < before.getTime()) {
        this.rows.delete(target);
        deleted += 1;
      }
    }
    return deleted;
  }
}
