import type { AdoptionRun, AdoptionSummary } from '../../../api';

/** A run of the IaC template that fixed the checkout API's IaC in two days. */
export const testAdoptionRun: AdoptionRun = {
  taskId: 'task-1',
  templateRef: 'template:default/flexinfra-adopt-iac',
  templateTitle: 'Adopt infrastructure as code',
  ranTemplateRef: 'template:default/flexinfra-adopt-iac',
  entityRef: 'component:default/checkout-api',
  createdBy: 'user:default/ada',
  createdAt: '2027-01-10T09:00:00.000Z',
  status: 'completed',
  outcome: 'fixed',
  fixedChecks: [
    {
      id: 'iac-managed',
      title: 'Infrastructure is defined as code',
      fixedAt: '2027-01-12T09:00:00.000Z',
      daysToFix: 2,
    },
  ],
  daysToFix: 2,
};

/** Two templates: one that fixed things, one whose runs did not. */
export const testAdoption: AdoptionSummary = {
  since: '2026-10-12T00:00:00.000Z',
  fixWindowDays: 30,
  templates: [
    {
      templateRef: 'template:default/flexinfra-adopt-iac',
      title: 'Adopt infrastructure as code',
      checkIds: ['iac-managed', 'iac-location'],
      runs: 4,
      failedRuns: 1,
      entitiesImproved: 2,
      checksFixed: 3,
      medianDaysToFix: 2.5,
      runsWithoutFix: 1,
      runsPending: 1,
    },
    {
      templateRef: 'template:default/flexinfra-autoscaling-observability',
      title: 'Autoscaling and observability',
      checkIds: ['autoscaling'],
      runs: 0,
      failedRuns: 0,
      entitiesImproved: 0,
      checksFixed: 0,
      medianDaysToFix: null,
      runsWithoutFix: 0,
      runsPending: 0,
    },
  ],
  recent: [
    testAdoptionRun,
    {
      ...testAdoptionRun,
      taskId: 'task-2',
      entityRef: 'component:default/ledger',
      createdAt: '2027-01-09T09:00:00.000Z',
      outcome: 'no-fix',
      fixedChecks: [],
      daysToFix: null,
    },
  ],
};
