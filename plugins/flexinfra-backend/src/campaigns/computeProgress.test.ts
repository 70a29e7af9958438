import type {
  Campaign,
  ScorecardHistoryEntry,
} from '@flexinfra/backstage-plugin-flexinfra-common';
import type { HistorySince } from '../database/historyQueries';
import type { ListedResult } from '../database/ResultStore';
import { computeProgress, type ProgressCheck } from './computeProgress';

const campaign: Campaign = {
  id: 'c1',
  title: 'Stage 3 for everyone',
  description: '',
  owner: 'group:default/platform',
  scope: { type: 'group', ref: 'group:default/org' },
  target: { stage: 3 },
  startDate: '2027-01-01',
  dueDate: '2027-01-10',
  milestones: [
    { date: '2027-01-03', share: 0.5 },
    { date: '2027-01-08', share: 1 },
  ],
  status: 'active',
  createdBy: 'user:default/alice',
  createdAt: '2026-12-31T00:00:00.000Z',
  updatedAt: '2026-12-31T00:00:00.000Z',
};

const checks = new Map<string, ProgressCheck>([
  [
    'iac-managed',
    {
      title: 'Managed as code',
      stage: 3,
      template: 'template:default/adopt-iac',
    },
  ],
  ['cost-tags', { title: 'Cost attribution', stage: null, template: null }],
]);

function result(ref: string, fields: Partial<ListedResult> = {}): ListedResult {
  return {
    entityRef: ref,
    kind: 'component',
    namespace: 'default',
    name: ref.split('/')[1],
    title: null,
    type: 'service',
    lifecycle: 'production',
    ownerRef: 'group:default/team-a',
    systemRef: null,
    domainRef: null,
    outcome: 'scored',
    stage: 3,
    score: 50,
    doraScore: 2,
    modelVersion: 'm1',
    failingChecks: [],
    computedAt: '2027-01-05T00:00:00.000Z',
    ...fields,
  };
}

function entry(
  recordedAt: string,
  fields: Partial<ScorecardHistoryEntry> = {},
): ScorecardHistoryEntry {
  return {
    recordedAt,
    outcome: 'scored',
    stage: 2,
    score: 40,
    doraScore: 2,
    modelVersion: 'm1',
    changes: [],
    ...fields,
  };
}

const A = 'component:default/a';
const B = 'component:default/b';
const C = 'component:default/c';
const D = 'component:default/d';

