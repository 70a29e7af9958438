import {
  FIXTURE_ENTITIES,
  FIXTURE_FILES,
  INVOICE_SERVICE_FILE,
} from '../__testUtils__/fixtures';
import {
  checksLinkedTo,
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

const TEMPLATE = 'flexinfra-adopt-iac';
const SERVICE = 'component:default/invoice-service';
const VALUES = {
  entityRef: SERVICE,
  image: 'ghcr.io/acme/invoice-service:2.3.0',
  port: 8080,
  cluster: 'acme-k8s-prod',
  size: 'medium',
  minReplicas: 2,
  maxReplicas: 8,
  region: 'eu-west-1',
  environment: 'production',
};

describe(`template ${TEMPLATE}`, () => {
  let scaffolder: Awaited<ReturnType<typeof startScaffolder>>;

  beforeAll(async () => {
    scaffolder = await startScaffolder({
      entities: FIXTURE_ENTITIES,
      files: FIXTURE_FILES,
    });
  });

  it('is linked from the model by the checks it fixes', () => {
    expect(checksLinkedTo(`template:default/${TEMPLATE}`)).toEqual([
      'iac-managed',
      'iac-location',
      'declarative-deploy',
      'managed-dependencies',
    ]);
  });

  it('writes the Terraform of a stage-2 service and its database, and its linked checks pass because of the Terraform, not annotations', async () => {
    const { status, body, files, messages } = await scaffolder.dryRunTemplate(
      TEMPLATE,
      {
        ...VALUES,
        addDatabase: true,
      },
    );
    expect({ status, error: body.error }).toEqual({
      status: 200,
      error: undefined,
    });

    // The service before: stage 2, failing the checks this template fixes.
    const before = scoreInFile(INVOICE_SERVICE_FILE, SERVICE);
    expect(before.stage.number).toBe(2);
    for (const check of checksLinkedTo(`template:default/${TEMPLATE}`)) {
      expect([check, statusOf(before, check)]).toEqual([check, 'fail']);
    }

    await expectValidModule(files, {
      directory: 'infra/service',
      workflow: '.github/workflows/terraform-invoice-service.yml',
    });
    await expectValidModule(files, {
      directory: 'infra/database',
      workflow: '.github/workflows/terraform-invoice-service-db.yml',
    });

    const catalogInfo = files.get('catalog-info.yaml')!;
    const [service, database] = entitiesOf(catalogInfo);
    // What no file proves is annotated: the Kubernetes plugin's workload id
    // and the one environment.
    expect(service.metadata.annotations).toMatchObject({
      'backstage.io/kubernetes-id': 'invoice-service',
      'flexinfra.io/environments': 'production',
      // The template's stamp, which FlexInfra's adoption report reads.
      'backstage.io/source-template': 'template:default/flexinfra-adopt-iac',
    });
    // What the Terraform proves is not declared; what the file declared
    // before (provisioning through a ticket, no autoscaling, the cost
    // centre, now in the tags) is removed, so that it does not contradict
    // the repository.
    for (const key of [
      'flexinfra.io/provisioning',
      'flexinfra.io/iac-tool',
      'flexinfra.io/iac-location',
      'flexinfra.io/autoscaling',
      'flexinfra.io/cost-center',
      'flexinfra.io/redundancy',
      'flexinfra.io/regions',
    ]) {
      expect([key, service.metadata.annotations?.[key]]).toEqual([
        key,
        undefined,
      ]);
    }
    expect(files.get('infra/service/terraform.tfvars')).toMatch(
      /cost_center += "CC-2200"/,
    );
    expect(service.spec?.dependsOn).toEqual([
      'resource:default/invoice-service-db',
    ]);
    // The database declares only how it is provisioned, which the service's
    // check managed-dependencies reads from it.
    expect(database).toMatchObject({
      kind: 'Resource',
      metadata: {
        name: 'invoice-service-db',
        annotations: { 'flexinfra.io/provisioning': 'iac' },
      },
      spec: { type: 'database', owner: 'group:default/payments-core' },
    });
    expect(Object.keys(database.metadata.annotations ?? {})).toEqual([
      'flexinfra.io/provisioning',
    ]);
    // The rest of the file is as it was.
    expect(catalogInfo).toMatch(
      /^# Invoice service: generates and stores merchant invoices\.\n/,
    );

    // The engine on the file the template produced, its repository read
    // from the files the dry run wrote.
    const repository = await repositoryFactsOf(files);
    const after = scoreInFile(catalogInfo, SERVICE, [], repository);
    for (const check of checksLinkedTo(`template:default/${TEMPLATE}`)) {
      expect([check, statusOf(after, check)]).toEqual([check, 'pass']);
    }
    // iac-managed passes because of the Terraform it wrote.
    const iacEvidence = evidenceOf(after, 'iac-managed');
    expect(iacEvidence.map(item => item.origin)).toEqual(['repository']);
    expect(repositoryPaths(iacEvidence)).toEqual(
      expect.arrayContaining([
        'infra/service/main.tf',
        'infra/service/autoscaling.tf',
        'infra/database/main.tf',
      ]),
    );
    expect(
      repositoryPaths(iacEvidence).every(path => path.endsWith('.tf')),
    ).toBe(true);
    expect(evidenceOf(after, 'iac-location')[0].origin).toBe('repository');
    // Without the repository the same file proves none of it.
    const fileOnly = scoreInFile(catalogInfo, SERVICE);
    expect(statusOf(fileOnly, 'iac-managed')).toBe('fail');
    expect(statusOf(fileOnly, 'iac-location')).toBe('fail');

    // The database it declares reaches stage 4 from its Terraform: managed
    // as code, backed up, multi-AZ, its cost attributed.
    const databaseScore = scoreInFile(
      catalogInfo,
      'resource:default/invoice-service-db',
      [],
      repository,
    );
    expect(databaseScore.stage.number).toBe(4);
    expect(repositoryPaths(evidenceOf(databaseScore, 'backups'))).toEqual([
      'infra/database/main.tf',
    ]);
    expect(repositoryPaths(evidenceOf(databaseScore, 'redundancy'))).toContain(
      'infra/database/main.tf',
    );
    expect(
      repositoryPaths(evidenceOf(databaseScore, 'cost-visibility')),
    ).toContain('infra/database/locals.tf');

    // The service reaches stage 3 once its autoscaler, a Terraform
    // kubernetes_horizontal_pod_autoscaler_v2 in infra/service/autoscaling.tf,
    // is read as autoscaling (stage 3).
    expect(repositoryPaths(evidenceOf(after, 'autoscaling'))).toEqual([
      'infra/service/autoscaling.tf',
    ]);
    expect(after.stage).toEqual({
      number: 3,
      name: 'Elastic & Programmable',
    });
    // flexinfra:score ran in the dry run and agrees.
    expect(messages).toContainEqual(
      expect.stringContaining(
        'component:default/invoice-service (from catalog-info.yaml) is at stage 3 (Elastic & Programmable)',
      ),
    );
    expect(body.output.text[0].content).toContain(
      '**3 — Elastic & Programmable**',
    );
    // The pull request is skipped in a dry run.
    expect(messages).toContain(
      'Skipping because publish:github:pull-request does not support dry-run',
    );
  });

  it('without a database makes the checks of the workload pass, not managed-dependencies', async () => {
    const { status, files } = await scaffolder.dryRunTemplate(TEMPLATE, {
      ...VALUES,
      addDatabase: false,
      costCenter: 'CC-9999',
    });
    expect(status).toBe(200);
    expect(
      [...files.keys()].some(path => path.startsWith('infra/database')),
    ).toBe(false);
    const after = scoreInFile(
      files.get('catalog-info.yaml')!,
      SERVICE,
      [],
      await repositoryFactsOf(files),
    );
    expect(
      ['iac-managed', 'iac-location', 'declarative-deploy'].map(check =>
        statusOf(after, check),
      ),
    ).toEqual(['pass', 'pass', 'pass']);
    expect(statusOf(after, 'managed-dependencies')).toBe('fail');
    // The cost centre given wins over the service's: it is in the tags,
    // where FlexInfra reads it, and the old annotation is gone.
    expect(files.get('infra/service/terraform.tfvars')).toContain(
      'cost_center            = "CC-9999"',
    );
    expect(
      entitiesOf(files.get('catalog-info.yaml')!)[0].metadata.annotations?.[
        'flexinfra.io/cost-center'
      ],
    ).toBeUndefined();
    expect(statusOf(after, 'cost-visibility')).toBe('pass');
    expect(evidenceOf(after, 'cost-visibility')[0].origin).toBe('repository');
  });

  it('fails the dry run, naming the field, when the input is invalid', async () => {
    const { status, body } = await scaffolder.dryRunTemplate(TEMPLATE, {
      ...VALUES,
      minReplicas: 5,
      maxReplicas: 3,
    });
    expect(status).toBe(500);
    expect(body.error.message).toContain(
      'maxReplicas (3) must be at least minReplicas (5)',
    );
  });
});
