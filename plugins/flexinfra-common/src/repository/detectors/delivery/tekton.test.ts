import { analyzeRepository } from '../../analyzeRepository';
import { memorySource } from '../../__testUtils__/memorySource';
import { tektonDetector } from './tekton';

const analyze = (files: Record<string, string>) =>
  analyzeRepository(memorySource(files), { detectors: [tektonDetector] });

const TEST_TASK = `apiVersion: tekton.dev/v1
kind: Task
metadata:
  name: unit-test
spec:
  steps:
    - name: test
      image: golang:1.23
      script: |
        go test ./...
`;

describe('tektonDetector', () => {
  it('counts a test Task as CI that does not deploy', async () => {
    const facts = await analyze({ 'tekton/test-task.yaml': TEST_TASK });
    expect(facts.ci).toEqual({
      found: true,
      kinds: ['tekton'],
      paths: ['tekton/test-task.yaml'],
      message: 'Tekton pipeline in tekton/test-task.yaml',
      values: [],
    });
    expect(facts.ciDeploys).toBe(false);
  });

  it('sees a Pipeline with a deploy task and a Task whose step deploys', async () => {
    const facts = await analyze({
      '.tekton/pipeline.yaml': `apiVersion: tekton.dev/v1
kind: Pipeline
metadata:
  name: build-and-deploy
spec:
  tasks:
    - name: build
      taskRef:
        name: buildah
    - name: rollout
      runAfter: [build]
      taskRef:
        name: kubernetes-actions
`,
      'ci/tasks.yaml': `${TEST_TASK}---
apiVersion: tekton.dev/v1beta1
kind: Task
metadata:
  name: helm-release
spec:
  steps:
    - name: upgrade
      image: alpine/helm:3.15
      command: [helm]
      args: [upgrade, --install, api, ./chart]
`,
      'ci/trigger.yaml': `apiVersion: triggers.tekton.dev/v1beta1
kind: TriggerTemplate
metadata:
  name: on-push
spec:
  resourcetemplates: []
`,
    });
    expect(facts.ciDeploys).toBe(true);
    expect(facts.ci.paths).toEqual([
      '.tekton/pipeline.yaml',
      'ci/tasks.yaml',
      'ci/trigger.yaml',
    ]);
  });

  it('ignores Tekton-like objects of other groups, other kinds, and Helm templates', async () => {
    const facts = await analyze({
      'k8s/deployment.yaml': `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: api\n`,
      'k8s/eventlistener.yaml': `apiVersion: triggers.tekton.dev/v1beta1\nkind: EventListener\nmetadata:\n  name: l\n`,
      'argo/workflow.yaml': `apiVersion: argoproj.io/v1alpha1\nkind: Pipeline\n`,
      'chart/templates/task.yaml': `apiVersion: tekton.dev/v1\nkind: Task\nmetadata:\n  name: {{ .Release.Name }}\n`,
    });
    expect(facts.ci.found).toBe(false);
    expect(facts.problems).toEqual([]);
  });
});
