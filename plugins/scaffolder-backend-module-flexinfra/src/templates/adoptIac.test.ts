import {
  FIXTURE_ENTITIES,
  FIXTURE_FILES,
  INVOICE_SERVICE_FILE,
} from '../__testUtils__/fixtures';
import {
  checksLinkedTo,
  entitiesOf,
  scoreInFile,
  statusOf,
} from '../__testUtils__/model';
import { expectValidModule } from '../__testUtils__/moduleAssertions';
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

  it('writes the Terraform of a stage-2 service and its database, annotates its catalog-info.yaml, and takes it to stage 3 with every linked check passing', async () => {
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
    expect(service.metadata.annotations).toMatchObject({
      'flexinfra.io/iac-tool': 'terraform',
      'flexinfra.io/provisioning': 'iac',
      'flexinfra.io/iac-location':
        'url:https://github.com/acme/invoice-service/tree/main/infra/service',
      'backstage.io/kubernetes-id': 'invoice-service',
      'flexinfra.io/autoscaling': 'hpa',
      // Kept: the service already had a cost centre.
      'flexinfra.io/cost-center': 'CC-2200',
    });
    expect(service.spec?.dependsOn).toEqual([
      'resource:default/invoice-service-db',
    ]);
    expect(database).toMatchObject({
      kind: 'Resource',
      metadata: {
        name: 'invoice-service-db',
        annotations: {
          'flexinfra.io/provisioning': 'iac',
          'flexinfra.io/backup': 'continuous',
          'flexinfra.io/cost-center': 'CC-2200',
        },
      },
      spec: { type: 'database', owner: 'group:default/payments-core' },
    });
    // The rest of the file is as it was.
    expect(catalogInfo).toMatch(
      /^# Invoice service: generates and stores merchant invoices\.\n/,
    );

    // The engine on the file the template produced.
    const after = scoreInFile(catalogInfo, SERVICE);
    expect(after.stage).toEqual({
      number: 3,
      name: 'Elastic & Programmable',
    });
    for (const check of checksLinkedTo(`template:default/${TEMPLATE}`)) {
      expect([check, statusOf(after, check)]).toEqual([check, 'pass']);
    }
    // The database it declares reaches stage 4: managed as code, backed up,
    // multi-AZ, its cost attributed.
    expect(
      scoreInFile(catalogInfo, 'resource:default/invoice-service-db').stage
        .number,
    ).toBe(4);

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
    const after = scoreInFile(files.get('catalog-info.yaml')!, SERVICE);
    expect(after.stage.number).toBe(3);
    expect(
      ['iac-managed', 'iac-location', 'declarative-deploy'].map(check =>
        statusOf(after, check),
      ),
    ).toEqual(['pass', 'pass', 'pass']);
    expect(statusOf(after, 'managed-dependencies')).toBe('fail');
    // The cost centre given wins over the service's: in the tags, and, as
    // the template replaces what the module now decides, in the annotation.
    expect(files.get('infra/service/terraform.tfvars')).toContain(
      'cost_center            = "CC-9999"',
    );
    expect(
      entitiesOf(files.get('catalog-info.yaml')!)[0].metadata.annotations?.[
        'flexinfra.io/cost-center'
      ],
    ).toBe('CC-9999');
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
