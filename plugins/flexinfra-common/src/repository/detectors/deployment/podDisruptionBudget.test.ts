import { analyzeRepository } from '../../analyzeRepository';
import { memorySource } from '../../__testUtils__/memorySource';
import { podDisruptionBudgetDetector } from './podDisruptionBudget';

const analyze = (files: Record<string, string>) =>
  analyzeRepository(memorySource(files), {
    detectors: [podDisruptionBudgetDetector],
  });

describe('podDisruptionBudgetDetector', () => {
  it('counts a PodDisruptionBudget', async () => {
    const facts = await analyze({
      'k8s/pdb.yaml': `apiVersion: policy/v1
kind: PodDisruptionBudget
metadata:
  name: orders
spec:
  minAvailable: 1
  selector:
    matchLabels: {app: orders}
`,
    });
    expect(facts.redundancy).toEqual({
      found: true,
      kinds: ['pod-disruption-budget'],
      paths: ['k8s/pdb.yaml'],
      message: 'a PodDisruptionBudget in k8s/pdb.yaml',
      values: [],
    });
  });

  it("does not count another group's kind of that name, or one in a dev container", async () => {
    const facts = await analyze({
      'crd/pdb.yaml':
        'apiVersion: example.com/v1\nkind: PodDisruptionBudget\nspec: {}\n',
      '.devcontainer/pdb.yaml':
        'apiVersion: policy/v1\nkind: PodDisruptionBudget\nspec: {}\n',
    });
    expect(facts.redundancy.found).toBe(false);
  });
});
