import yaml from 'yaml';
import { FIXTURE_ENTITIES } from '../__testUtils__/fixtures';
import {
  entitiesOf,
  evidenceOf,
  scoreInFile,
  statusOf,
} from '../__testUtils__/model';
import { expectValidModule } from '../__testUtils__/moduleAssertions';
import {
  repositoryFactsOf,
  repositoryPaths,
} from '../__testUtils__/repository';
import { startScaffolder } from '../__testUtils__/scaffolderBackend';

jest.setTimeout(120_000);

const TEMPLATE = 'flexinfra-golden-path-service';
const SERVICE = 'component:default/parcel-tracker';
const VALUES = {
  name: 'parcel-tracker',
  description: 'Tracks parcels from the warehouse to the door.',
  owner: 'group:default/payments-core',
  entityRef: 'system:default/payments',
  costCenter: 'CC-2100',
  region: 'eu-west-1',
  cluster: 'acme-k8s-prod',
  size: 'small',
  minReplicas: 2,
  maxReplicas: 6,
  repoUrl: 'github.com?owner=Acme&repo=parcel-tracker',
};

const STAGE_3_CHECKS = [
  'iac-managed',
  'iac-location',
  'declarative-deploy',
  'autoscaling',
];

describe(`template ${TEMPLATE}`, () => {
  let scaffolder: Awaited<ReturnType<typeof startScaffolder>>;

  beforeAll(async () => {
    scaffolder = await startScaffolder({ entities: FIXTURE_ENTITIES });
  });

  it('creates a service that starts at stage 3 from its files, its code, docs, CI and Terraform, and passes the flexinfra:score gate', async () => {
    const { status, body, files, messages } = await scaffolder.dryRunTemplate(
      TEMPLATE,
      VALUES,
    );
    expect({ status, error: body.error }).toEqual({
      status: 200,
      error: undefined,
    });

    expect([...files.keys()]).toEqual(
      expect.arrayContaining([
        'catalog-info.yaml',
        'README.md',
        'Dockerfile',
        'package.json',
        'src/server.js',
        'mkdocs.yml',
        'docs/index.md',
        'docs/runbook.md',
        '.github/workflows/ci.yml',
        '.github/workflows/terraform-parcel-tracker.yml',
        'infra/main.tf',
      ]),
    );
    await expectValidModule(files, {
      directory: 'infra',
      workflow: '.github/workflows/terraform-parcel-tracker.yml',
    });
    // The skeleton renders into valid files.
    expect(JSON.parse(files.get('package.json')!).name).toBe('parcel-tracker');
    expect(yaml.parse(files.get('mkdocs.yml')!).site_name).toBe(
      'parcel-tracker',
    );
    // The app's CI workflow is copied as it is, GitHub expressions included.
    expect(files.get('.github/workflows/ci.yml')).toContain(
      '${{ github.token }}',
    );
    // The image the Terraform runs is the one CI pushes, in lower case.
    expect(files.get('infra/terraform.tfvars')).toContain(
      'image                  = "ghcr.io/acme/parcel-tracker:main"',
    );

    const catalogInfo = files.get('catalog-info.yaml')!;
    const [service] = entitiesOf(catalogInfo);
    expect(service).toMatchObject({
      metadata: {
        name: 'parcel-tracker',
        description: 'Tracks parcels from the warehouse to the door.',
        annotations: {
          'backstage.io/source-template':
            'template:default/flexinfra-golden-path-service',
          'github.com/project-slug': 'Acme/parcel-tracker',
          'backstage.io/techdocs-ref': 'dir:.',
          'backstage.io/kubernetes-id': 'parcel-tracker',
          'flexinfra.io/environments': 'production',
        },
      },
      spec: {
        owner: 'group:default/payments-core',
        system: 'payments',
        lifecycle: 'experimental',
      },
    });

    // Nothing the files prove is declared.
    expect(
      Object.keys(service.metadata.annotations ?? {}).filter(
        key =>
          key.startsWith('flexinfra.io/') &&
          key !== 'flexinfra.io/environments',
      ),
    ).toEqual([]);

    const repository = await repositoryFactsOf(files);
    const scored = scoreInFile(catalogInfo, SERVICE, [], repository);
    // The Terraform, its workflow and the app's CI are the evidence.
    expect(repositoryPaths(evidenceOf(scored, 'iac-managed'))).toEqual(
      expect.arrayContaining(['infra/main.tf', 'infra/autoscaling.tf']),
    );
    expect(repositoryPaths(evidenceOf(scored, 'ci-pipeline'))).toEqual(
      expect.arrayContaining([
        '.github/workflows/ci.yml',
        '.github/workflows/terraform-parcel-tracker.yml',
      ]),
    );
    expect(repositoryPaths(evidenceOf(scored, 'runbook'))).toContain(
      'docs/runbook.md',
    );
    for (const check of STAGE_3_CHECKS) {
      expect([check, statusOf(scored, check)]).toEqual([check, 'pass']);
    }
    // The autoscaler is infra/autoscaling.tf (a Terraform
    // kubernetes_horizontal_pod_autoscaler_v2).
    expect(repositoryPaths(evidenceOf(scored, 'autoscaling'))).toEqual([
      'infra/autoscaling.tf',
    ]);
    expect(scored.stage).toEqual({
      number: 3,
      name: 'Elastic & Programmable',
    });
    // Stage 4 needs nothing but someone on call.
    expect(scored.nextStage).toEqual({
      number: 4,
      name: 'Resilient & Optimised',
      missing: ['on-call'],
    });
    expect(body.output.text[0].content).toContain(
      '**3 — Elastic & Programmable**',
    );
    expect(messages).toContain(
      'Skipping because publish:github does not support dry-run',
    );
  });

  it('starts at stage 4 with a PagerDuty service', async () => {
    const { status, body, files } = await scaffolder.dryRunTemplate(TEMPLATE, {
      ...VALUES,
      pagerDutyServiceId: 'PPARCEL1',
    });
    expect({ status, error: body.error }).toEqual({
      status: 200,
      error: undefined,
    });
    const scored = scoreInFile(
      files.get('catalog-info.yaml')!,
      SERVICE,
      [],
      await repositoryFactsOf(files),
    );
    expect(
      ['monitored', 'on-call', 'runbook', 'cost-visibility', 'redundancy'].map(
        check => [check, statusOf(scored, check)],
      ),
    ).toEqual([
      ['monitored', 'pass'],
      ['on-call', 'pass'],
      ['runbook', 'pass'],
      ['cost-visibility', 'pass'],
      // Two pods spread over zones with a disruption budget, in
      // infra/main.tf (Terraform kubernetes_deployment_v1 with a
      // topology_spread_constraint on topology.kubernetes.io/zone, and a
      // kubernetes_pod_disruption_budget_v1).
      ['redundancy', 'pass'],
    ]);
    expect(repositoryPaths(evidenceOf(scored, 'monitored'))).toEqual([
      'infra/monitoring.tf',
    ]);
    expect(scored.stage.number).toBe(4);
  });

  it('stays at stage 3 in one zone, with a single pod', async () => {
    const { status, body, files } = await scaffolder.dryRunTemplate(TEMPLATE, {
      ...VALUES,
      minReplicas: 1,
      pagerDutyServiceId: 'PPARCEL1',
    });
    expect({ status, error: body.error }).toEqual({
      status: 200,
      error: undefined,
    });
    const scored = scoreInFile(
      files.get('catalog-info.yaml')!,
      SERVICE,
      [],
      await repositoryFactsOf(files),
    );
    expect(scored.stage.number).toBe(3);
    expect(scored.nextStage?.missing).toEqual(['redundancy']);
  });
});
