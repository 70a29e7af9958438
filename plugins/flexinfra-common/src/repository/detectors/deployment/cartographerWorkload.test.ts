import { analyzeRepository } from '../../analyzeRepository';
import { memorySource } from '../../__testUtils__/memorySource';
import { cartographerWorkloadDetector } from './cartographerWorkload';

const analyze = (files: Record<string, string>) =>
  analyzeRepository(memorySource(files), {
    detectors: [cartographerWorkloadDetector],
  });

describe('cartographerWorkloadDetector', () => {
  it('counts a Cartographer Workload', async () => {
    const facts = await analyze({
      'config/workload.yaml': `apiVersion: carto.run/v1alpha1
kind: Workload
metadata:
  name: orders
  labels: {apps.tanzu.vmware.com/workload-type: web}
spec:
  source:
    git: {url: https://git.example.com/payments/orders.git, ref: {branch: main}}
`,
    });
    expect(facts.deployment).toEqual({
      found: true,
      kinds: ['cartographer'],
      paths: ['config/workload.yaml'],
      message: 'a Cartographer Workload in config/workload.yaml',
      values: [],
    });
  });

  it("does not count a supply chain or another group's Workload", async () => {
    const facts = await analyze({
      'config/chain.yaml':
        'apiVersion: carto.run/v1alpha1\nkind: ClusterSupplyChain\nspec: {}\n',
      'config/other.yaml': 'apiVersion: example.com/v1\nkind: Workload\n',
    });
    expect(facts.deployment.found).toBe(false);
  });
});
