import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { defaultModelDefinition } from '../model/defaultModel';
import type { ModelDefinition } from '../model/schema';
import { renderAnnotationReference } from './renderAnnotationReference';
import {
  ANNOTATION_REFERENCE_PATH,
  MODEL_REFERENCE_PATH,
  renderModelReference,
} from './renderModelReference';

/**
 * docs/model.md and docs/annotations.md are generated from the default model.
 * This test fails when they are out of date; with FLEXINFRA_UPDATE_DOCS=1 it
 * writes them instead.
 */

const repoRoot = resolve(__dirname, '../../../..');
const UPDATE_COMMAND =
  'FLEXINFRA_UPDATE_DOCS=1 CI=true yarn --cwd plugins/flexinfra-common backstage-cli package test src/docs';

interface Prettier {
  format(source: string, options: Record<string, unknown>): string;
  resolveConfig: { sync(path: string): Record<string, unknown> | null };
}

/**
 * The repository's own Prettier (a root devDependency), so the files written
 * here pass `prettier --check .` exactly as lint-staged would leave them.
 */
function loadRepoPrettier(): Prettier {
  return require(require.resolve('prettier', { paths: [repoRoot] }));
}

function formatMarkdown(markdown: string, file: string): string {
  const prettier = loadRepoPrettier();
  const config = prettier.resolveConfig.sync(file) ?? {};
  return prettier.format(markdown, { ...config, filepath: file });
}

function firstDifference(actual: string, expected: string): string {
  const a = actual.split('\n');
  const e = expected.split('\n');
  const line = e.findIndex((text, i) => text !== a[i]);
  const at = line === -1 ? e.length : line;
  return `first difference at line ${at + 1}:\n  file:      ${JSON.stringify(
    a[at] ?? '(end of file)',
  )}\n  generated: ${JSON.stringify(e[at] ?? '(end of file)')}`;
}

const documents: Array<{
  path: string;
  render: (model: ModelDefinition) => string;
}> = [
  { path: MODEL_REFERENCE_PATH, render: renderModelReference },
  { path: ANNOTATION_REFERENCE_PATH, render: renderAnnotationReference },
];

describe('the generated reference documentation', () => {
  const update = process.env.FLEXINFRA_UPDATE_DOCS === '1';

  it.each(documents.map(d => [d.path, d.render] as const))(
    `%s is up to date with the default model`,
    (path, render) => {
      const file = resolve(repoRoot, path);
      const generated = formatMarkdown(render(defaultModelDefinition), file);
      if (update) {
        writeFileSync(file, generated, 'utf8');
        return;
      }
      let problem: string | undefined;
      let current: string | undefined;
      try {
        current = readFileSync(file, 'utf8');
      } catch {
        problem = `${path} is missing.`;
      }
      if (current !== undefined && current !== generated) {
        problem = `${path} is out of date with the model (${firstDifference(
          current,
          generated,
        )}).\nIt is generated: do not edit it by hand.`;
      }
      if (problem) {
        throw new Error(
          `${problem} Regenerate it from the repository root with:\n\n  ${UPDATE_COMMAND}\n`,
        );
      }
      expect(current).toBe(generated);
    },
  );

  it('formats stably: the generated files are what Prettier leaves', () => {
    for (const { path, render } of documents) {
      const file = resolve(repoRoot, path);
      const once = formatMarkdown(render(defaultModelDefinition), file);
      expect(formatMarkdown(once, file)).toBe(once);
    }
  });
});
