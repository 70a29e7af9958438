import { analyzeRepository } from '../../analyzeRepository';
import { memorySource } from '../../__testUtils__/memorySource';
import { flyTomlDetector } from './flyToml';

const analyze = (files: Record<string, string>) =>
  analyzeRepository(memorySource(files), { detectors: [flyTomlDetector] });

describe('flyTomlDetector', () => {
  it('counts an app, its autostop/autostart, its region and its machines', async () => {
    const facts = await analyze({
      'fly.toml': `app = "orders"
primary_region = "arn"

[http_service]
  internal_port = 8080
  force_https = true
  auto_stop_machines = "stop"
  auto_start_machines = true
  min_machines_running = 2

[[vm]]
  memory = "1gb"
  cpus = 1
`,
    });
    expect(facts.deployment.message).toBe('a Fly.io app in fly.toml');
    expect(facts.autoscaling).toEqual({
      found: true,
      kinds: ['fly'],
      paths: ['fly.toml'],
      message: 'Fly.io autostop/autostart in fly.toml',
      values: [],
    });
    expect(facts.demandDriven).toBe(true);
    expect(facts.regions.values).toEqual(['arn']);
    expect(facts.redundancy.found).toBe(true);
  });

  it('reports autostop and autostart both off as disabled, and one machine is no redundancy', async () => {
    const facts = await analyze({
      'fly.staging.toml': `app = "orders-staging"

[[services]]
  internal_port = 8080
  auto_stop_machines = "off"
  auto_start_machines = false
  min_machines_running = 1
`,
    });
    expect(facts.deployment.found).toBe(true);
    expect(facts.autoscaling.message).toBe(
      'Fly.io autostop/autostart in fly.staging.toml, but it is disabled: auto_start_machines and auto_stop_machines are both off',
    );
    expect(facts.redundancy.found).toBe(false);
    expect(facts.regions.found).toBe(false);
  });

  it('does not count a TOML file that is not a Fly config', async () => {
    const facts = await analyze({
      'fly.toml': '[tool.something]\nname = "x"\n',
      'netlify.toml': '[build]\ncommand = "make"\n',
    });
    expect(facts.deployment.found).toBe(false);
  });
});
