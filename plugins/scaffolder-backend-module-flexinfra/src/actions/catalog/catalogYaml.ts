import {
  Document,
  isMap,
  isScalar,
  isSeq,
  parseAllDocuments,
  ToStringOptions,
  visit,
} from 'yaml';

/**
 * Parses every YAML document of a catalog file, keeping comments and source
 * ranges so that one document can later be printed back in place.
 *
 * @param source - the file's text
 * @param displayPath - the file as the user named it, for error messages
 * @throws when any document does not parse; the message carries the
 *   parser's line and column
 */
export function parseCatalogDocuments(
  source: string,
  displayPath: string,
): Document[] {
  const documents = parseAllDocuments(source);
  for (const document of documents) {
    const [error] = document.errors;
    if (error) {
      throw new Error(`${displayPath} is not valid YAML: ${error.message}`);
    }
  }
  return [...documents];
}

/**
 * Prints the file again with only `documents[index]` re-rendered: every other
 * document, and anything after the last one, is copied from `source` byte
 * for byte.
 */
export function renderCatalogFile(
  source: string,
  documents: Document[],
  index: number,
): string {
  // A document's source runs from where the previous one ended (so that the
  // `---` line and the comments above it are included) to the end of its
  // own range; the first one starts at the top of the file, as comments
  // above it belong to it.
  const document = documents[index];
  if (!document) {
    throw new RangeError(`There is no YAML document ${index} to render`);
  }
  const previous = documents[index - 1];
  const start = previous ? sourceEnd(previous) : 0;
  const end = sourceEnd(document);
  const original = source.slice(start, end);

  keepTrailingCommentTight(document, original);
  let rendered = document.toString(stringifyOptionsLike(document, source));
  if (source.includes('\r\n')) {
    rendered = rendered.replace(/\r?\n/g, '\r\n');
  }
  if (!/\n$/.test(original)) {
    rendered = rendered.replace(/\r?\n$/, '');
  }
  const result = source.slice(0, start) + rendered + source.slice(end);
  assertOnlyDocumentChanged(result, documents);
  return result;
}

/**
 * The yaml library prints a comment at the end of a document (such as one
 * above the next `---`) after a blank line, even when the source has none.
 * Attaching it to the document's top-level collection instead prints it
 * right after the last line, as it was.
 */
function keepTrailingCommentTight(document: Document, original: string) {
  const contents = document.contents;
  const comment = document.comment;
  if (
    !comment ||
    document.directives?.docEnd ||
    !(isMap(contents) || isSeq(contents)) ||
    contents.flow ||
    contents.comment
  ) {
    return;
  }
  const lines = original.replace(/\s+$/, '').split(/\r?\n/);
  const commentLineCount = comment.split('\n').length;
  const commentLines = lines.slice(-commentLineCount);
  const lineBefore = lines[lines.length - commentLineCount - 1];
  const isComment = commentLines.every(
    line => line.trim() === '' || line.trimStart().startsWith('#'),
  );
  if (isComment && lineBefore !== undefined && lineBefore.trim() !== '') {
    contents.comment = comment;
    document.comment = null;
  }
}

/**
 * A last check before anything is written: the new text must parse into the
 * same number of documents, each with the content the edit intended.
 */
function assertOnlyDocumentChanged(result: string, documents: Document[]) {
  const reparsed = parseAllDocuments(result);
  const same =
    reparsed.length === documents.length &&
    reparsed.every(
      (document, i) =>
        document.errors.length === 0 &&
        JSON.stringify(document.toJS()) === JSON.stringify(documents[i].toJS()),
    );
  if (!same) {
    throw new Error(
      'Re-printing the edited YAML document did not give back the intended content; the file was left untouched. Please report this as a bug of flexinfra:catalog:annotate.',
    );
  }
}

/**
 * Options that print a document the way its source is written, as far as
 * the yaml library can: the indentation width, whether block sequences are
 * indented under their key, no line folding and no padding inside
 * `[flow, collections]`.
 */
export function stringifyOptionsLike(
  document: Document,
  source: string,
): ToStringOptions {
  let indent: number | undefined;
  let sequenceOffset: number | undefined;

  visit(document, {
    Pair(_, pair) {
      if (!isScalar(pair.key) || !pair.key.range || !pair.value) {
        return undefined;
      }
      const keyColumn = columnOf(source, pair.key.range[0]);
      const value = pair.value;
      if (indent === undefined && isMap(value) && !value.flow) {
        const first = value.items[0]?.key;
        if (isScalar(first) && first.range) {
          indent = columnOf(source, first.range[0]) - keyColumn;
        }
      }
      if (
        sequenceOffset === undefined &&
        isSeq(value) &&
        !value.flow &&
        value.range
      ) {
        sequenceOffset = columnOf(source, value.range[0]) - keyColumn;
      }
      return indent !== undefined && sequenceOffset !== undefined
        ? visit.BREAK
        : undefined;
    },
  });

  const indentWidth = indent && indent > 0 ? indent : 2;
  return {
    indent: indentWidth,
    // The yaml library puts the dash of a block sequence under a key either
    // `indent` columns in (indentSeq: true) or `indent - 2` columns in.
    indentSeq: sequenceOffset === undefined || sequenceOffset >= indentWidth,
    lineWidth: 0,
    flowCollectionPadding: false,
  };
}

/** Where a parsed document's source ends, after its trailing comments. */
function sourceEnd(document: Document): number {
  const range = document.range as Document['range'] | undefined;
  if (!range) {
    throw new Error('Only documents parsed from a source can be re-printed');
  }
  return range[2];
}

function columnOf(source: string, offset: number): number {
  return offset - (source.lastIndexOf('\n', offset - 1) + 1);
}
