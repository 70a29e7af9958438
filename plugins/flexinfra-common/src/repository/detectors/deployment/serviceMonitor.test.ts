import { analyzeRepository } from '../../analyzeRepository';
import { memorySource } from '../../__testUtils__/memorySource';
import { serviceMonitorDetector } from './serviceMonitor';

const analyze = (files: Record<string, string>) =>
  analyzeRepository(memorySource(files), {
    detectors: [serviceMonitorDetector],
  });

describe('serviceMonitorDetector', () => {
  it('counts ServiceMonitors and PodMonitors as monitoring without alerts', async () => {
    const facts = await analyze({
      'k8s/monitoring.yaml': `apiVersion: monitoring.coreos.com/v1
kind: ServiceMonitor
metadata: {name: orders}
spec:
  endpoints: [{port: metrics}]
  selector: {matchLabels: {app: orders}}
`,
      'k8s/pods.yaml':
        'apiVersion: monitoring.coreos.com/v1\nkind: PodMonitor\nspec: {}\n',
    });
    expect(facts.monitoring).toEqual({
      found: true,
      kinds: ['service-monitor'],
      paths: ['k8s/monitoring.yaml', 'k8s/pods.yaml'],
      message: 'a ServiceMonitor in k8s/monitoring.yaml and 1 more',
      values: [],
    });
    expect(facts.alerting).toBe(false);
  });

  it('does not count an Alertmanager or a look-alike', async () => {
    const facts = await analyze({
      'k8s/am.yaml':
        'apiVersion: monitoring.coreos.com/v1\nkind: Alertmanager\nspec: {}\n',
      'k8s/x.yaml': 'apiVersion: example.com/v1\nkind: ServiceMonitor\n',
    });
    expect(facts.monitoring.found).toBe(false);
  });
});
