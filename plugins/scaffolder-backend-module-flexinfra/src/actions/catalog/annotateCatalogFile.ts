import { stringifyEntityRef } from '@backstage/catalog-model';
import { parseCatalogDocuments, renderCatalogFile } from './catalogYaml';
import { readCatalogFile, writeCatalogFile } from './catalogFile';
import { mergeEntityChanges } from './mergeEntityChanges';
import { selectEntityDocument } from './selectEntityDocument';
import { AnnotateRequest } from './validateInput';

/** The outcome of annotating a catalog file; also the action's output. */
export type AnnotateResult = {
  /** Whether the file was changed. */
  changed: boolean;
  /** Which entity was edited, as kind:namespace/name. */
  entityRef: string;
  added: string[];
  replaced: string[];
  skipped: string[];
  removed: string[];
};

/**
 * Reads a catalog file, merges the requested changes into the chosen
 * entity's document and, when something changed, writes the file back with
 * every other byte as it was.
 *
 * @param absolutePath - the file, already checked to be in the workspace
 * @param displayPath - the file as the user should see it in messages
 */
export async function annotateCatalogFile(options: {
  absolutePath: string;
  displayPath: string;
  request: AnnotateRequest;
}): Promise<AnnotateResult> {
  const { absolutePath, displayPath, request } = options;

  const source = await readCatalogFile(absolutePath, displayPath);
  const documents = parseCatalogDocuments(source, displayPath);
  const entity = selectEntityDocument(
    documents,
    request.entityRef,
    displayPath,
  );
  const entityRef = stringifyEntityRef(entity.ref);

  const report = mergeEntityChanges(
    entity.document,
    request.changes,
    `${entityRef} in ${displayPath}`,
  );
  const changed =
    report.added.length > 0 ||
    report.replaced.length > 0 ||
    report.removed.length > 0;

  if (changed) {
    const content = renderCatalogFile(source, documents, entity.index);
    await writeCatalogFile(absolutePath, content);
  }
  return { changed, entityRef, ...report };
}