describe('computeProgress', () => {
  // a reaches stage 3 on the 3rd; b is first scored on the 2nd and
  // reaches stage 4 on the 4th; c has no history (unchanged since before
  // it was pruned) and stays at 2; d is invalid throughout.
  const results = [
    result(A, { stage: 3 }),
    result(B, { stage: 4 }),
    result(C, {
      stage: 2,
      ownerRef: 'group:default/team-b',
      failingChecks: ['iac-managed', 'cost-tags'],
    }),
    result(D, { outcome: 'invalid', stage: null, ownerRef: null }),
  ];
  const history = new Map<string, HistorySince>([
    [
      A,
      {
        before: entry('2026-12-20T10:00:00.000Z', { stage: 2 }),
        entries: [entry('2027-01-03T10:00:00.000Z', { stage: 3 })],
      },
    ],
    [
      B,
      {
        entries: [
          entry('2027-01-02T08:00:00.000Z', { stage: 1 }),
          entry('2027-01-04T12:00:00.000Z', { stage: 4 }),
        ],
      },
    ],
    [
      D,
      {
        before: entry('2026-12-01T10:00:00.000Z', {
          outcome: 'invalid',
          stage: null,
        }),
        entries: [],
      },
    ],
  ]);

  const progressOf = (
    overrides: Partial<Parameters<typeof computeProgress>[0]> = {},
  ) =>
    computeProgress({
      campaign,
      today: '2027-01-05',
      results,
      history,
      checks,
      ...overrides,
    });

  it('gives the share at target each day from the history, and now', () => {
    const progress = progressOf();
    expect(progress.series).toEqual([
      { date: '2027-01-01', entities: 3, atTarget: 0, share: 0 },
      { date: '2027-01-02', entities: 4, atTarget: 0, share: 0 },
      { date: '2027-01-03', entities: 4, atTarget: 1, share: 0.25 },
      { date: '2027-01-04', entities: 4, atTarget: 2, share: 0.5 },
      { date: '2027-01-05', entities: 4, atTarget: 2, share: 0.5 },
    ]);
    expect(progress).toMatchObject({
      campaignId: 'c1',
      asOf: '2027-01-05',
      entities: 4,
      atTarget: 2,
      share: 0.5,
    });
    expect(progress.milestones).toEqual([
      { date: '2027-01-03', share: 0.5, actualShare: 0.25, status: 'missed' },
      { date: '2027-01-08', share: 1, actualShare: null, status: 'upcoming' },
    ]);
  });

  it('lists teams furthest behind first, and what each entity short of the target misses', () => {
    const progress = progressOf();
    expect(progress.teams).toEqual([
      { ownerRef: null, entities: 1, atTarget: 0, share: 0 },
      { ownerRef: 'group:default/team-b', entities: 1, atTarget: 0, share: 0 },
      { ownerRef: 'group:default/team-a', entities: 2, atTarget: 2, share: 1 },
    ]);
    // cost-tags gates no stage: it is not needed for stage 3.
    expect(progress.shortfall).toEqual([
      {
        entityRef: C,
        title: null,
        ownerRef: 'group:default/team-b',
        stage: 2,
        outcome: 'scored',
        missing: [
          {
            checkId: 'iac-managed',
            title: 'Managed as code',
            template: 'template:default/adopt-iac',
          },
        ],
      },
      {
        entityRef: D,
        title: null,
        ownerRef: null,
        stage: null,
        outcome: 'invalid',
        missing: [],
      },
    ]);
    expect(progress.shortfallTotal).toBe(2);
  });

  it('projects completion from the pace of the daily shares', () => {
    // Shares 0, 0, .25, .5, .5 over days 0–4: the least-squares line is
    // -0.05 + 0.15·day, which reaches 1 on day 7, 2027-01-08.
    const progress = progressOf();
    expect(progress.projectedCompletion).toBe('2027-01-08');
    expect(progress.onTrack).toBe(true);

    const late = progressOf({
      campaign: { ...campaign, dueDate: '2027-01-07' },
    });
    expect(late.projectedCompletion).toBe('2027-01-08');
    expect(late.onTrack).toBe(false);

    const flat = progressOf({ results: [results[2]] });
    expect(flat.projectedCompletion).toBeNull();
    expect(flat.onTrack).toBe(false);
  });

  it('takes check changes back to what they were, for a target of checks', () => {
    const target = { checks: ['iac-managed'] };
    const progress = computeProgress({
      campaign: { ...campaign, target, milestones: [] },
      today: '2027-01-04',
      results: [
        // Passes since the 3rd.
        result(A, { failingChecks: [] }),
        // The check did not apply to it before the 2nd (from null).
        result(B, { failingChecks: [] }),
      ],
      history: new Map<string, HistorySince>([
        [
          A,
          {
            before: entry('2026-12-20T10:00:00.000Z'),
            entries: [
              entry('2027-01-03T10:00:00.000Z', {
                changes: [{ id: 'iac-managed', from: 'fail', to: 'pass' }],
              }),
            ],
          },
        ],
        [
          B,
          {
            before: entry('2026-12-20T10:00:00.000Z'),
            entries: [
              entry('2027-01-02T10:00:00.000Z', {
                changes: [{ id: 'iac-managed', from: null, to: 'waived' }],
              }),
            ],
          },
        ],
      ]),
      checks,
    });
    expect(progress.series.map(p => [p.date, p.atTarget])).toEqual([
      ['2027-01-01', 1],
      ['2027-01-02', 1],
      ['2027-01-03', 2],
      ['2027-01-04', 2],
    ]);
    expect(progress.share).toBe(1);
    expect(progress.projectedCompletion).toBeNull();
    expect(progress.onTrack).toBe(true);
  });
});
