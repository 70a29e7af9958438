import {
  mockCredentials,
  startTestBackend,
} from '@backstage/backend-test-utils';
import scaffolderPlugin from '@backstage/plugin-scaffolder-backend';
import { AddressInfo } from 'node:net';
import { scaffolderModuleFlexinfra } from './module';

jest.setTimeout(60_000);

describe('scaffolderModuleFlexinfra', () => {
  it('adds flexinfra:catalog:annotate to the actions the scaffolder lists over HTTP', async () => {
    const { server } = await startTestBackend({
      features: [scaffolderPlugin, scaffolderModuleFlexinfra],
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
    const annotate = actions.find(a => a.id === 'flexinfra:catalog:annotate');
    expect(annotate).toBeDefined();
    expect(annotate?.description).toMatch(/^Adds annotations, labels, links/);
    expect(annotate?.examples).toHaveLength(3);
    expect(Object.keys(annotate?.schema?.input?.properties ?? {})).toEqual([
      'filePath',
      'entityRef',
      'annotations',
      'labels',
      'links',
      'dependsOn',
      'overwrite',
    ]);
    // The scaffolder's own actions are listed beside it.
    expect(actions.map(a => a.id)).toContain('catalog:write');
  });

  it("runs in a template dry run through the scaffolder API, editing the file in the dry run's workspace as a real run would", async () => {
    const { server } = await startTestBackend({
      features: [scaffolderPlugin, scaffolderModuleFlexinfra],
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
