import yaml from 'yaml';
import {
  CHECKOUT_API_FILE,
  FIXTURE_ENTITIES,
  FIXTURE_FILES,
} from '../__testUtils__/fixtures';
import {
  checksLinkedTo,
  entitiesOf,
  evidenceOf,
  scoreInFile,
  statusOf,
} from '../__testUtils__/model';
import { expectValidModule } from '../__testUtils__/moduleAssertions';
import { repositoryFactsOf } from '../__testUtils__/repository';
import { startScaffolder } from '../__testUtils__/scaffolderBackend';
import { resourcesOf } from '../__testUtils__/terraform';

jest.setTimeout(120_000);

const TEMPLATE = 'flexinfra-self-service-environment';
const SERVICE = 'component:default/checkout-api';
const DIRECTORY = 'infra/previews/pr-118';
const WORKFLOW = '.github/workflows/terraform-checkout-api-pr-118.yml';
const VALUES = {
  entityRef: SERVICE,
  environmentName: 'pr-118',
  image: 'ghcr.io/acme/checkout-api:pr-118',
  ttlHours: 24,
  size: 'small',
  cluster: 'acme-k8s-prod',
  port: 8080,
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
      'ephemeral-environments',
      'self-service',
    ]);
  });

  it('writes an expiring preview environment and takes a stage-4 service to stage 5, ephemeral-environments passing because of its workflow', async () => {
    const { status, body, files, messages } = await scaffolder.dryRunTemplate(
      TEMPLATE,
      VALUES,
    );
    expect({ status, error: body.error }).toEqual({
      status: 200,
      error: undefined,
    });

    const before = scoreInFile(CHECKOUT_API_FILE, SERVICE);
    expect(before.stage.number).toBe(4);
    for (const check of checksLinkedTo(`template:default/${TEMPLATE}`)) {
      expect([check, statusOf(before, check)]).toEqual([check, 'fail']);
    }

    const parsed = await expectValidModule(files, {
      directory: DIRECTORY,
      workflow: WORKFLOW,
    });
    const resources = resourcesOf(parsed);
    const namespace = resources.find(
      resource => resource.type === 'kubernetes_namespace_v1',
    )!;
    expect(namespace.body.metadata[0].annotations).toEqual({
      'flexinfra.io/expires-at': '${time_offset.expiry.rfc3339}',
    });
    expect(
      resources.find(resource => resource.type === 'time_offset')!.body,
    ).toEqual({ offset_hours: '${var.ttl_hours}' });
    expect(files.get(`${DIRECTORY}/terraform.tfvars`)).toMatch(
      /ttl_hours += 24/,
    );
    // The workflow destroys the environment once it has expired.
    const workflow = yaml.parse(files.get(WORKFLOW)!);
    expect(workflow.on.schedule).toEqual([{ cron: '17 * * * *' }]);
    expect(
      workflow.jobs.expire.steps.map((step: { name?: string }) => step.name),
    ).toEqual(
      expect.arrayContaining([
        'terraform destroy',
        'Propose removing its code',
      ]),
    );

    const catalogInfo = files.get('catalog-info.yaml')!;
    const [service] = entitiesOf(catalogInfo);
    expect(service.metadata.annotations).toMatchObject({
      // Not declared as a preview environment: the workflow proves it.
      'flexinfra.io/environments': 'dev, staging ,prod',
      'flexinfra.io/self-service-template':
        'template:default/flexinfra-self-service-environment',
    });

    const repository = await repositoryFactsOf(files);
    const after = scoreInFile(catalogInfo, SERVICE, [], repository);
    expect(after.stage).toEqual({ number: 5, name: 'Adaptive Platform' });
    for (const check of checksLinkedTo(`template:default/${TEMPLATE}`)) {
      expect([check, statusOf(after, check)]).toEqual([check, 'pass']);
    }
    // The workflow that deploys the `preview` environment from pull
    // requests is the evidence.
    expect(evidenceOf(after, 'ephemeral-environments')).toEqual([
      {
        origin: 'repository',
        text: `pull-request preview environments in ${WORKFLOW}`,
        paths: [WORKFLOW],
      },
    ]);
    // The catalog file alone no longer says it.
    expect(
      statusOf(scoreInFile(catalogInfo, SERVICE), 'ephemeral-environments'),
    ).toBe('fail');
    expect(messages).toContainEqual(
      expect.stringContaining(
        `${SERVICE} (from catalog-info.yaml) is at stage 5 (Adaptive Platform)`,
      ),
    );
  });

  it('refuses an environment name that is not a DNS label', async () => {
    const { status, body } = await scaffolder.dryRunTemplate(TEMPLATE, {
      ...VALUES,
      environmentName: 'PR_118',
    });
    expect(status).toBe(400);
    expect(JSON.stringify(body.errors)).toContain('environmentName');
  });
});
