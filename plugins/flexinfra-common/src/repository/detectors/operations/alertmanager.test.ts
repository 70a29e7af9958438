import { analyzeRepository } from '../../analyzeRepository';
import { memorySource } from '../../__testUtils__/memorySource';
import { alertmanagerDetector } from './alertmanager';

const analyze = (files: Record<string, string>) =>
  analyzeRepository(memorySource(files), { detectors: [alertmanagerDetector] });

const CONFIG = `route:
  receiver: team-pager
  group_by: [alertname]
receivers:
  - name: team-pager
    pagerduty_configs:
      - routing_key_file: /etc/alertmanager/pagerduty-key
`;

describe('alertmanagerDetector', () => {
  it('finds an Alertmanager config, which alerts', async () => {
    const facts = await analyze({ 'ops/alertmanager.yml': CONFIG });
    expect(facts.monitoring).toEqual({
      found: true,
      kinds: ['alertmanager'],
      paths: ['ops/alertmanager.yml'],
      message: 'an Alertmanager config in ops/alertmanager.yml',
      values: [],
    });
    expect(facts.alerting).toBe(true);
  });

  it('does not count routes without receivers, or a devcontainer stack', async () => {
    const facts = await analyze({
      'api/routes.yaml': `route:\n  path: /orders\n  receivers: all\n`,
      '.devcontainer/alertmanager/alertmanager.yml': CONFIG,
    });
    expect(facts.monitoring.found).toBe(false);
    expect(facts.monitoring.message).toBe(
      'an Alertmanager config in .devcontainer/alertmanager/alertmanager.yml, but it is disabled: local development tooling in .devcontainer/',
    );
    expect(facts.alerting).toBe(false);
  });
});
