import type { AdoptionRun } from '../../../api';
import { describeRun, shortDay, templateName } from './describeRun';

const run: AdoptionRun = {
  taskId: 't1',
  templateRef: 'template:default/flexinfra-adopt-iac',
  templateTitle: 'Adopt infrastructure as code',
  ranTemplateRef: 'template:default/flexinfra-adopt-iac',
  entityRef: 'component:default/checkout',
  createdBy: null,
  createdAt: '2026-12-12T23:30:00.000Z',
  status: 'completed',
  outcome: 'fixed',
  fixedChecks: [
    {
      id: 'iac-managed',
      title: 'Managed as code',
      fixedAt: '2026-12-14T09:00:00.000Z',
      daysToFix: 1.4,
    },
  ],
  daysToFix: 1.4,
};

describe('describeRun', () => {
  it('names the template, the day and the checks it fixed', () => {
    expect(describeRun(run)).toBe(
      'flexinfra-adopt-iac, 12 Dec: iac-managed now passes (1.4 days later)',
    );
    expect(
      describeRun({
        ...run,
        fixedChecks: [
          ...run.fixedChecks,
          { ...run.fixedChecks[0], id: 'iac-location' },
        ],
        daysToFix: 1,
      }),
    ).toBe(
      'flexinfra-adopt-iac, 12 Dec: iac-managed, iac-location now pass (1 day later)',
    );
  });

  it('says when a run has not led to a fix, yet or at all, or failed', () => {
    const none = { ...run, fixedChecks: [], daysToFix: null };
    expect(describeRun({ ...none, outcome: 'pending' })).toBe(
      'flexinfra-adopt-iac, 12 Dec: no fix seen yet',
    );
    expect(
      describeRun({ ...none, outcome: 'no-fix' }, { fixWindowDays: 30 }),
    ).toBe('flexinfra-adopt-iac, 12 Dec: no fix within 30 days');
    expect(
      describeRun({ ...none, outcome: 'failed', status: 'cancelled' }),
    ).toBe('flexinfra-adopt-iac, 12 Dec: the run cancelled');
    expect(describeRun({ ...none, outcome: 'running' })).toBe(
      'flexinfra-adopt-iac, 12 Dec: running',
    );
  });
});

describe('shortDay and templateName', () => {
  it('give the UTC day and the bare template name', () => {
    expect(shortDay('2027-01-01T00:30:00.000Z')).toBe('1 Jan');
    expect(templateName('template:ops/my-template')).toBe('my-template');
  });
});
