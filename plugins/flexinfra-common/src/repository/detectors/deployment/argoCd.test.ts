import { analyzeRepository } from '../../analyzeRepository';
import { memorySource } from '../../__testUtils__/memorySource';
import { argoCdDetector } from './argoCd';

const analyze = (files: Record<string, string>) =>
  analyzeRepository(memorySource(files), { detectors: [argoCdDetector] });

const application = `apiVersion: argoproj.io/v1alpha1
kind: Application
metadata: {name: orders, namespace: argocd}
spec:
  project: payments
  source:
    repoURL: https://git.example.com/payments/orders.git
    path: chart
    targetRevision: main
    helm:
      valueFiles: [values-prod.yaml]
  destination: {server: https://kubernetes.default.svc, namespace: orders}
  syncPolicy: {automated: {prune: true, selfHeal: true}}
`;

describe('argoCdDetector', () => {
  it('counts Applications, ApplicationSets and AppProjects', async () => {
    const facts = await analyze({
      'argocd/orders.yaml': application,
      'argocd/project.yaml':
        'apiVersion: argoproj.io/v1alpha1\nkind: AppProject\nspec: {}\n',
      'argocd/envs.yaml': `apiVersion: argoproj.io/v1alpha1
kind: ApplicationSet
spec:
  generators:
    - list: {elements: [{env: dev}, {env: prod}]}
`,
    });
    expect(facts.deployment).toEqual({
      found: true,
      kinds: ['argocd'],
      paths: ['argocd/envs.yaml', 'argocd/orders.yaml', 'argocd/project.yaml'],
      message: 'Argo CD in argocd/envs.yaml and 2 more',
      values: [],
    });
    expect(facts.previewEnvironments.found).toBe(false);
  });

  it('counts a pull-request generator, also inside a matrix, as preview environments', async () => {
    const facts = await analyze({
      'argocd/previews.yaml': `apiVersion: argoproj.io/v1alpha1
kind: ApplicationSet
spec:
  generators:
    - matrix:
        generators:
          - clusters: {}
          - pullRequest:
              github: {owner: example, repo: orders}
              requeueAfterSeconds: 300
  template: {}
`,
    });
    expect(facts.previewEnvironments).toEqual({
      found: true,
      kinds: ['argocd-pull-request'],
      paths: ['argocd/previews.yaml'],
      message:
        'an Argo CD ApplicationSet with a pull-request generator in argocd/previews.yaml',
      values: [],
    });
  });

  it("does not count an Argo Rollout or Workflow, or another group's Application", async () => {
    const facts = await analyze({
      'k8s/rollout.yaml':
        'apiVersion: argoproj.io/v1alpha1\nkind: Rollout\nspec: {}\n',
      'k8s/wf.yaml': 'apiVersion: argoproj.io/v1alpha1\nkind: Workflow\n',
      'k8s/app.yaml': 'apiVersion: app.k8s.io/v1beta1\nkind: Application\n',
    });
    expect(facts.deployment.found).toBe(false);
  });
});
