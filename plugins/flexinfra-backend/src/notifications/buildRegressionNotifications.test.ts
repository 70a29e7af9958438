import {
  buildRegressionNotifications,
  type EntityRegression,
} from './buildRegressionNotifications';

const checkTitles = new Map([
  ['iac-managed', 'Infrastructure as code'],
  ['documented', 'Documented'],
  ['runbook', 'Runbook'],
]);

function regression(overrides: Partial<EntityRegression>): EntityRegression {
  return {
    entityRef: 'component:default/checkout-api',
    title: null,
    ownerRef: 'group:default/team-a',
    runId: 7,
    fromStage: 3,
    toStage: 3,
    failed: [],
    ...overrides,
  };
}

const build = (
  regressions: EntityRegression[],
  flags = { stageDrop: true, checkRegression: true },
) => buildRegressionNotifications({ regressions, checkTitles, ...flags });

describe('buildRegressionNotifications', () => {
  it('tells the owner of a stage drop, with the checks and the evidence that disappeared', () => {
    const [notification, ...rest] = build([
      regression({
        fromStage: 3,
        toStage: 2,
        failed: [
          {
            id: 'iac-managed',
            from: 'pass',
            evidence: [
              { origin: 'repository', text: 'Terraform in infra/main.tf' },
              { origin: 'declared', text: 'flexinfra.io/iac: terraform' },
            ],
          },
          { id: 'runbook', from: 'waived', evidence: [] },
        ],
      }),
    ]);
    expect(rest).toEqual([]);
    expect(notification).toEqual({
      cause: 'stage-drop',
      subject: 'component:default/checkout-api',
      keys: ['run:7'],
      recipients: ['group:default/team-a'],
      payload: {
        title: 'checkout-api dropped from stage 3 to stage 2',
        description:
          'checkout-api is now at stage 2, Standardised but Rigid (was Elastic & Programmable). ' +
          'Now failing: Infrastructure as code (iac-managed): evidence gone: ' +
          'Terraform in infra/main.tf (repository); flexinfra.io/iac: terraform (declared). ' +
          'Runbook (runbook): its waiver expired.',
        link: '/catalog/default/component/checkout-api/flexibility',
        severity: 'high',
        topic: 'flexinfra.stage-drop',
        scope: 'flexinfra:stage-drop:component:default/checkout-api',
      },
    });
  });

  it('tells a check that passed and now fails, without a drop, as a regression', () => {
    const notifications = build([
      regression({
        title: 'Checkout API',
        failed: [
          {
            id: 'documented',
            from: 'pass',
            evidence: [
              { origin: 'catalog', text: 'backstage.io/techdocs-ref' },
            ],
          },
        ],
      }),
    ]);
    expect(notifications).toEqual([
      expect.objectContaining({
        cause: 'check-regression',
        payload: expect.objectContaining({
          title: 'Checkout API no longer passes “Documented”',
          description:
            'Now failing: Documented (documented): evidence gone: backstage.io/techdocs-ref (catalog).',
          topic: 'flexinfra.check-regression',
          severity: 'normal',
          scope: 'flexinfra:check-regression:component:default/checkout-api',
        }),
      }),
    ]);
  });

  it('counts several regressed checks in the title', () => {
    const [notification] = build([
      regression({
        failed: [
          { id: 'documented', from: 'pass', evidence: [] },
          { id: 'runbook', from: 'pass', evidence: [] },
        ],
      }),
    ]);
    expect(notification.payload.title).toBe(
      'checkout-api no longer passes 2 checks',
    );
    expect(notification.payload.description).toContain(
      'Documented (documented): its evidence is gone',
    );
  });

  it('says nothing of a waiver that expired without a drop (the waiver notice came before)', () => {
    expect(
      build([
        regression({
          failed: [{ id: 'runbook', from: 'waived', evidence: [] }],
        }),
      ]),
    ).toEqual([]);
  });

  it('sends the owner-less entity’s notification to the entity (its owner, resolved by the notifications backend)', () => {
    const [notification] = build([
      regression({ ownerRef: null, fromStage: 2, toStage: 1 }),
    ]);
    expect(notification.recipients).toEqual(['component:default/checkout-api']);
  });

  it('honours the off switches, telling a drop as a regression when only drops are off', () => {
    const dropped = regression({
      fromStage: 3,
      toStage: 2,
      failed: [{ id: 'iac-managed', from: 'pass', evidence: [] }],
    });
    expect(
      build([dropped], { stageDrop: false, checkRegression: true }).map(
        n => n.cause,
      ),
    ).toEqual(['check-regression']);
    expect(
      build([dropped], { stageDrop: true, checkRegression: false }).map(
        n => n.cause,
      ),
    ).toEqual(['stage-drop']);
    expect(
      build([dropped], { stageDrop: false, checkRegression: false }),
    ).toEqual([]);
  });

  it('makes at most one notification per entity', () => {
    const notifications = build([
      regression({
        fromStage: 4,
        toStage: 2,
        failed: [
          { id: 'iac-managed', from: 'pass', evidence: [] },
          { id: 'documented', from: 'pass', evidence: [] },
        ],
      }),
      regression({
        entityRef: 'resource:default/db',
        failed: [{ id: 'iac-managed', from: 'pass', evidence: [] }],
      }),
    ]);
    expect(notifications.map(n => [n.cause, n.subject])).toEqual([
      ['stage-drop', 'component:default/checkout-api'],
      ['check-regression', 'resource:default/db'],
    ]);
  });
});
