import { analyzeRepository } from '../../analyzeRepository';
import { memorySource } from '../../__testUtils__/memorySource';
import { OPERATIONS_DETECTORS } from '../operations';
import { DELIVERY_DETECTORS } from '.';

/**
 * A small service repository as teams keep them: a build workflow, a
 * deploy workflow to staging then production, pull-request previews,
 * Prometheus alerts, a Grafana dashboard and runbooks — and a dev
 * container and a local compose monitoring stack that must not count.
 */
const REPOSITORY: Record<string, string> = {
  'package.json': JSON.stringify({
    name: 'orders-api',
    scripts: { build: 'tsc', test: 'vitest run' },
  }),
  'src/server.ts': 'export const port = 8080;\n',
  Dockerfile:
    'FROM node:22-slim\nCOPY dist /app\nCMD ["node", "/app/server.js"]\n',
  'README.md':
    '# orders-api\n\nOn call? Start with the runbook in docs/runbooks.\n',
  '.github/dependabot.yml':
    'version: 2\nupdates:\n  - package-ecosystem: npm\n    directory: /\n    schedule:\n      interval: weekly\n',
  '.github/workflows/ci.yml': `name: ci
on:
  push:
    branches: [main]
  pull_request:
jobs:
  test:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with:
          node-version: 22
          cache: npm
      - run: npm ci
      - run: npm run build
      - run: npm test
`,
  '.github/workflows/deploy.yml': `name: deploy
on:
  push:
    branches: [main]
permissions:
  id-token: write
  contents: read
jobs:
  staging:
    runs-on: ubuntu-latest
    environment: staging
    steps:
      - uses: actions/checkout@v4
      - uses: aws-actions/configure-aws-credentials@v4
        with:
          role-to-assume: arn:aws:iam::111111111111:role/deploy-staging
          aws-region: eu-west-1
      - uses: aws-actions/amazon-ecs-deploy-task-definition@v2
        with:
          task-definition: deploy/task-definition.json
          service: orders-api
          cluster: staging
          wait-for-service-stability: true
  production:
    needs: staging
    runs-on: ubuntu-latest
    environment:
      name: production
      url: https://orders.example.com
    steps:
      - uses: actions/checkout@v4
      - uses: aws-actions/configure-aws-credentials@v4
        with:
          role-to-assume: arn:aws:iam::222222222222:role/deploy-production
          aws-region: eu-west-1
      - uses: aws-actions/amazon-ecs-deploy-task-definition@v2
        with:
          task-definition: deploy/task-definition.json
          service: orders-api
          cluster: production
`,
  '.github/workflows/preview.yml': `name: preview
on:
  pull_request:
    types: [opened, synchronize, reopened]
concurrency: preview-\${{ github.event.number }}
jobs:
  deploy-preview:
    runs-on: ubuntu-latest
    environment:
      name: pr-\${{ github.event.number }}
      url: https://orders-api-pr-\${{ github.event.number }}.fly.dev
    steps:
      - uses: actions/checkout@v4
      - uses: superfly/flyctl-actions/setup-flyctl@master
      - run: flyctl deploy --app orders-api-pr-\${{ github.event.number }} --remote-only
        env:
          FLY_API_TOKEN: \${{ secrets.FLY_API_TOKEN }}
`,
  'monitoring/alerts.yml': `groups:
  - name: orders-api
    rules:
      - alert: OrdersApiHighErrorRate
        expr: |
          sum(rate(http_requests_total{service="orders-api",code=~"5.."}[5m]))
            / sum(rate(http_requests_total{service="orders-api"}[5m])) > 0.02
        for: 10m
        labels:
          severity: page
        annotations:
          runbook_url: https://github.com/acme/orders-api/blob/main/docs/runbooks/high-error-rate.md
`,
  'monitoring/dashboards/orders-api.json': JSON.stringify({
    title: 'Orders API',
    uid: 'orders-api',
    schemaVersion: 39,
    panels: [
      {
        type: 'timeseries',
        title: 'Requests per second',
        targets: [
          { expr: 'sum(rate(http_requests_total{service="orders-api"}[5m]))' },
        ],
      },
    ],
  }),
  'docs/runbooks/README.md':
    '# Runbooks\n\n- [High error rate](high-error-rate.md)\n',
  'docs/runbooks/high-error-rate.md':
    '# High error rate\n\n1. Check the latest deploy.\n2. Roll back with the deploy workflow.\n',
  '.devcontainer/devcontainer.json': JSON.stringify({
    name: 'orders-api',
    dockerComposeFile: 'docker-compose.yml',
    service: 'app',
  }),
  '.devcontainer/docker-compose.yml':
    'services:\n  app:\n    image: mcr.microsoft.com/devcontainers/typescript-node:22\n  prometheus:\n    image: prom/prometheus\n',
  '.devcontainer/prometheus/alerts.yml': `groups:
  - name: dev
    rules:
      - alert: DevAppDown
        expr: up{job="app"} == 0
`,
  'local/docker-compose.yml': `services:
  prometheus:
    image: prom/prometheus
    volumes:
      - ./prometheus:/etc/prometheus
  grafana:
    image: grafana/grafana
    volumes:
      - ./grafana/provisioning:/etc/grafana/provisioning
      - ./grafana/dashboards:/var/lib/grafana/dashboards
`,
  'local/prometheus/prometheus.yml': `global:
  scrape_interval: 15s
rule_files: [rules.yml]
scrape_configs:
  - job_name: orders-api
    static_configs:
      - targets: ['host.docker.internal:8080']
`,
  'local/prometheus/rules.yml': `groups:
  - name: local
    rules:
      - alert: LocalApiDown
        expr: up{job="orders-api"} == 0
`,
  'local/grafana/provisioning/datasources/prometheus.yaml': `apiVersion: 1
datasources:
  - name: Prometheus
    type: prometheus
    url: http://prometheus:9090
`,
  'local/grafana/dashboards/local.json': JSON.stringify({
    title: 'Local',
    schemaVersion: 39,
    panels: [],
  }),
};

