import { DIMENSIONS } from './dimensions';

describe('dimensions', () => {
  it("are NIST's five characteristics plus IaC and operational excellence", () => {
    expect(DIMENSIONS.map(d => d.id)).toEqual([
      'on-demand-self-service',
      'broad-network-access',
      'resource-pooling',
      'rapid-elasticity',
      'measured-service',
      'infrastructure-as-code',
      'operational-excellence',
    ]);
  });

  it('each cite the seed document they come from', () => {
    for (const d of DIMENSIONS) {
      expect(d.source).toMatch(/^\d{3}_[0-9a-f]{16}\.txt/);
    }
  });
});
