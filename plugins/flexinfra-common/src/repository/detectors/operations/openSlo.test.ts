import { analyzeRepository } from '../../analyzeRepository';
import { memorySource } from '../../__testUtils__/memorySource';
import { openSloDetector } from './openSlo';

const analyze = (files: Record<string, string>) =>
  analyzeRepository(memorySource(files), { detectors: [openSloDetector] });

const SLO = `apiVersion: openslo/v1
kind: SLO
metadata:
  name: orders-availability
spec:
  service: orders
  indicatorRef: orders-success-ratio
  timeWindow:
    - duration: 28d
      isRolling: true
  budgetingMethod: Occurrences
  objectives:
    - target: 0.995
`;

describe('openSloDetector', () => {
  it('finds an SLO, which does not alert by itself', async () => {
    const facts = await analyze({ 'slo/orders.yaml': SLO });
    expect(facts.monitoring).toEqual({
      found: true,
      kinds: ['openslo'],
      paths: ['slo/orders.yaml'],
      message: 'OpenSLO definitions in slo/orders.yaml',
      values: [],
    });
    expect(facts.alerting).toBe(false);
  });

  it('takes an AlertPolicy, or an SLO with alert policies, for alerting', async () => {
    const policy = await analyze({
      'slo/policy.yaml': `apiVersion: openslo/v1\nkind: AlertPolicy\nmetadata:\n  name: page-on-burn\nspec:\n  conditions: []\n  notificationTargets: []\n`,
    });
    const inline = await analyze({
      'slo/orders.yaml': `${SLO}  alertPolicies:\n    - page-on-burn\n`,
    });
    expect(policy.alerting).toBe(true);
    expect(inline.alerting).toBe(true);
  });

  it('ignores other kinds and other API versions', async () => {
    const facts = await analyze({
      'slo/service.yaml': `apiVersion: openslo/v1\nkind: Service\nmetadata:\n  name: orders\n`,
      'slo/other.yaml': SLO.replace('openslo/v1', 'example.com/v1'),
    });
    expect(facts.monitoring.found).toBe(false);
  });
});
