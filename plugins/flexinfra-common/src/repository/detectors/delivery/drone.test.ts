import { analyzeRepository } from '../../analyzeRepository';
import { memorySource } from '../../__testUtils__/memorySource';
import { droneDetector } from './drone';

const analyze = (files: Record<string, string>) =>
  analyzeRepository(memorySource(files), { detectors: [droneDetector] });

describe('droneDetector', () => {
  it('counts a test pipeline as CI that does not deploy', async () => {
    const facts = await analyze({
      '.drone.yml': `kind: pipeline
type: docker
name: default
steps:
  - name: test
    image: golang:1.23
    commands:
      - go test ./...
  - name: publish
    image: plugins/docker
    settings:
      repo: acme/orders
`,
    });
    expect(facts.ci).toEqual({
      found: true,
      kinds: ['drone'],
      paths: ['.drone.yml'],
      message: 'Drone pipeline in .drone.yml',
      values: [],
    });
    expect(facts.ciDeploys).toBe(false);
  });

  it('sees promotions, their targets, and deploy plugins', async () => {
    const facts = await analyze({
      '.drone.yml': `kind: pipeline
name: test
steps:
  - name: test
    image: node:22
    commands: [npm ci, npm test]
---
kind: pipeline
name: promote
trigger:
  event: [promote]
  target: [staging, production]
steps:
  - name: release
    image: pelotech/drone-helm3:0.15
    settings:
      chart: ./chart
`,
    });
    expect(facts.ciDeploys).toBe(true);
    expect(facts.environments).toEqual({
      found: true,
      kinds: ['drone-targets'],
      paths: ['.drone.yml'],
      message: 'Drone promotion targets in .drone.yml',
      values: ['production', 'staging'],
    });
    const plugin = await analyze({
      '.drone.yml': `kind: pipeline\nsteps:\n  - name: ship\n    image: sinlead/drone-kubectl\n    settings:\n      kubernetes_server: https://k8s\n`,
    });
    expect(plugin.ciDeploys).toBe(true);
  });

  it('ignores documents that are not pipelines and other file names', async () => {
    const facts = await analyze({
      '.drone.yml': `kind: secret\nname: token\nget:\n  path: drone/token\n`,
      'drone.yml': `kind: pipeline\nsteps:\n  - name: t\n    image: alpine\n`,
    });
    expect(facts.ci.found).toBe(false);
  });
});
