import { createMockDirectory } from '@backstage/backend-test-utils';
import { createMockActionContext } from '@backstage/plugin-scaffolder-node-test-utils';
import { promises as fs } from 'node:fs';
import { createCatalogAnnotateAction } from './annotate';

type ActionInput = Parameters<
  ReturnType<typeof createCatalogAnnotateAction>['handler']
>[0]['input'];

const FILE = `apiVersion: backstage.io/v1alpha1
kind: Component
metadata:
  name: orders
  annotations:
    flexinfra.io/environments: dev, Staging ,prod # where it runs
spec:
  type: service
  owner: group:default/payments
`;

describe('flexinfra:catalog:annotate listAnnotations', () => {
  const mockDir = createMockDirectory();
  const workspacePath = mockDir.resolve('workspace');
  const action = createCatalogAnnotateAction();

  async function run(input: ActionInput) {
    const ctx = createMockActionContext<ActionInput>({ input, workspacePath });
    await action.handler(ctx);
    return Object.fromEntries((ctx.output as jest.Mock).mock.calls);
  }

  const read = () =>
    fs.readFile(mockDir.resolve('workspace', 'catalog-info.yaml'), 'utf8');

  beforeEach(() => {
    mockDir.setContent({ workspace: { 'catalog-info.yaml': FILE } });
  });

  it('adds the items a comma-separated list lacks, keeping the others as written, and is idempotent', async () => {
    const outputs = await run({
      listAnnotations: {
        'flexinfra.io/environments': ['staging', 'preview'],
        'flexinfra.io/regions': ['eu-west-1', 'us-east-1'],
      },
    });
    expect(outputs.added).toEqual([
      'annotation flexinfra.io/environments item preview',
      'annotation flexinfra.io/regions item eu-west-1',
      'annotation flexinfra.io/regions item us-east-1',
    ]);
    expect(await read()).toBe(`apiVersion: backstage.io/v1alpha1
kind: Component
metadata:
  name: orders
  annotations:
    flexinfra.io/environments: dev, Staging ,prod,preview # where it runs
    flexinfra.io/regions: eu-west-1,us-east-1
spec:
  type: service
  owner: group:default/payments
`);
    const again = await run({
      listAnnotations: { 'flexinfra.io/environments': ['PREVIEW'] },
    });
    expect(again.changed).toBe(false);
  });

  it('refuses items with commas, invalid keys, and a key given twice', async () => {
    await expect(
      run({
        annotations: { 'flexinfra.io/environments': 'prod' },
        listAnnotations: {
          'flexinfra.io/environments': ['a,b'],
          'not a key': ['x'],
        },
      }),
    ).rejects.toThrow(
      'Invalid input to flexinfra:catalog:annotate: listAnnotations flexinfra.io/environments must be a list of items without commas, e.g. [preview]; flexinfra.io/environments is in both annotations and listAnnotations; give it in one of them; listAnnotations key "not a key" is not a valid Backstage annotation key',
    );
    expect(await read()).toBe(FILE);
  });
});
