import { Entity } from '@backstage/catalog-model';
import { promises as fs } from 'node:fs';
import { join, resolve } from 'node:path';
import {
  checksLinkedTo,
  entitiesOf,
  scoreInFile,
  statusOf,
} from '../__testUtils__/model';
import { repositoryFactsOf } from '../__testUtils__/repository';
import { startScaffolder } from '../__testUtils__/scaffolderBackend';

jest.setTimeout(120_000);

/** The example portal's catalog, `examples/` at the repository's root. */
const EXAMPLES_DIR = resolve(__dirname, '..', '..', '..', '..', 'examples');

const REPOS_DIR = join(EXAMPLES_DIR, 'repos');

/** Every file under a directory, by path relative to it. */
async function filesUnder(
  root: string,
  dir = '',
): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  for (const entry of await fs.readdir(join(root, dir), {
    withFileTypes: true,
  })) {
    const path = dir ? `${dir}/${entry.name}` : entry.name;
    if (entry.isDirectory()) {
      for (const [inner, content] of await filesUnder(root, path)) {
        files.set(inner, content);
      }
    } else {
      files.set(path, await fs.readFile(join(root, path), 'utf8'));
    }
  }
  return files;
}

/**
 * The example app's catalog, as the catalog holds it: read from local files
 * (`file:` locations), which is why the templates can only be dry-run there.
 * Each scored component's catalog-info.yaml is in its repository,
 * examples/repos/<name>.
 */
async function exampleCatalog(): Promise<Entity[]> {
  const entities: Entity[] = [];
  const repositories = (await fs.readdir(REPOS_DIR, { withFileTypes: true }))
    .filter(entry => entry.isDirectory())
    .map(entry => join('repos', entry.name, 'catalog-info.yaml'));
  for (const file of [
    'components.yaml',
    'resources.yaml',
    'systems.yaml',
    ...repositories,
  ]) {
    const path = join(EXAMPLES_DIR, file);
    for (const entity of entitiesOf(await fs.readFile(path, 'utf8'))) {
      entities.push({
        ...entity,
        metadata: {
          namespace: 'default',
          ...entity.metadata,
          annotations: {
            ...entity.metadata.annotations,
            'backstage.io/managed-by-location': `file:${path}`,
          },
        },
      });
    }
  }
  return entities;
}

describe('the templates in the example app', () => {
  let scaffolder: Awaited<ReturnType<typeof startScaffolder>>;
  let catalog: Entity[];

  beforeAll(async () => {
    catalog = await exampleCatalog();
    scaffolder = await startScaffolder({ entities: catalog });
  });

  it.each([
    [
      'flexinfra-adopt-iac',
      'component:default/invoice-service',
      {
        image: 'ghcr.io/acme/invoice-service:1.0.0',
        cluster: 'acme-k8s-prod',
        port: 8080,
        size: 'small',
        minReplicas: 2,
        maxReplicas: 6,
        region: 'eu-west-1',
        environment: 'production',
        costCenter: 'CC-2200',
        addDatabase: true,
      },
      3,
    ],
    [
      'flexinfra-autoscaling-observability',
      'component:default/search-indexer',
      {
        cluster: 'acme-k8s-prod',
        scaler: 'keda',
        queueName: 'search-reindex',
        minReplicas: 2,
        maxReplicas: 10,
        targetCpuUtilization: 70,
        runbookUrl: 'https://runbooks.acme.example/search-indexer',
        costCenter: 'CC-3100',
        region: 'eu-west-1',
      },
      3,
    ],
    [
      'flexinfra-self-service-environment',
      'component:default/checkout-api',
      {
        environmentName: 'pr-42',
        image: 'ghcr.io/acme/checkout-api:pr-42',
        ttlHours: 72,
        size: 'small',
        cluster: 'acme-k8s-prod',
        port: 8080,
        region: 'eu-west-1',
        // Its cost centre is in its Terraform tags, not an annotation the
        // template could default to.
        costCenter: 'CC-2100',
      },
      4,
    ],
  ])(
    '%s dry-runs on %s, working from the catalog’s copy, and makes its checks pass',
    async (template, entityRef, values, minimumStage) => {
      const { status, body, files, messages } = await scaffolder.dryRunTemplate(
        template,
        { entityRef, ...values },
      );
      expect({ status, error: body.error }).toEqual({
        status: 200,
        error: undefined,
      });
      expect(messages).toContainEqual(
        expect.stringContaining(
          "As this is a dry run, catalog-info.yaml is written from the catalog's copy of the entity",
        ),
      );
      // The repository once the pull request is merged: its files, with
      // those the dry run wrote over them.
      const name = entityRef.split('/')[1];
      const merged = new Map([
        ...(await filesUnder(join(REPOS_DIR, name))),
        ...files,
      ]);
      const scored = scoreInFile(
        files.get('catalog-info.yaml')!,
        entityRef,
        catalog,
        await repositoryFactsOf(merged),
      );
      expect(scored.stage.number).toBeGreaterThanOrEqual(minimumStage);
      for (const check of checksLinkedTo(`template:default/${template}`)) {
        expect([check, statusOf(scored, check)]).toEqual([check, 'pass']);
      }
    },
  );
});
