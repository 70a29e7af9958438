import { analyzeRepository } from '../../analyzeRepository';
import { memorySource } from '../../__testUtils__/memorySource';
import { zoneSpreadDetector } from './zoneSpread';

const spreadOn = (key: string, kind = 'Deployment') => `apiVersion: apps/v1
kind: ${kind}
metadata:
  name: orders
spec:
  template:
    spec:
      topologySpreadConstraints:
        - maxSkew: 1
          topologyKey: ${key}
          whenUnsatisfiable: ScheduleAnyway
`;

const analyze = (files: Record<string, string>) =>
  analyzeRepository(memorySource(files), { detectors: [zoneSpreadDetector] });

describe('zoneSpreadDetector', () => {
  it('counts spreading over zones, with the current or the deprecated key', async () => {
    const facts = await analyze({
      'k8s/api.yaml': spreadOn('topology.kubernetes.io/zone'),
      'k8s/legacy.yaml': spreadOn(
        'failure-domain.beta.kubernetes.io/zone',
        'StatefulSet',
      ),
    });
    expect(facts.redundancy).toEqual({
      found: true,
      kinds: ['zone-spread'],
      paths: ['k8s/api.yaml', 'k8s/legacy.yaml'],
      message: 'pods spread over zones in k8s/api.yaml and 1 more',
      values: [],
    });
  });

  it('does not count spreading over hosts, or constraints outside a pod template', async () => {
    const facts = await analyze({
      'k8s/hosts.yaml': spreadOn('kubernetes.io/hostname'),
      'k8s/odd.yaml': `apiVersion: apps/v1
kind: Deployment
spec:
  topologySpreadConstraints:
    - topologyKey: topology.kubernetes.io/zone
`,
    });
    expect(facts.redundancy.found).toBe(false);
  });
});
