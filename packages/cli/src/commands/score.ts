import {
  evaluateEntities,
  InvalidModelError,
  type CompiledModel,
} from '@flexinfra/backstage-plugin-flexinfra-common';
import { describeGateFailures, summaryLine } from '../format/common';
import { formatJson } from '../format/json';
import { formatMarkdown } from '../format/markdown';
import { formatTable } from '../format/table';
import { checkGate } from '../gate';
import { ConfigFileError, loadModelConfig } from '../loadModelConfig';
import { formatInputError, readDescriptors } from '../readDescriptors';
import {
  RepositoryAnalyses,
  type RepositoryMode,
} from '../repository/RepositoryAnalyses';
import { existsSync, statSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import type { CliIo, LocatedEvaluation, Report } from '../types';

export const FORMATS = ['table', 'json', 'markdown'] as const;

export interface ScoreOptions {
  format: (typeof FORMATS)[number];
  /** 1–5: exit 1 when a scored entity is below this stage. */
  minStage?: number;
  /** app-config files whose `flexinfra.model` overrides the default model. */
  config?: string[];
  /**
   * The repository to read evidence from: a folder (`--repo DIR`), false
   * for none (`--no-repo`), or, when left out, the git work tree around
   * each descriptor file.
   */
  repo?: string | false;
}

/** Exit codes; a higher one wins. */
export const EXIT_OK = 0;
export const EXIT_GATE_FAILED = 1;
export const EXIT_INPUT_ERROR = 2;

const FORMATTERS = {
  table: formatTable,
  json: formatJson,
  markdown: formatMarkdown,
} satisfies Record<ScoreOptions['format'], (report: Report) => string>;

function warnAboutDuplicates(results: LocatedEvaluation[], io: CliIo) {
  const seen = new Map<string, LocatedEvaluation>();
  for (const result of results) {
    const ref = result.evaluation.entityRef;
    if (result.evaluation.outcome === 'invalid' && ref === 'unknown') {
      continue;
    }
    const earlier = seen.get(ref);
    if (earlier) {
      io.stderr.write(
        `flexinfra: warning: ${ref} is defined at ${earlier.file}:${earlier.line} and at ${result.file}:${result.line}; relations resolve to the last one\n`,
      );
    }
    seen.set(ref, result);
  }
}

function repositoryMode(repo: ScoreOptions['repo']): RepositoryMode {
  if (repo === false) {
    return { kind: 'off' };
  }
  return typeof repo === 'string'
    ? { kind: 'folder', dir: repo }
    : { kind: 'enclosing' };
}

function isFolder(path: string): boolean {
  return existsSync(path) && statSync(path).isDirectory();
}

/**
 * `flexinfra score`: scores descriptor files offline with the engine the
 * backend uses, prints them in the chosen format, and returns the exit code:
 * 2 when any input was bad (the rest is still scored and printed), else 1
 * when `--min-stage` failed, else 0.
 */
export async function runScore(
  patterns: string[],
  options: ScoreOptions,
  io: CliIo,
): Promise<number> {
  const cwd = io.cwd ?? process.cwd();
  const now = io.now ?? new Date();

  let model: CompiledModel;
  try {
    const loaded = await loadModelConfig(options.config ?? [], cwd);
    model = loaded.model;
    for (const warning of loaded.warnings) {
      io.stderr.write(`flexinfra: warning: ${warning}\n`);
    }
  } catch (error) {
    if (
      error instanceof ConfigFileError ||
      error instanceof InvalidModelError
    ) {
      io.stderr.write(`flexinfra: ${error.message}\n`);
      return EXIT_INPUT_ERROR;
    }
    throw error;
  }

  const mode = repositoryMode(options.repo);
  if (mode.kind === 'folder' && !isFolder(resolve(cwd, mode.dir))) {
    io.stderr.write(
      `flexinfra: --repo ${mode.dir}: no such folder (give the repository's root folder, or --no-repo)\n`,
    );
    return EXIT_INPUT_ERROR;
  }

  const read = await readDescriptors(patterns, { cwd });
  for (const error of read.errors) {
    io.stderr.write(`flexinfra: error: ${formatInputError(error)}\n`);
  }

  const analyses = new RepositoryAnalyses(mode, cwd);
  const repositories = await Promise.all(
    read.descriptors.map(d => analyses.forDescriptor(d.file)),
  );
  for (const analysis of new Set(repositories)) {
    for (const problem of analysis?.facts.problems ?? []) {
      io.stderr.write(
        `flexinfra: warning: ${
          relative(cwd, resolve(analysis!.root, problem.path)) || '.'
        }: ${problem.message}\n`,
      );
    }
  }

  const evaluations = evaluateEntities(
    model,
    read.descriptors.map(d => d.value),
    {
      now,
      factsOf: (_entity, i) =>
        repositories[i] ? { repository: repositories[i]!.facts } : undefined,
    },
  );
  const results: LocatedEvaluation[] = evaluations.map((evaluation, i) => {
    const analysis = repositories[i];
    return {
      evaluation,
      file: read.descriptors[i].file,
      line: read.descriptors[i].line,
      repository: analysis && {
        root: relative(cwd, analysis.root) || '.',
        analyzed: analysis.facts.analyzed,
        error: analysis.facts.error ?? null,
        problems: analysis.facts.problems.length,
      },
    };
  });
  warnAboutDuplicates(results, io);

  const gate =
    options.minStage === undefined
      ? undefined
      : checkGate(model, results, options.minStage);
  const report: Report = {
    model,
    results,
    gate,
    inputErrorCount: read.errors.length,
  };
  io.stdout.write(FORMATTERS[options.format](report));
  if (options.format === 'json') {
    // stdout stays a parseable array; the counts go beside it.
    io.stderr.write(`flexinfra: ${summaryLine(report)}\n`);
  }
  if (gate) {
    io.stderr.write(describeGateFailures(gate));
  }

  if (read.errors.length > 0) {
    return EXIT_INPUT_ERROR;
  }
  return gate && gate.failures.length > 0 ? EXIT_GATE_FAILED : EXIT_OK;
}
