import { closingSqliteDatabaseServiceFactory } from '@internal/backend-test-utils';
import {
  mockCredentials,
  startTestBackend,
} from '@backstage/backend-test-utils';
import scaffolderPlugin from '@backstage/plugin-scaffolder-backend';
import { AddressInfo } from 'node:net';
import { scaffolderModuleFlexinfra } from './module';

jest.setTimeout(60_000);

describe('scaffolderModuleFlexinfra', () => {
  it("adds FlexInfra's actions to the actions the scaffolder lists over HTTP", async () => {
    const { server } = await startTestBackend({
      features: [
        closingSqliteDatabaseServiceFactory(),
        scaffolderPlugin,
        scaffolderModuleFlexinfra,
      ],
    });
    const { port } = server.address() as AddressInfo;

    const response = await fetch(
      `http://localhost:${port}/api/scaffolder/v2/actions`,
      { headers: { Authorization: mockCredentials.user.header() } },
    );

    expect(response.status).toBe(200);
    const actions: Array<{
      id: string;
      description?: string;
      examples?: unknown[];
      schema?: { input?: { properties?: Record<string, unknown> } };
    }> = await response.json();
    const ids = actions
      .map(a => a.id)
      .filter(id => id.startsWith('flexinfra:'));
    expect(ids.sort()).toEqual([
      'flexinfra:catalog:add-entity',
      'flexinfra:catalog:annotate',
      'flexinfra:catalog:checkout',
      'flexinfra:iac:generate',
      'flexinfra:score',
    ]);
    const annotate = actions.find(a => a.id === 'flexinfra:catalog:annotate');
    expect(annotate?.description).toMatch(/^Adds annotations/);
    expect(annotate?.examples).toHaveLength(3);
    expect(Object.keys(annotate?.schema?.input?.properties ?? {})).toEqual([
      'filePath',
      'entityRef',
      'annotations',
      'listAnnotations',
      'labels',
      'links',
      'dependsOn',
      'removeAnnotations',
      'overwrite',
    ]);
    const generate = actions.find(a => a.id === 'flexinfra:iac:generate');
    expect(generate?.examples).toHaveLength(6);
    expect(generate?.schema?.input?.properties?.profile).toMatchObject({
      enum: [
        'container-service',
        'managed-database',
        'queue',
        'preview-environment',
        'autoscaling-observability',
      ],
    });
    const score = actions.find(a => a.id === 'flexinfra:score');
    expect(Object.keys(score?.schema?.input?.properties ?? {})).toEqual([
      'catalogInfoPath',
      'entityRef',
      'minStage',
      'requireChecks',
    ]);
    for (const action of actions.filter(a => a.id.startsWith('flexinfra:'))) {
      expect([action.id, action.examples?.length]).toEqual([
        action.id,
        expect.any(Number),
      ]);
    }
    // The scaffolder's own actions are listed beside it.
    expect(actions.map(a => a.id)).toContain('catalog:write');
  });

  it("runs in a template dry run through the scaffolder API, editing the file in the dry run's workspace as a real run would", async () => {
    const { server } = await startTestBackend({
      features: [
        closingSqliteDatabaseServiceFactory(),
        scaffolderPlugin,
        scaffolderModuleFlexinfra,
      ],
    });
    const { port } = server.address() as AddressInfo;
    const catalogInfo = `# The billing service
apiVersion: backstage.io/v1alpha1
kind: Component
metadata:
  name: billing
spec:
  type: service
  lifecycle: production
  owner: group:default/payments
`;
    const template = {
      apiVersion: 'scaffolder.backstage.io/v1beta3',
      kind: 'Template',
      metadata: { name: 'add-iac-annotation' },
      spec: {
        type: 'service',
        parameters: [],
        steps: [
          {
            id: 'fetch',
            action: 'fetch:plain',
            input: { url: './skeleton' },
          },
          {
            id: 'annotate',
            action: 'flexinfra:catalog:annotate',
            input: {
              annotations: { 'flexinfra.io/iac-tool': 'terraform' },
              links: [{ url: 'https://runbooks.example.com/billing' }],
            },
          },
        ],
        output: {
          changed: '${{ steps.annotate.output.changed }}',
          added: '${{ steps.annotate.output.added }}',
        },
      },
    };

    const response = await fetch(
      `http://localhost:${port}/api/scaffolder/v2/dry-run`,
      {
        method: 'POST',
        headers: {
          Authorization: mockCredentials.user.header(),
          'Content-Type': 'application/json',
        },
        body: JSON.stringify({
          template,
          values: {},
          directoryContents: [
            {
              path: 'skeleton/catalog-info.yaml',
              base64Content: Buffer.from(catalogInfo).toString('base64'),
            },
          ],
        }),
      },
    );

    const body = await response.json();
    expect(response.status).toBe(200);
    expect(body.output).toEqual({
      changed: true,
      added: [
        'annotation flexinfra.io/iac-tool',
        'link https://runbooks.example.com/billing',
      ],
    });
    const messages = (body.log as Array<{ body: { message: string } }>).map(
      entry => entry.body.message,
    );
    expect(messages).toContainEqual(
      expect.stringContaining(
        'added annotation flexinfra.io/iac-tool to component:default/billing',
      ),
    );
    const files = body.directoryContents as Array<{
      path: string;
      base64Content: string;
    }>;
    const written = files.find(f => f.path === 'catalog-info.yaml');
    // The dry run returns its workspace as it is after the steps: the file
    // as a real run would leave it.
    const content = Buffer.from(written!.base64Content, 'base64').toString();
    expect(content).toContain('    flexinfra.io/iac-tool: terraform\n');
    expect(content).toBe(`# The billing service
apiVersion: backstage.io/v1alpha1
kind: Component
metadata:
  name: billing
  annotations:
    flexinfra.io/iac-tool: terraform
  links:
    - url: https://runbooks.example.com/billing
spec:
  type: service
  lifecycle: production
  owner: group:default/payments
`);
  });
});
