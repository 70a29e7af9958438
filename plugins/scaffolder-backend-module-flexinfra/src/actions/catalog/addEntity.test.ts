import { createMockDirectory } from '@backstage/backend-test-utils';
import { createMockActionContext } from '@backstage/plugin-scaffolder-node-test-utils';
import { promises as fs } from 'node:fs';
import { createCatalogAddEntityAction } from './addEntity';

type ActionInput = Parameters<
  ReturnType<typeof createCatalogAddEntityAction>['handler']
>[0]['input'];

const SERVICE = `# The orders service
apiVersion: backstage.io/v1alpha1
kind: Component
metadata:
  name: orders   # keep this comment
spec:
  type: service
  owner: group:default/payments
`;

const DATABASE = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Resource',
  metadata: { name: 'orders-db', description: 'Orders database' },
  spec: { type: 'database', owner: 'group:default/payments' },
};

describe('flexinfra:catalog:add-entity', () => {
  const mockDir = createMockDirectory();
  const workspacePath = mockDir.resolve('workspace');
  const action = createCatalogAddEntityAction();

  async function run(input: ActionInput, options: { isDryRun?: boolean } = {}) {
    const ctx = {
      // The entity input is any JSON object.
      ...createMockActionContext({ input: input as never, workspacePath }),
      ...options,
    };
    await action.handler(ctx);
    return Object.fromEntries((ctx.output as jest.Mock).mock.calls);
  }

  const read = (path: string) =>
    fs.readFile(mockDir.resolve('workspace', path), 'utf8');

  beforeEach(() => {
    mockDir.setContent({
      'outside.yaml': SERVICE,
      workspace: { 'catalog-info.yaml': SERVICE },
    });
  });

  it('appends the entity as a new document, keeping the file as it was', async () => {
    expect(await run({ entity: DATABASE })).toEqual({
      changed: true,
      entityRef: 'resource:default/orders-db',
    });
    expect(await read('catalog-info.yaml')).toBe(`${SERVICE}---
apiVersion: backstage.io/v1alpha1
kind: Resource
metadata:
  name: orders-db
  description: Orders database
spec:
  type: database
  owner: group:default/payments
`);
  });

  it('is idempotent: an entity already in the file is left alone', async () => {
    await run({ entity: DATABASE });
    const once = await read('catalog-info.yaml');
    expect(
      await run({
        entity: {
          ...DATABASE,
          metadata: { ...DATABASE.metadata, namespace: 'default' },
        },
      }),
    ).toEqual({ changed: false, entityRef: 'resource:default/orders-db' });
    expect(await read('catalog-info.yaml')).toBe(once);
  });

  it('creates the file, and its directory, when missing; also in a dry run', async () => {
    await run(
      { filePath: 'services/orders/catalog-info.yaml', entity: DATABASE },
      { isDryRun: true },
    );
    expect(await read('services/orders/catalog-info.yaml')).toMatch(
      /^apiVersion: backstage.io\/v1alpha1\nkind: Resource\n/,
    );
  });

  it('adds a separator after a file that does not end in a new line', async () => {
    mockDir.setContent({
      workspace: { 'catalog-info.yaml': SERVICE.trimEnd() },
    });
    await run({ entity: DATABASE });
    expect(await read('catalog-info.yaml')).toContain(
      'owner: group:default/payments\n---\napiVersion',
    );
  });

  it.each([
    ['../outside.yaml', 'filePath "../outside.yaml" is outside the workspace'],
    ['/etc/catalog-info.yaml', 'filePath "/etc/catalog-info.yaml" is absolute'],
  ])('refuses filePath %s', async (filePath, message) => {
    await expect(run({ filePath, entity: DATABASE })).rejects.toThrow(message);
    expect(await fs.readFile(mockDir.resolve('outside.yaml'), 'utf8')).toBe(
      SERVICE,
    );
  });

  it('refuses what is not an entity, naming every problem', async () => {
    await expect(
      run({
        entity: { kind: 'Resource', metadata: { name: 'Orders DB' } },
      }),
    ).rejects.toThrow(
      'Invalid input to flexinfra:catalog:add-entity: entity.apiVersion must be a group/version, e.g. backstage.io/v1alpha1; entity.metadata.name "Orders DB" must be an entity name',
    );
  });
});
