import {
  resolveSource,
  type SourceDocument,
} from '@flexinfra/backstage-plugin-flexinfra-common';
import type { FlexInfraModel } from '../../api';

/**
 * The documents each check of the model cites, by check id, in the order
 * the check cites them. A citation is looked up in the model's `sources`
 * first (the backend's list), then among the built-in documents or, for an
 * adopter's `https://` address, as itself; one that resolves to nothing is
 * left out.
 */
export function resolveCheckSources(
  model: Pick<FlexInfraModel, 'checks'> &
    Partial<Pick<FlexInfraModel, 'sources'>>,
): Map<string, SourceDocument[]> {
  const known = new Map(
    (model.sources ?? []).map(source => [source.id, source]),
  );
  const byCheck = new Map<string, SourceDocument[]>();
  for (const check of model.checks) {
    const documents: SourceDocument[] = [];
    for (const citation of check.sources ?? []) {
      const document = known.get(citation) ?? resolveSource(citation);
      if (document && !documents.some(d => d.id === document.id)) {
        documents.push(document);
      }
    }
    byCheck.set(check.id, documents);
  }
  return byCheck;
}