describe('delivery and operations detectors on a realistic repository', () => {
  it('reads every fact of CI/CD and operations, and nothing from local tooling', async () => {
    const facts = await analyzeRepository(memorySource(REPOSITORY), {
      detectors: [...DELIVERY_DETECTORS, ...OPERATIONS_DETECTORS],
    });

    expect(facts.problems).toEqual([]);
    expect(facts.ci).toEqual({
      found: true,
      kinds: ['github-actions'],
      paths: [
        '.github/workflows/deploy.yml',
        '.github/workflows/preview.yml',
        '.github/workflows/ci.yml',
      ],
      message:
        'GitHub Actions workflow in .github/workflows/deploy.yml and 2 more',
      values: [],
    });
    expect(facts.ciDeploys).toBe(true);
    expect(facts.environments).toEqual({
      found: true,
      kinds: ['github-environments'],
      paths: ['.github/workflows/deploy.yml', '.github/workflows/preview.yml'],
      message:
        'GitHub Actions environments in .github/workflows/deploy.yml and 1 more',
      values: ['preview', 'production', 'staging'],
    });
    expect(facts.previewEnvironments).toEqual({
      found: true,
      kinds: ['github-actions-preview'],
      paths: ['.github/workflows/preview.yml'],
      message:
        'pull-request preview environments in .github/workflows/preview.yml',
      values: [],
    });
    expect(facts.regions).toEqual({
      found: true,
      kinds: ['github-actions-regions'],
      paths: ['.github/workflows/deploy.yml'],
      message:
        'GitHub Actions deployment regions in .github/workflows/deploy.yml',
      values: ['eu-west-1'],
    });
    expect(facts.multiRegion).toBe(false);
    expect(facts.monitoring).toEqual({
      found: true,
      kinds: ['prometheus-rules', 'grafana-dashboard'],
      paths: ['monitoring/alerts.yml', 'monitoring/dashboards/orders-api.json'],
      message:
        'Prometheus rules in monitoring/alerts.yml; a Grafana dashboard in monitoring/dashboards/orders-api.json',
      values: [],
    });
    expect(facts.alerting).toBe(true);
    expect(facts.runbook).toEqual({
      found: true,
      kinds: ['runbook'],
      paths: ['docs/runbooks/README.md', 'docs/runbooks/high-error-rate.md'],
      message: 'a runbook in docs/runbooks/README.md and 1 more',
      values: [],
    });
    for (const name of [
      'iac',
      'deployment',
      'autoscaling',
      'backups',
      'costAttribution',
      'redundancy',
    ] as const) {
      expect(facts[name].found).toBe(false);
    }
    expect(facts.demandDriven).toBe(false);
  });

  it('finds no monitoring when only the dev container and the local stack have it', async () => {
    const localOnly = Object.fromEntries(
      Object.entries(REPOSITORY).filter(
        ([path]) =>
          !path.startsWith('monitoring/') && !path.startsWith('.github/'),
      ),
    );
    const facts = await analyzeRepository(memorySource(localOnly), {
      detectors: [...DELIVERY_DETECTORS, ...OPERATIONS_DETECTORS],
    });
    expect(facts.monitoring.found).toBe(false);
    expect(facts.alerting).toBe(false);
    expect(facts.monitoring.paths.sort()).toEqual([
      '.devcontainer/prometheus/alerts.yml',
      'local/grafana/dashboards/local.json',
      'local/grafana/provisioning/datasources/prometheus.yaml',
      'local/prometheus/prometheus.yml',
      'local/prometheus/rules.yml',
    ]);
    expect(facts.monitoring.message).toBe(
      'Prometheus rules in .devcontainer/prometheus/alerts.yml, but it is disabled: local development tooling in .devcontainer/ (and 4 more like it)',
    );
    expect(facts.ci.found).toBe(false);
    expect(facts.runbook.found).toBe(true);
  });
});
