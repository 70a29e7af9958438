import {
  CORPUS_DIR_VARIABLE,
  corpusDirFromEnvironment,
  listCorpusFiles,
  loadCorpusFile,
  readCorpusSources,
} from '../__testUtils__/corpus';
import type { DescriptorFile } from '../__testUtils__/descriptors';
import { evaluationProblems } from '../__testUtils__/evaluations';
import { defaultModelDefinition } from '../model/defaultModel';
import { compileModel } from './compileModel';
import { evaluateEntities } from './evaluateEntities';
import type { EntityEvaluation } from './types';

/**
 * Scores a real catalog with the default model: every document of every
 * descriptor file (`*.yaml`, `*.yml`, subfolders included) in the folder that
 * FLEXINFRA_CORPUS_DIR names. An extra, not part of the repository's own
 * tests: without the variable the suite says so and runs nothing else; with
 * a variable naming no folder it fails, naming the folder.
 *
 * Parsing YAML is not the engine's job: files the `yaml` package cannot parse
 * are skipped, and the suite asserts that they really do not parse.
 * Everything that parses goes to the engine as it is, empty documents and
 * non-entities included. When the folder has a `SOURCES.tsv` (one row per
 * file, with the kinds each holds), the suite also checks the files and
 * kinds against it, so nothing is counted against one particular corpus.
 */

const NOW = new Date('2026-06-01T12:00:00Z');

// Throws (failing the suite, naming the folder) when the variable is set to
// something that is not a folder.
const corpusDir = corpusDirFromEnvironment();

if (corpusDir === undefined) {
  describe('the real-catalog corpus', () => {
    it('skipped: set FLEXINFRA_CORPUS_DIR=<folder of descriptor files> to score a real catalog', () => {
      // Printed as well as named, so that it shows when test names do not
      // (`backstage-cli repo test` lists only the files).
      // eslint-disable-next-line no-console
      console.info(
        `FlexInfra corpus suite skipped: set ${CORPUS_DIR_VARIABLE}=<folder of descriptor files> to score a real catalog`,
      );
      expect(process.env[CORPUS_DIR_VARIABLE]?.trim() || undefined).toBe(
        undefined,
      );
    });
  });
} else {
  describeCorpus(corpusDir);
}

interface Scored {
  file: string;
  document: unknown;
  evaluation: EntityEvaluation;
}

function kindOf(document: unknown): string | undefined {
  const kind = (document as { kind?: unknown } | null)?.kind;
  return typeof kind === 'string' ? kind : undefined;
}

/** One line on how the corpus scored, for the person who asked for it. */
function summarise(dir: string, files: DescriptorFile[], scored: Scored[]) {
  const count = (outcome: string) =>
    scored.filter(s => s.evaluation.outcome === outcome).length;
  const stages = new Map<number, number>();
  for (const { evaluation } of scored) {
    if (evaluation.outcome === 'scored') {
      const n = evaluation.stage.number;
      stages.set(n, (stages.get(n) ?? 0) + 1);
    }
  }
  const byStage = [...stages.entries()]
    .sort(([a], [b]) => a - b)
    .map(([stage, n]) => `stage ${stage}: ${n}`)
    .join(', ');
  return (
    `FlexInfra corpus ${dir}: ${files.length} files, ${scored.length} documents; ` +
    `${count('scored')} scored (${byStage || 'none'}), ` +
    `${count('not-applicable')} not applicable, ${count('invalid')} invalid`
  );
}

