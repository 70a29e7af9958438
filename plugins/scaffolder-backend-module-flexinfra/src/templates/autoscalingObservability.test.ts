import yaml from 'yaml';
import {
  FIXTURE_ENTITIES,
  FIXTURE_FILES,
  SEARCH_API_FILE,
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
import { resourcesOf } from '../__testUtils__/terraform';

jest.setTimeout(120_000);

const TEMPLATE = 'flexinfra-autoscaling-observability';
const SERVICE = 'component:default/search-api';
const FILE = 'services/search-api/catalog-info.yaml';
const DIRECTORY = 'services/search-api/infra/autoscaling';
const VALUES = {
  entityRef: SERVICE,
  cluster: 'acme-k8s-prod',
  namespace: 'search',
  minReplicas: 2,
  maxReplicas: 12,
  targetCpuUtilization: 65,
  runbookUrl: 'https://runbooks.acme.example/search-api',
  costCenter: 'CC-3100',
  region: 'eu-west-1',
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
      'autoscaling',
      'monitored',
      'cost-visibility',
      'demand-tuned-scaling',
    ]);
  });

  it('with KEDA, takes a stage-2 service in a monorepo to stage 4, every linked check passing because of the Terraform it wrote', async () => {
    const { status, body, files, messages } = await scaffolder.dryRunTemplate(
      TEMPLATE,
      {
        ...VALUES,
        scaler: 'keda',
        queueName: 'search-reindex',
      },
    );
    expect({ status, error: body.error }).toEqual({
      status: 200,
      error: undefined,
    });

    const before = scoreInFile(SEARCH_API_FILE, SERVICE);
    expect(before.stage.number).toBe(2);
    for (const check of checksLinkedTo(`template:default/${TEMPLATE}`)) {
      expect([check, statusOf(before, check)]).toEqual([check, 'fail']);
    }

    const parsed = await expectValidModule(files, {
      directory: DIRECTORY,
      workflow: '.github/workflows/terraform-search-api.yml',
    });
    const scaledObject = resourcesOf(parsed).find(
      resource => resource.type === 'kubernetes_manifest',
    )!;
    expect(scaledObject.body.manifest.kind).toBe('ScaledObject');
    expect(
      scaledObject.body.manifest.spec.triggers.map(
        (trigger: { type: string }) => trigger.type,
      ),
    ).toEqual(['aws-sqs-queue', 'cpu']);
    expect(files.get(`${DIRECTORY}/terraform.tfvars`)).toMatch(
      /queue_name += "search-reindex"/,
    );

    // The file keeps its other document (the API) and its place in the repo.
    const catalogInfo = files.get(FILE)!;
    expect(entitiesOf(catalogInfo).map(entity => entity.kind)).toEqual([
      'Component',
      'API',
    ]);
    const [service] = entitiesOf(catalogInfo);
    // The Terraform proves the autoscaler and the cost centre: the file's
    // old declaration (flexinfra.io/autoscaling: manual) is removed and no
    // new one is written.
    expect(service.metadata.annotations?.['flexinfra.io/autoscaling']).toBe(
      undefined,
    );
    expect(service.metadata.annotations?.['flexinfra.io/cost-center']).toBe(
      undefined,
    );
    expect(service.metadata.annotations).toMatchObject({
      'argocd/app-name': 'search-api-prod',
      'flexinfra.io/redundancy': 'multi-az',
    });
    expect(service.metadata.links).toEqual([
      {
        url: 'https://eu-west-1.console.aws.amazon.com/cloudwatch/home?region=eu-west-1#dashboards/dashboard/search-api',
        title: 'Dashboard (CloudWatch)',
        type: 'dashboard',
        icon: 'dashboard',
      },
      {
        url: 'https://runbooks.acme.example/search-api',
        title: 'Runbook',
        type: 'runbook',
        icon: 'docs',
      },
    ]);

    const after = scoreInFile(
      catalogInfo,
      SERVICE,
      [],
      await repositoryFactsOf(files),
    );
    expect(after.stage).toEqual({ number: 4, name: 'Resilient & Optimised' });
    for (const check of [
      ...checksLinkedTo(`template:default/${TEMPLATE}`),
      'runbook',
    ]) {
      expect([check, statusOf(after, check)]).toEqual([check, 'pass']);
    }
    // From the files it wrote: the ScaledObject, the alarms, the tags.
    for (const [check, path] of [
      ['autoscaling', `${DIRECTORY}/autoscaling.tf`],
      ['demand-tuned-scaling', `${DIRECTORY}/autoscaling.tf`],
      ['monitored', `${DIRECTORY}/monitoring.tf`],
      ['cost-visibility', `${DIRECTORY}/locals.tf`],
    ]) {
      expect([check, repositoryPaths(evidenceOf(after, check))]).toEqual([
        check,
        expect.arrayContaining([path]),
      ]);
    }
    expect(messages).toContainEqual(
      expect.stringContaining(
        `${SERVICE} (from ${FILE}) is at stage 4 (Resilient & Optimised)`,
      ),
    );
    expect(messages).toContain(
      'Skipping because publish:github:pull-request does not support dry-run',
    );
  });

  it('with an HPA, passes every linked check but demand-tuned-scaling', async () => {
    const { status, body, files } = await scaffolder.dryRunTemplate(TEMPLATE, {
      ...VALUES,
      scaler: 'hpa',
    });
    expect({ status, error: body.error }).toEqual({
      status: 200,
      error: undefined,
    });
    const parsed = await expectValidModule(files, {
      directory: DIRECTORY,
      workflow: '.github/workflows/terraform-search-api.yml',
    });
    expect(resourcesOf(parsed).map(resource => resource.type)).toContain(
      'kubernetes_horizontal_pod_autoscaler_v2',
    );
    const after = scoreInFile(
      files.get(FILE)!,
      SERVICE,
      [],
      await repositoryFactsOf(files),
    );
    expect(after.stage.number).toBe(4);
    expect(
      checksLinkedTo(`template:default/${TEMPLATE}`).map(check => [
        check,
        statusOf(after, check),
      ]),
    ).toEqual([
      ['autoscaling', 'pass'],
      ['monitored', 'pass'],
      ['cost-visibility', 'pass'],
      ['demand-tuned-scaling', 'fail'],
    ]);
    const workflow = yaml.parse(
      files.get('.github/workflows/terraform-search-api.yml')!,
    );
    expect(workflow.defaults.run['working-directory']).toBe(DIRECTORY);
  });

  it('refuses KEDA without the queue it scales on, before writing anything', async () => {
    const { status, body } = await scaffolder.dryRunTemplate(TEMPLATE, {
      ...VALUES,
      scaler: 'keda',
    });
    // The form itself asks for the queue (JSON schema dependencies).
    expect(status).toBe(400);
    expect(JSON.stringify(body.errors)).toContain('queueName');
  });
});
