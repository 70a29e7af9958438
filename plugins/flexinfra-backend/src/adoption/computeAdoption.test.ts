import { ConfigReader } from '@backstage/config';
import type { ScorecardHistoryEntry } from '@flexinfra/backstage-plugin-flexinfra-common';
import { loadModel } from '../model/loadModel';
import type { TemplateRun } from './AdoptionStore';
import {
  computeAdoption,
  linkOf,
  templateLinks,
  type TemplateLinks,
} from './computeAdoption';

const ADOPT_IAC = 'template:default/flexinfra-adopt-iac';
const AUTOSCALING = 'template:default/flexinfra-autoscaling-observability';

const links: TemplateLinks = new Map([
  [ADOPT_IAC, ['iac-managed', 'iac-location']],
  [AUTOSCALING, ['autoscaling']],
]);

const checkTitles = new Map([
  ['iac-managed', 'Infrastructure is managed as code'],
  ['iac-location', 'IaC location is known'],
]);

function run(
  taskId: string,
  entity: string,
  createdAt: string,
  fields: Partial<TemplateRun> = {},
): TemplateRun {
  return {
    taskId,
    templateRef: ADOPT_IAC,
    templateTitle: 'Adopt infrastructure as code',
    checkIds: ['iac-managed', 'iac-location'],
    entityRef: `component:default/${entity}`,
    createdBy: 'user:default/alice',
    status: 'completed',
    createdAt,
    ...fields,
  };
}

function entry(
  recordedAt: string,
  changes: Array<[id: string, from: string, to: string]>,
): ScorecardHistoryEntry {
  return {
    recordedAt,
    outcome: 'scored',
    stage: 2,
    score: 50,
    doraScore: 2.5,
    modelVersion: 'v1',
    changes: changes.map(([id, from, to]) => ({ id, from, to })),
  };
}

