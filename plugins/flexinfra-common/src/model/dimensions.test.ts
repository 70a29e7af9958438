import { DIMENSIONS } from './dimensions';
import { SOURCE_DOCUMENTS } from './sources';

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

  it('each cite the documents they come from, from the list of sources', () => {
    const ids = new Set(SOURCE_DOCUMENTS.map(s => s.id));
    for (const d of DIMENSIONS) {
      expect(d.sources.length).toBeGreaterThan(0);
      expect(d.sources.filter(id => !ids.has(id))).toEqual([]);
    }
  });
});
