import { parseAllDocuments } from 'yaml';
import type { AnalyzerLimits } from '../types';
import { exceedsDepth } from './depth';

/**
 * Every document of a YAML file as plain JS, bounded: alias expansion,
 * document count and nesting depth are capped. Throws an Error whose message
 * says what is wrong (with the line, where the parser gives one).
 */
export function parseYaml(
  text: string,
  limits: Pick<
    AnalyzerLimits,
    'maxYamlAliases' | 'maxDepth' | 'maxDocumentsPerFile'
  >,
): unknown[] {
  const parsed = parseAllDocuments(text, {
    logLevel: 'silent',
    uniqueKeys: false,
    // Helm templates and similar files carry `{{ }}`; the strict YAML 1.2
    // core schema keeps odd scalars as strings rather than guessing.
    version: '1.2',
  });
  const documents = Array.isArray(parsed) ? parsed : [parsed];
  if (documents.length > limits.maxDocumentsPerFile) {
    throw new Error(
      `has ${documents.length} YAML documents, more than the limit of ${limits.maxDocumentsPerFile}`,
    );
  }
  return documents.map((document, index) => {
    const [error] = document.errors;
    if (error) {
      const line = error.linePos?.[0]?.line;
      throw new Error(
        `is not valid YAML${line ? ` (line ${line})` : ''}: ${error.message
          .split('\n')[0]
          .replace(/:$/, '')}`,
      );
    }
    let value: unknown;
    try {
      value = document.toJS({ maxAliasCount: limits.maxYamlAliases });
    } catch (e) {
      throw new Error(
        `YAML document ${index + 1} could not be read: ${(e as Error).message}`,
      );
    }
    if (exceedsDepth(value, limits.maxDepth)) {
      throw new Error(
        `YAML document ${index + 1} nests deeper than the limit of ${
          limits.maxDepth
        }`,
      );
    }
    return value ?? null;
  });
}
