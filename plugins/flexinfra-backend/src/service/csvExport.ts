import type { ResultFilters } from '@flexinfra/backstage-plugin-flexinfra-common';
import { MATURITY_STAGES } from '@flexinfra/backstage-plugin-flexinfra-common';
import { stringify } from 'csv-stringify/sync';
import type { Response } from 'express';
import type { ResultStore } from '../database/ResultStore';

/** The rows listResults returns. */
export type ExportedResult = Awaited<
  ReturnType<ResultStore['listResults']>
>[number];

/** The export's columns, in order. */
export const CSV_COLUMNS = [
  'entity_ref',
  'kind',
  'namespace',
  'name',
  'title',
  'type',
  'lifecycle',
  'owner',
  'system',
  'domain',
  'outcome',
  'stage',
  'stage_name',
  'score',
  'dora_score',
  'failing_checks',
  'model_version',
  'computed_at',
] as const;

export const CSV_FILENAME = 'flexinfra-scorecards.csv';

/** Results read from the store at a time. */
export const EXPORT_PAGE_SIZE = 1000;

/**
 * Guards against CSV formula injection: a text cell that a spreadsheet would
 * run as a formula (starting with `=`, `+`, `-`, `@`, a tab or a carriage
 * return) gets a leading apostrophe, which spreadsheets show as text.
 */
export function escapeFormula(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

function text(value: string | null): string {
  return value === null ? '' : escapeFormula(value);
}

function number(value: number | null): string {
  return value === null ? '' : String(value);
}

/** One result as a row of cells, in CSV_COLUMNS order. */
export function toCsvRow(result: ExportedResult): string[] {
  const stageName =
    result.stage === null
      ? null
      : MATURITY_STAGES.find(stage => stage.number === result.stage)?.name ??
        null;
  return [
    text(result.entityRef),
    text(result.kind),
    text(result.namespace),
    text(result.name),
    text(result.title),
    text(result.type),
    text(result.lifecycle),
    text(result.ownerRef),
    text(result.systemRef),
    text(result.domainRef),
    text(result.outcome),
    number(result.stage),
    text(stageName),
    number(result.score),
    number(result.doraScore),
    text(result.failingChecks.join(';')),
    text(result.modelVersion),
    text(result.computedAt),
  ];
}

/** Writes a chunk, waiting while the client is slower than the store. */
async function write(res: Response, chunk: string): Promise<void> {
  if (res.write(chunk)) {
    return;
  }
  await new Promise<void>(resolve => {
    const done = () => {
      res.off('drain', done);
      res.off('close', done);
      resolve();
    };
    res.on('drain', done);
    res.on('close', done);
  });
}

/**
 * Streams every stored result matching `filters` that the caller may read as
 * CSV, a page of the store at a time, so the export never sits in memory as
 * a whole.
 *
 * The first page is read before anything is sent, so a failing store still
 * gets a JSON error response. A failure later on rethrows with the response
 * half sent, and Express ends the connection: the client sees a broken
 * download, not a short CSV that looks complete.
 */
export async function streamCsvExport(options: {
  res: Response;
  resultStore: ResultStore;
  filters: ResultFilters;
  /** Keeps the results whose entity the caller may read. */
  readable: (results: ExportedResult[]) => Promise<ExportedResult[]>;
  pageSize?: number;
}): Promise<void> {
  const { res, resultStore, filters, readable } = options;
  const pageSize = options.pageSize ?? EXPORT_PAGE_SIZE;

  let page = await resultStore.listResults({ filters, limit: pageSize });
  let rows = await readable(page);

  res.status(200);
  res.attachment(CSV_FILENAME);
  res.type('text/csv');
  res.setHeader('Cache-Control', 'no-store');
  await write(res, stringify([[...CSV_COLUMNS]]));

  for (;;) {
    if (rows.length > 0) {
      await write(res, stringify(rows.map(toCsvRow)));
    }
    const last = page[page.length - 1];
    if (page.length < pageSize || !last || res.destroyed) {
      break;
    }
    page = await resultStore.listResults({
      filters,
      limit: pageSize,
      after: last.entityRef,
    });
    rows = await readable(page);
  }
  res.end();
}
