import { mockErrorHandler } from '@backstage/backend-test-utils';
import express from 'express';
import Router from 'express-promise-router';
import request from 'supertest';
import type { ResultStore } from '../database/ResultStore';
import {
  CSV_COLUMNS,
  escapeFormula,
  ExportedResult,
  streamCsvExport,
  toCsvRow,
} from './csvExport';

function result(name: string, overrides: Partial<ExportedResult> = {}) {
  return {
    entityRef: `component:default/${name}`,
    kind: 'component',
    namespace: 'default',
    name,
    title: null,
    type: 'service',
    lifecycle: 'production',
    ownerRef: 'group:default/team',
    systemRef: null,
    domainRef: null,
    outcome: 'scored',
    stage: 2,
    score: 55.5,
    doraScore: 2.25,
    failingChecks: ['iac-managed', 'on-call'],
    modelVersion: 'v1',
    computedAt: '2026-03-01T00:00:00.000Z',
    ...overrides,
  } as ExportedResult;
}

/** An app exporting from a store that pages through `results`. */
function exportApp(
  results: ExportedResult[],
  options: {
    readable?: (r: ExportedResult) => boolean;
    failAfter?: string;
  } = {},
) {
  const listResults = jest.fn(
    async ({ limit, after }: { limit: number; after?: string }) => {
      if (options.failAfter !== undefined && after === options.failAfter) {
        throw new Error('database gone');
      }
      return results
        .filter(r => after === undefined || r.entityRef > after)
        .slice(0, limit);
    },
  );
  const router = Router();
  router.get('/export', async (_req, res) => {
    await streamCsvExport({
      res,
      resultStore: { listResults } as unknown as ResultStore,
      filters: { kind: ['component'] },
      readable: async page => page.filter(options.readable ?? (() => true)),
      pageSize: 2,
    });
  });
  const app = express().use(router).use(mockErrorHandler());
  return { app, listResults };
}

describe('escapeFormula', () => {
  it.each([
    ['=1+1', "'=1+1"],
    ['+cmd', "'+cmd"],
    ['-2', "'-2"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tx', "'\tx"],
    ['\rx', "'\rx"],
    ['plain', 'plain'],
    ['a=b', 'a=b'],
    ['', ''],
  ])('turns %p into %p', (value, escaped) => {
    expect(escapeFormula(value)).toBe(escaped);
  });
});

describe('toCsvRow', () => {
  it('has a cell per column, empty for nulls', () => {
    const row = toCsvRow(
      result('x', {
        outcome: 'invalid',
        stage: null,
        score: null,
        doraScore: null,
        failingChecks: [],
      }),
    );
    expect(row).toHaveLength(CSV_COLUMNS.length);
    const record = Object.fromEntries(CSV_COLUMNS.map((c, i) => [c, row[i]]));
    expect(record).toMatchObject({
      outcome: 'invalid',
      stage: '',
      stage_name: '',
      score: '',
      dora_score: '',
      failing_checks: '',
      system: '',
    });
  });

  it('names the stage and joins failing checks with semicolons', () => {
    const row = toCsvRow(result('x'));
    const record = Object.fromEntries(CSV_COLUMNS.map((c, i) => [c, row[i]]));
    expect(record).toMatchObject({
      stage: '2',
      stage_name: 'Standardised but Rigid',
      score: '55.5',
      dora_score: '2.25',
      failing_checks: 'iac-managed;on-call',
    });
  });
});

describe('streamCsvExport', () => {
  const results = ['a', 'b', 'c', 'd', 'e'].map(name => result(name));

  it('streams every page, filtered, after a header row', async () => {
    const { app, listResults } = exportApp(results, {
      readable: r => r.name !== 'c',
    });
    const response = await request(app).get('/export');

    expect(response.status).toBe(200);
    const lines = response.text.trim().split('\n');
    expect(lines[0]).toBe(CSV_COLUMNS.join(','));
    expect(lines.slice(1).map(line => line.split(',')[0])).toEqual([
      'component:default/a',
      'component:default/b',
      'component:default/d',
      'component:default/e',
    ]);
    expect(listResults.mock.calls.map(([options]) => options)).toEqual([
      { filters: { kind: ['component'] }, limit: 2 },
      {
        filters: { kind: ['component'] },
        limit: 2,
        after: 'component:default/b',
      },
      {
        filters: { kind: ['component'] },
        limit: 2,
        after: 'component:default/d',
      },
    ]);
  });

  it('quotes cells with commas, quotes and line breaks', async () => {
    const { app } = exportApp([
      result('a', { title: 'Say "hi", then\nleave' }),
    ]);
    const response = await request(app).get('/export');

    expect(response.text).toContain('"Say ""hi"", then\nleave"');
  });

  it('is a JSON error when the first page fails', async () => {
    const { app, listResults } = exportApp(results);
    listResults.mockRejectedValueOnce(new Error('database gone'));
    const response = await request(app).get('/export');

    expect(response.status).toBe(500);
    expect(response.body.error.message).toBe('database gone');
  });

  it('breaks the connection when a later page fails', async () => {
    const { app } = exportApp(results, { failAfter: 'component:default/b' });

    await expect(request(app).get('/export')).rejects.toThrow();
  });
});
