import { createMockDirectory } from '@backstage/backend-test-utils';
import { createMockActionContext } from '@backstage/plugin-scaffolder-node-test-utils';
import { promises as fs } from 'node:fs';
import { parseAllDocuments } from 'yaml';
import { createCatalogAnnotateAction } from './annotate';

// A catalog file as teams write them: a header comment, comments inside the
// entity, flow-style tags, and more than one document. The API document at
// the end has spacing the yaml library would not print itself.
const ORDERS_COMPONENT = `# Orders: everything the payments team runs for order intake.
# Edit by hand; FlexInfra templates only ever add to this file.
apiVersion: backstage.io/v1alpha1
kind: Component
metadata:
  name: orders
  title: Orders service # shown in the catalog
  description: Takes orders from the shop and hands them to billing.
  annotations:
    # Where the code lives
    github.com/project-slug: acme/orders
    backstage.io/techdocs-ref: dir:.
  tags: [java, payments]
  links:
    - url: https://grafana.example.com/d/orders
      title: Dashboard
spec:
  type: service
  lifecycle: production
  owner: group:default/payments # https://wiki.example.com/payments
  system: shop
  dependsOn:
    - resource:default/orders-queue
# Resources of the service follow.
`;
const ORDERS_DB = `---
# The database the service writes orders to.
apiVersion: backstage.io/v1alpha1
kind: Resource
metadata:
  name: orders-db
spec:
  type: database
  owner: group:default/payments
  system: shop
`;
const ORDERS_API = `---
apiVersion: backstage.io/v1alpha1
kind: API
metadata: {name: orders-api,   description: "Orders REST API"}   # flow style
spec:
  type: openapi
  lifecycle:   production
  owner: group:default/payments
  definition:
    $text: ./openapi.yaml
# end of file
`;
const MULTI_DOCUMENT_FILE = ORDERS_COMPONENT + ORDERS_DB + ORDERS_API;

const ORDERS_INPUT = {
  entityRef: 'component:default/orders',
  annotations: { 'flexinfra.io/iac-tool': 'terraform' },
  links: [
    {
      url: 'https://runbooks.example.com/orders',
      title: 'Runbook',
      type: 'runbook',
    },
  ],
  dependsOn: ['resource:default/orders-db'],
};

const SINGLE_ENTITY_FILE = `apiVersion: backstage.io/v1alpha1
kind: Component
metadata:
  name: billing
spec:
  type: service
  lifecycle: experimental
  owner: group:default/payments
`;

type ActionInput = Parameters<
  ReturnType<typeof createCatalogAnnotateAction>['handler']
>[0]['input'];

