import {
  analyzeRepository,
  unreadableRepositoryFacts,
  type RepositoryFacts,
} from '@flexinfra/backstage-plugin-flexinfra-common/repository';
import { readDirectorySource } from '@flexinfra/backstage-plugin-flexinfra-node';
import { resolve } from 'node:path';
import { findRepositoryRoot } from './findRepositoryRoot';

/** Where the repository around a descriptor comes from. */
export type RepositoryMode =
  /** The git work tree each descriptor lies in. */
  | { kind: 'enclosing' }
  /** One folder for every descriptor (`--repo DIR`). */
  | { kind: 'folder'; dir: string }
  /** No repository evidence (`--no-repo`). */
  | { kind: 'off' };

/** A repository's facts, with the folder they were read from. */
export interface RepositoryAnalysis {
  root: string;
  facts: RepositoryFacts;
}

/**
 * Analyzes the repository of each descriptor file, each repository once
 * however many descriptors it holds.
 */
export class RepositoryAnalyses {
  private readonly byRoot = new Map<string, Promise<RepositoryAnalysis>>();

  constructor(
    private readonly mode: RepositoryMode,
    private readonly cwd: string,
  ) {}

  /** The analysis for the repository of a descriptor file, if it has one. */
  async forDescriptor(file: string): Promise<RepositoryAnalysis | undefined> {
    const root = this.rootOf(file);
    if (root === undefined) {
      return undefined;
    }
    let analysis = this.byRoot.get(root);
    if (!analysis) {
      analysis = analyze(root);
      this.byRoot.set(root, analysis);
    }
    return analysis;
  }

  private rootOf(file: string): string | undefined {
    switch (this.mode.kind) {
      case 'off':
        return undefined;
      case 'folder':
        return resolve(this.cwd, this.mode.dir);
      default:
        return findRepositoryRoot(resolve(this.cwd, file));
    }
  }
}

async function analyze(root: string): Promise<RepositoryAnalysis> {
  try {
    const source = await readDirectorySource(root);
    return { root, facts: await analyzeRepository(source) };
  } catch (error) {
    return {
      root,
      facts: unreadableRepositoryFacts(
        `could not be read: ${(error as Error).message}`,
      ),
    };
  }
}
