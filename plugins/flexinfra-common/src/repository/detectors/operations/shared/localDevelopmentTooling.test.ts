import { localDevelopmentReason } from './localDevelopmentTooling';

const listing = (...paths: string[]) => paths.map(path => ({ path, size: 1 }));

describe('localDevelopmentReason', () => {
  it('takes anything in .devcontainer/ for local tooling', () => {
    expect(
      localDevelopmentReason(
        '.devcontainer/prometheus/alerts.yml',
        listing('.devcontainer/prometheus/alerts.yml'),
      ),
    ).toBe('local development tooling in .devcontainer/');
  });

  it('takes a file in a local, dev or docker folder with a compose file for local tooling', () => {
    expect(
      localDevelopmentReason(
        'local/prometheus/alerts.yml',
        listing('local/docker-compose.yml', 'local/prometheus/alerts.yml'),
      ),
    ).toBe('local development tooling beside local/docker-compose.yml');
    expect(
      localDevelopmentReason(
        'tools/docker/grafana/dashboards/api.json',
        listing(
          'tools/docker/grafana/compose.yaml',
          'tools/docker/grafana/dashboards/api.json',
        ),
      ),
    ).toBe(
      'local development tooling beside tools/docker/grafana/compose.yaml',
    );
    expect(
      localDevelopmentReason(
        'dev/alertmanager.yml',
        listing('dev/docker-compose.override.yml', 'dev/alertmanager.yml'),
      ),
    ).toBe('local development tooling beside dev/docker-compose.override.yml');
  });

  it('does not take a dev folder without a compose file, nor a root compose file, for local tooling', () => {
    expect(
      localDevelopmentReason(
        'deploy/dev/alerts.yaml',
        listing('deploy/dev/alerts.yaml', 'docker-compose.yml'),
      ),
    ).toBeUndefined();
    expect(
      localDevelopmentReason(
        'monitoring/alerts.yaml',
        listing('monitoring/alerts.yaml', 'docker-compose.yml'),
      ),
    ).toBeUndefined();
    // A compose file in a sibling folder is not beside the file.
    expect(
      localDevelopmentReason(
        'local/prometheus/alerts.yml',
        listing(
          'local/other/docker-compose.yml',
          'local/prometheus/alerts.yml',
        ),
      ),
    ).toBeUndefined();
    // Names are whole folder names, not parts of them.
    expect(
      localDevelopmentReason(
        'devops/alerts.yml',
        listing('devops/docker-compose.yml', 'devops/alerts.yml'),
      ),
    ).toBeUndefined();
  });
});