describe('flexinfra:catalog:annotate', () => {
  const mockDir = createMockDirectory();
  const workspacePath = mockDir.resolve('workspace');
  const action = createCatalogAnnotateAction();

  function contextFor(input: ActionInput) {
    return createMockActionContext<ActionInput>({ input, workspacePath });
  }

  function outputsOf(ctx: ReturnType<typeof contextFor>) {
    return Object.fromEntries((ctx.output as jest.Mock).mock.calls);
  }

  async function readWorkspaceFile(path: string) {
    return fs.readFile(mockDir.resolve('workspace', path), 'utf8');
  }

  async function run(input: ActionInput) {
    const ctx = contextFor(input);
    await action.handler(ctx);
    return outputsOf(ctx);
  }

  beforeEach(() => {
    mockDir.setContent({
      'outside.yaml': SINGLE_ENTITY_FILE,
      workspace: {
        'catalog-info.yaml': SINGLE_ENTITY_FILE,
        'services/orders/catalog-info.yaml': MULTI_DOCUMENT_FILE,
      },
    });
  });

  it('merges into one entity of a multi-document file, keeping comments, key order and the other documents', async () => {
    const outputs = await run({
      ...ORDERS_INPUT,
      filePath: 'services/orders/catalog-info.yaml',
    });

    expect(outputs).toEqual({
      changed: true,
      entityRef: 'component:default/orders',
      added: [
        'annotation flexinfra.io/iac-tool',
        'link https://runbooks.example.com/orders',
        'dependsOn resource:default/orders-db',
      ],
      replaced: [],
      skipped: [],
      removed: [],
    });

    const written = await readWorkspaceFile(
      'services/orders/catalog-info.yaml',
    );
    expect(written)
      .toBe(`# Orders: everything the payments team runs for order intake.
# Edit by hand; FlexInfra templates only ever add to this file.
apiVersion: backstage.io/v1alpha1
kind: Component
metadata:
  name: orders
  title: Orders service # shown in the catalog
  description: Takes orders from the shop and hands them to billing.
  annotations:
    # Where the code lives
    github.com/project-slug: acme/orders
    backstage.io/techdocs-ref: dir:.
    flexinfra.io/iac-tool: terraform
  tags: [java, payments]
  links:
    - url: https://grafana.example.com/d/orders
      title: Dashboard
    - url: https://runbooks.example.com/orders
      title: Runbook
      type: runbook
spec:
  type: service
  lifecycle: production
  owner: group:default/payments # https://wiki.example.com/payments
  system: shop
  dependsOn:
    - resource:default/orders-queue
    - resource:default/orders-db
# Resources of the service follow.
${ORDERS_DB}${ORDERS_API}`);
    // The documents that were not edited are there byte for byte, odd
    // spacing and trailing comment included.
    expect(written.endsWith(ORDERS_DB + ORDERS_API)).toBe(true);
  });

  it('creates annotations, labels, links and spec.dependsOn when the entity has none, in the only entity of catalog-info.yaml by default', async () => {
    const outputs = await run({
      annotations: {
        'flexinfra.io/iac-tool': 'terraform',
        'acme.io/port': '8080',
      },
      labels: { 'flexinfra.io/tier': 'critical' },
      links: [{ url: 'https://runbooks.example.com/billing' }],
      dependsOn: ['resource:billing-db'],
    });

    expect(outputs.changed).toBe(true);
    expect(outputs.entityRef).toBe('component:default/billing');
    const written = await readWorkspaceFile('catalog-info.yaml');
    expect(written).toBe(`apiVersion: backstage.io/v1alpha1
kind: Component
metadata:
  name: billing
  annotations:
    flexinfra.io/iac-tool: terraform
    acme.io/port: "8080"
  labels:
    flexinfra.io/tier: critical
  links:
    - url: https://runbooks.example.com/billing
spec:
  type: service
  lifecycle: experimental
  owner: group:default/payments
  dependsOn:
    - resource:billing-db
`);
    // A value that looks like a number is quoted, so it stays a string.
    const [document] = parseAllDocuments(written);
    expect(document?.getIn(['metadata', 'annotations', 'acme.io/port'])).toBe(
      '8080',
    );
  });

  it('changes nothing when run a second time with the same input', async () => {
    const input = {
      ...ORDERS_INPUT,
      filePath: 'services/orders/catalog-info.yaml',
    };
    await run(input);
    const afterFirstRun = await fs.readFile(
      mockDir.resolve('workspace/services/orders/catalog-info.yaml'),
    );

    const outputs = await run(input);

    expect(outputs).toEqual({
      changed: false,
      entityRef: 'component:default/orders',
      added: [],
      replaced: [],
      skipped: [],
      removed: [],
    });
    const afterSecondRun = await fs.readFile(
      mockDir.resolve('workspace/services/orders/catalog-info.yaml'),
    );
    expect(afterSecondRun.equals(afterFirstRun)).toBe(true);
  });

  it('does not duplicate a link or a dependency that is already there under another spelling', async () => {
    const outputs = await run({
      filePath: 'services/orders/catalog-info.yaml',
      entityRef: 'Component:orders',
      links: [{ url: 'https://grafana.example.com/d/orders' }],
      dependsOn: ['Resource:orders-queue', 'resource:default/orders-queue'],
    });

    expect(outputs).toMatchObject({ changed: false, added: [], skipped: [] });
    expect(await readWorkspaceFile('services/orders/catalog-info.yaml')).toBe(
      MULTI_DOCUMENT_FILE,
    );
  });

  it('keeps a conflicting annotation value and reports it as skipped unless overwrite is set', async () => {
    const filePath = 'services/orders/catalog-info.yaml';
    const input = {
      filePath,
      entityRef: 'component:default/orders',
      annotations: {
        'github.com/project-slug': 'acme/orders-service',
        'flexinfra.io/iac-tool': 'terraform',
      },
    };

    const kept = await run(input);

    expect(kept).toEqual({
      changed: true,
      entityRef: 'component:default/orders',
      added: ['annotation flexinfra.io/iac-tool'],
      replaced: [],
      skipped: [
        'annotation github.com/project-slug (kept "acme/orders", input was "acme/orders-service"; set overwrite: true to replace)',
      ],
      removed: [],
    });
    expect(await readWorkspaceFile(filePath)).toContain(
      '    # Where the code lives\n    github.com/project-slug: acme/orders\n',
    );

    const replaced = await run({ ...input, overwrite: true });

    expect(replaced).toEqual({
      changed: true,
      entityRef: 'component:default/orders',
      added: [],
      replaced: ['annotation github.com/project-slug (was "acme/orders")'],
      skipped: [],
      removed: [],
    });
    const written = await readWorkspaceFile(filePath);
    expect(written).toContain(
      '    # Where the code lives\n    github.com/project-slug: acme/orders-service\n',
    );
    expect(written).toContain(ORDERS_DB + ORDERS_API);
  });

  it('removes the annotations it is told to, keeping the rest of the file, and drops an annotations map it empties', async () => {
    const filePath = 'services/orders/catalog-info.yaml';
    const declared = MULTI_DOCUMENT_FILE.replace(
      '    backstage.io/techdocs-ref: dir:.\n',
      '    backstage.io/techdocs-ref: dir:.\n    flexinfra.io/provisioning: ticket # until the Terraform lands\n    flexinfra.io/autoscaling: none\n',
    );
    mockDir.addContent({ [`workspace/${filePath}`]: declared });

    const outputs = await run({
      filePath,
      entityRef: 'component:default/orders',
      annotations: { 'backstage.io/kubernetes-id': 'orders' },
      removeAnnotations: [
        'flexinfra.io/provisioning',
        'flexinfra.io/autoscaling',
        'flexinfra.io/cost-center',
      ],
    });

    expect(outputs).toEqual({
      changed: true,
      entityRef: 'component:default/orders',
      added: ['annotation backstage.io/kubernetes-id'],
      replaced: [],
      skipped: [],
      removed: [
        'annotation flexinfra.io/provisioning (was "ticket")',
        'annotation flexinfra.io/autoscaling (was "none")',
      ],
    });
    expect(await readWorkspaceFile(filePath)).toBe(
      MULTI_DOCUMENT_FILE.replace(
        '    backstage.io/techdocs-ref: dir:.\n',
        '    backstage.io/techdocs-ref: dir:.\n    backstage.io/kubernetes-id: orders\n',
      ),
    );

    // Only what it removes: the annotations map goes with its last entry.
    const emptied = await run({
      entityRef: 'component:default/billing',
      removeAnnotations: ['flexinfra.io/provisioning'],
    });
    expect(emptied).toMatchObject({ changed: false, removed: [] });
    await run({
      entityRef: 'component:default/billing',
      annotations: { 'flexinfra.io/provisioning': 'ticket' },
    });
    const removed = await run({
      entityRef: 'component:default/billing',
      removeAnnotations: ['flexinfra.io/provisioning'],
    });
    expect(removed).toMatchObject({ changed: true });
    expect(await readWorkspaceFile('catalog-info.yaml')).toBe(
      SINGLE_ENTITY_FILE,
    );
  });

  it('in a dry run writes the file as a real run does, the dry run working in a temporary copy of the workspace', async () => {
    const filePath = 'services/orders/catalog-info.yaml';
    const input = { ...ORDERS_INPUT, filePath };
    const ctx = { ...contextFor(input), isDryRun: true };

    await action.handler(ctx);

    const dryRunOutputs = outputsOf(ctx);
    expect(dryRunOutputs).toEqual({
      changed: true,
      entityRef: 'component:default/orders',
      added: [
        'annotation flexinfra.io/iac-tool',
        'link https://runbooks.example.com/orders',
        'dependsOn resource:default/orders-db',
      ],
      replaced: [],
      skipped: [],
      removed: [],
    });
    const afterDryRun = await readWorkspaceFile(filePath);
    expect(afterDryRun).toContain(
      '    backstage.io/techdocs-ref: dir:.\n    flexinfra.io/iac-tool: terraform\n',
    );

    // A real run on the original file gives the same file and outputs.
    mockDir.addContent({ [`workspace/${filePath}`]: MULTI_DOCUMENT_FILE });
    expect(await run(input)).toEqual(dryRunOutputs);
    expect(await readWorkspaceFile(filePath)).toBe(afterDryRun);
  });

  it('does the work inside a checkpoint, and on a resumed task returns the recorded outputs without touching the file', async () => {
    const filePath = 'services/orders/catalog-info.yaml';
    const recorded = {
      changed: true,
      entityRef: 'component:default/orders',
      added: ['annotation flexinfra.io/iac-tool'],
      replaced: [],
      skipped: [],
      removed: [],
    };
    const checkpoint = jest.fn(async () => recorded);
    const ctx = {
      ...contextFor({ ...ORDERS_INPUT, filePath }),
      checkpoint,
    } as ReturnType<typeof contextFor>;

    await action.handler(ctx);

    expect(checkpoint).toHaveBeenCalledTimes(1);
    expect(checkpoint).toHaveBeenCalledWith({
      key: expect.stringMatching(
        /^flexinfra\.catalog\.annotate\.[0-9a-f]{16}$/,
      ),
      fn: expect.any(Function),
    });
    expect(outputsOf(ctx)).toEqual(recorded);
    expect(await readWorkspaceFile(filePath)).toBe(MULTI_DOCUMENT_FILE);
  });

  it('keeps the indentation of block sequences and the line endings of the file', async () => {
    const crlf = (text: string) => text.replace(/\n/g, '\r\n');
    mockDir.addContent({
      'workspace/catalog-info.yaml': crlf(`apiVersion: backstage.io/v1alpha1
kind: Resource
metadata:
  name: orders-queue
  links:
  - url: https://console.example.com/queues/orders
spec:
  type: queue
  owner: group:default/payments
  dependsOn:
  - resource:default/orders-broker
`),
    });

    await run({
      links: [{ url: 'https://runbooks.example.com/orders-queue' }],
      dependsOn: ['resource:default/orders-dlq'],
    });

    expect(await readWorkspaceFile('catalog-info.yaml')).toBe(
      crlf(`apiVersion: backstage.io/v1alpha1
kind: Resource
metadata:
  name: orders-queue
  links:
  - url: https://console.example.com/queues/orders
  - url: https://runbooks.example.com/orders-queue
spec:
  type: queue
  owner: group:default/payments
  dependsOn:
  - resource:default/orders-broker
  - resource:default/orders-dlq
`),
    );
  });

  describe('refuses, with a message that says what is wrong, and leaves the files untouched', () => {
    const annotations = { 'flexinfra.io/iac-tool': 'terraform' };

    it.each<[string, ActionInput, string]>([
      [
        'a path that leads out of the workspace',
        { filePath: '../outside.yaml', annotations },
        'filePath "../outside.yaml" is outside the workspace',
      ],
      [
        'an absolute path',
        { filePath: '/etc/passwd', annotations },
        'filePath "/etc/passwd" is absolute; give a path relative to the workspace',
      ],
      [
        'a file that does not exist',
        { filePath: 'services/payments/catalog-info.yaml', annotations },
        'services/payments/catalog-info.yaml does not exist in the workspace',
      ],
      [
        'an entityRef that is not in the file, listing what is',
        {
          filePath: 'services/orders/catalog-info.yaml',
          entityRef: 'component:default/payments',
          annotations,
        },
        'Entity component:default/payments was not found in services/orders/catalog-info.yaml; it holds component:default/orders, resource:default/orders-db, api:default/orders-api',
      ],
      [
        'a file with several candidate entities and no entityRef, listing them',
        { filePath: 'services/orders/catalog-info.yaml', annotations },
        'services/orders/catalog-info.yaml holds 2 entities of kind Component, Resource, System: component:default/orders, resource:default/orders-db. Set entityRef to the one to annotate',
      ],
      [
        'an annotation key that Backstage would reject',
        { annotations: { 'FlexInfra.io/iac tool': 'terraform' } },
        'annotation key "FlexInfra.io/iac tool" is not a valid Backstage annotation key',
      ],
      [
        'an annotation both added and removed',
        {
          annotations,
          removeAnnotations: ['flexinfra.io/iac-tool'],
        },
        'flexinfra.io/iac-tool is both added and removed',
      ],
      [
        'a key to remove that is not an annotation key',
        { removeAnnotations: ['flexinfra.io/iac tool'] },
        'removeAnnotations key "flexinfra.io/iac tool" is not a valid Backstage annotation key',
      ],
      [
        'a label key that Backstage would reject',
        { labels: { 'flexinfra.io/tier level': 'critical' } },
        'label key "flexinfra.io/tier level" is not a valid Backstage label key',
      ],
      [
        'an entityRef whose name is not a valid entity name',
        { entityRef: 'component:default/orders service', annotations },
        'entityRef "component:default/orders service" is not an entity reference of the form kind:[namespace/]name',
      ],
      [
        'a link that is not http or https',
        {
          annotations,
          links: [
            { url: 'https://runbooks.example.com/billing' },
            { url: 'ftp://files.example.com/runbook.pdf' },
          ],
        },
        'links[1].url "ftp://files.example.com/runbook.pdf" is not an absolute http or https URL',
      ],
      [
        'a dependsOn entry that is not an entity reference',
        { dependsOn: ['orders-db'] },
        'dependsOn[0] "orders-db" is not an entity reference of the form kind:[namespace/]name',
      ],
      [
        'a dependsOn entry with more than one namespace',
        { dependsOn: ['resource:default/payments/orders-db'] },
        'dependsOn[0] "resource:default/payments/orders-db" is not an entity reference of the form kind:[namespace/]name',
      ],
    ])('%s', async (_case, input, message) => {
      await expect(action.handler(contextFor(input))).rejects.toThrow(message);
      expect(mockDir.content({ shouldReadAsText: true })).toEqual({
        'outside.yaml': SINGLE_ENTITY_FILE,
        workspace: {
          'catalog-info.yaml': SINGLE_ENTITY_FILE,
          services: {
            orders: { 'catalog-info.yaml': MULTI_DOCUMENT_FILE },
          },
        },
      });
    });

    it('a file that is not valid YAML, naming the line', async () => {
      const broken = `apiVersion: backstage.io/v1alpha1
kind: Component
metadata:
  name: broken
  annotations: {unclosed: [1, 2}
spec: {}
`;
      mockDir.addContent({ 'workspace/broken.yaml': broken });
      const ctx = contextFor({ filePath: 'broken.yaml', annotations });

      await expect(action.handler(ctx)).rejects.toThrow(
        /^broken\.yaml is not valid YAML: .* at line 5, column \d+/,
      );
      expect(await readWorkspaceFile('broken.yaml')).toBe(broken);
    });

    it('a metadata.annotations that is not a map', async () => {
      const listAnnotations = `apiVersion: backstage.io/v1alpha1
kind: Component
metadata:
  name: odd
  annotations:
    - flexinfra.io/iac-tool
`;
      mockDir.addContent({ 'workspace/odd.yaml': listAnnotations });

      await expect(
        action.handler(contextFor({ filePath: 'odd.yaml', annotations })),
      ).rejects.toThrow(
        'metadata.annotations of component:default/odd in odd.yaml is a list, expected a map',
      );
      expect(await readWorkspaceFile('odd.yaml')).toBe(listAnnotations);
    });

    it('a symbolic link that leads out of the workspace', async () => {
      mockDir.addContent({
        'workspace/linked.yaml': ({ symlink }) =>
          symlink(mockDir.resolve('outside.yaml')),
      });

      await expect(
        action.handler(contextFor({ filePath: 'linked.yaml', annotations })),
      ).rejects.toThrow('filePath "linked.yaml" is outside the workspace');
      expect(await fs.readFile(mockDir.resolve('outside.yaml'), 'utf8')).toBe(
        SINGLE_ENTITY_FILE,
      );
    });

    it('a collection that is a YAML alias', async () => {
      const aliased = `apiVersion: backstage.io/v1alpha1
kind: Component
metadata:
  name: aliased
  annotations: &shared
    github.com/project-slug: acme/aliased
  labels: *shared
`;
      mockDir.addContent({ 'workspace/aliased.yaml': aliased });

      await expect(
        action.handler(
          contextFor({
            filePath: 'aliased.yaml',
            labels: { tier: 'critical' },
          }),
        ),
      ).rejects.toThrow(
        'metadata.labels of component:default/aliased in aliased.yaml is a YAML alias (*shared)',
      );
      expect(await readWorkspaceFile('aliased.yaml')).toBe(aliased);
    });
  });
});