describe('computeAdoption', () => {
  // A seeded sequence: template runs, then the refreshes that saw the
  // evidence their pull requests added. Days to fix, by hand:
  // r1 2 (iac-managed) and 4.5 (iac-location), r2 1, r3 6; median 2.
  const runs: TemplateRun[] = [
    run('r1', 'svc-1', '2026-12-01T10:00:00.000Z'),
    run('r2', 'svc-2', '2026-12-02T00:00:00.000Z'),
    run('r3', 'svc-3', '2026-12-01T00:00:00.000Z'),
    // Fixed 45 days later: outside the 30-day window.
    run('r4', 'svc-4', '2026-10-01T00:00:00.000Z'),
    // Two days ago: nothing yet.
    run('r5', 'svc-5', '2026-12-08T00:00:00.000Z'),
    run('r6', 'svc-1', '2026-11-30T00:00:00.000Z', { status: 'failed' }),
    // An earlier run for svc-3: r3, the latest before the fix, gets it.
    run('r8', 'svc-3', '2026-11-28T00:00:00.000Z'),
    // The autoscaling template, run under its former name.
    run('r7', 'svc-2', '2026-12-01T00:00:00.000Z', {
      templateRef: 'template:default/old-autoscaling',
      templateTitle: 'Autoscaling and observability',
      checkIds: ['autoscaling'],
    }),
  ];
  const histories = new Map([
    [
      'component:default/svc-1',
      {
        entries: [
          // Before the run: not its doing.
          entry('2026-12-01T09:00:00.000Z', [['iac-location', 'pass', 'fail']]),
          entry('2026-12-03T10:00:00.000Z', [
            ['iac-managed', 'fail', 'pass'],
            ['runbook', 'fail', 'pass'],
          ]),
          entry('2026-12-05T22:00:00.000Z', [['iac-location', 'fail', 'pass']]),
        ],
      },
    ],
    [
      'component:default/svc-2',
      {
        entries: [
          entry('2026-12-01T12:00:00.000Z', [['autoscaling', 'fail', 'pass']]),
          entry('2026-12-03T00:00:00.000Z', [['iac-managed', 'fail', 'pass']]),
        ],
      },
    ],
    [
      'component:default/svc-3',
      {
        entries: [
          entry('2026-12-07T00:00:00.000Z', [['iac-location', 'fail', 'pass']]),
        ],
      },
    ],
    [
      'component:default/svc-4',
      {
        entries: [
          entry('2026-11-15T00:00:00.000Z', [['iac-managed', 'fail', 'pass']]),
        ],
      },
    ],
  ]);
  const result = computeAdoption({
    runs,
    histories,
    links,
    checkTitles,
    fixWindowDays: 30,
    now: new Date('2026-12-10T00:00:00.000Z'),
  });

  it('sums up each template the model links, the most run first', () => {
    expect(result.templates).toEqual([
      {
        templateRef: ADOPT_IAC,
        title: 'Adopt infrastructure as code',
        checkIds: ['iac-managed', 'iac-location'],
        runs: 6,
        failedRuns: 1,
        entitiesImproved: 3,
        checksFixed: 4,
        medianDaysToFix: 2,
        runsWithoutFix: 1,
        runsPending: 2,
      },
      {
        templateRef: AUTOSCALING,
        title: 'Autoscaling and observability',
        checkIds: ['autoscaling'],
        runs: 1,
        failedRuns: 0,
        entitiesImproved: 1,
        checksFixed: 1,
        medianDaysToFix: 0.5,
        runsWithoutFix: 0,
        runsPending: 0,
      },
    ]);
  });

  it('says what each run fixed and when, newest first', () => {
    expect(result.runs.map(r => [r.taskId, r.outcome, r.daysToFix])).toEqual([
      ['r5', 'pending', null],
      ['r2', 'fixed', 1],
      ['r1', 'fixed', 2],
      ['r3', 'fixed', 6],
      ['r7', 'fixed', 0.5],
      ['r6', 'failed', null],
      ['r8', 'pending', null],
      ['r4', 'no-fix', null],
    ]);
    expect(result.runs.find(r => r.taskId === 'r1')).toEqual({
      taskId: 'r1',
      templateRef: ADOPT_IAC,
      templateTitle: 'Adopt infrastructure as code',
      ranTemplateRef: ADOPT_IAC,
      entityRef: 'component:default/svc-1',
      createdBy: 'user:default/alice',
      createdAt: '2026-12-01T10:00:00.000Z',
      status: 'completed',
      outcome: 'fixed',
      fixedChecks: [
        {
          id: 'iac-managed',
          title: 'Infrastructure is managed as code',
          fixedAt: '2026-12-03T10:00:00.000Z',
          daysToFix: 2,
        },
        {
          id: 'iac-location',
          title: 'IaC location is known',
          fixedAt: '2026-12-05T22:00:00.000Z',
          daysToFix: 4.5,
        },
      ],
      daysToFix: 2,
    });
    expect(result.runs.find(r => r.taskId === 'r7')).toMatchObject({
      templateRef: AUTOSCALING,
      ranTemplateRef: 'template:default/old-autoscaling',
    });
  });

  it('lists a linked template nobody ran, with nothing to show', () => {
    const empty = computeAdoption({
      runs: [],
      histories: new Map(),
      links,
      checkTitles,
      fixWindowDays: 30,
      now: new Date('2026-12-10T00:00:00.000Z'),
    });
    expect(empty.templates.map(t => [t.templateRef, t.title, t.runs])).toEqual([
      [ADOPT_IAC, 'flexinfra-adopt-iac', 0],
      [AUTOSCALING, 'flexinfra-autoscaling-observability', 0],
    ]);
    expect(empty.templates[0].medianDaysToFix).toBeNull();
  });
});

describe('templateLinks and linkOf', () => {
  it("reads the default model's links", () => {
    const model = loadModel(new ConfigReader({}));
    const found = templateLinks(model);
    expect(found.get(ADOPT_IAC)).toEqual(
      expect.arrayContaining(['iac-managed']),
    );
  });

  it('keeps a run of a template the model no longer links on its own', () => {
    expect(
      linkOf(
        run('x', 'svc', '2026-12-01T00:00:00.000Z', {
          templateRef: 'template:default/Something',
          checkIds: ['other'],
        }),
        links,
      ),
    ).toBe('template:default/something');
  });
});