function describeCorpus(dir: string) {
  const model = compileModel(defaultModelDefinition);
  const sources = readCorpusSources(dir);
  const files = listCorpusFiles(dir).map(file => loadCorpusFile(dir, file));
  // Each file is scored as one batch, the way the CLI scores the descriptor
  // files it is given: relations resolve among the file's entities.
  const scored: Scored[] = files.flatMap(({ file, documents }) =>
    evaluateEntities(model, documents, { now: NOW }).map((evaluation, i) => ({
      file,
      document: documents[i],
      evaluation,
    })),
  );

  describe(`the real-catalog corpus (${CORPUS_DIR_VARIABLE})`, () => {
    afterAll(() => {
      // eslint-disable-next-line no-console
      console.info(summarise(dir, files, scored));
    });

    it('holds descriptor files', () => {
      expect([dir, files.length > 0]).toEqual([dir, true]);
    });

    if (sources) {
      it('holds exactly the files its SOURCES.tsv lists', () => {
        expect(files.map(f => f.file)).toEqual(sources.map(s => s.file).sort());
      });

      it('finds in every file the kinds SOURCES.tsv lists for it', () => {
        const mismatches = sources.flatMap(source => {
          const file = files.find(f => f.file === source.file);
          if (!file || source.parseError) {
            return [];
          }
          const kinds = new Set(
            file.documents.map(kindOf).filter(kind => kind !== undefined),
          );
          const expected = new Set(source.kinds);
          return [...kinds].sort().join() === [...expected].sort().join()
            ? []
            : [`${source.file}: ${[...kinds]} (SOURCES.tsv: ${source.kinds})`];
        });
        expect(mismatches).toEqual([]);
      });

      it('never scores a document of a file SOURCES.tsv marks unparseable', () => {
        const unparseable = new Set(
          sources.filter(s => s.parseError).map(s => s.file),
        );
        const scoredThere = scored
          .filter(s => unparseable.has(s.file))
          .filter(s => s.evaluation.outcome !== 'invalid')
          .map(s => `${s.file}: ${s.evaluation.entityRef}`);
        expect(scoredThere).toEqual([]);
      });

      it('parses every file SOURCES.tsv does not mark unparseable', () => {
        // The `yaml` package is no stricter than the reader that built the
        // corpus: what it rejects, SOURCES.tsv marks unparseable too.
        const marked = new Set(
          sources.filter(s => s.parseError).map(s => s.file),
        );
        const rejected = files
          .filter(f => f.errors.length > 0 && !marked.has(f.file))
          .map(f => `${f.file}: ${f.errors[0]}`);
        expect(rejected).toEqual([]);
      });
    }

    it('skips only files whose YAML does not parse, each with a parse error', () => {
      const unparseable = files.filter(f => f.errors.length > 0);
      for (const file of unparseable) {
        expect(file.errors[0]).toMatch(/\S/);
        expect(file.documents).toEqual([]);
      }
    });

    it('gives every document of every parsed file an evaluation', () => {
      const documents = files.reduce((n, f) => n + f.documents.length, 0);
      expect(scored).toHaveLength(documents);
    });

    it('scores, declines or rejects each document, never anything else', () => {
      const problems = scored.flatMap(({ file, evaluation }) =>
        evaluationProblems(evaluation, model.version, model.checks.length).map(
          problem => `${file}: ${problem}`,
        ),
      );
      expect(problems).toEqual([]);
    });

    it('scores only Components and Resources, and every Resource it can read', () => {
      const wrong = scored
        .filter(s => {
          const kind = kindOf(s.document)?.toLowerCase();
          const { outcome } = s.evaluation;
          return kind === 'resource'
            ? outcome === 'not-applicable'
            : outcome === 'scored' && kind !== 'component';
        })
        .map(
          s =>
            `${s.file}: ${kindOf(s.document)} ${s.evaluation.entityRef} is ${
              s.evaluation.outcome
            }`,
        );
      expect(wrong).toEqual([]);
    });

    it('rejects documents that are not entities, naming what is wrong', () => {
      const notEntities = scored.filter(
        s =>
          s.document === null ||
          typeof s.document !== 'object' ||
          kindOf(s.document) === undefined,
      );
      for (const { file, document, evaluation } of notEntities) {
        expect([file, evaluation]).toEqual([
          file,
          expect.objectContaining({
            outcome: 'invalid',
            error: expect.stringMatching(
              document === null
                ? /^expected an entity object, got null$/
                : /^(expected an entity object|kind is missing)/,
            ),
          }),
        ]);
      }
    });

    it('scores the whole corpus as one batch the same way', () => {
      const documents = files.flatMap(f => f.documents);
      const together = evaluateEntities(model, documents, { now: NOW });
      expect(together.map(e => e.outcome)).toEqual(
        scored.map(s => s.evaluation.outcome),
      );
    });
  });
}
