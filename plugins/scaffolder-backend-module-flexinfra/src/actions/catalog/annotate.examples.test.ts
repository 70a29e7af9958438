import { createMockDirectory } from '@backstage/backend-test-utils';
import { createMockActionContext } from '@backstage/plugin-scaffolder-node-test-utils';
import { parse } from 'yaml';
import { createCatalogAnnotateAction } from './annotate';
import { examples } from './annotate.examples';

const SERVICE = `apiVersion: backstage.io/v1alpha1
kind: Component
metadata:
  name: orders
spec:
  type: service
  lifecycle: production
  owner: group:default/payments
`;
const DATABASE = `---
apiVersion: backstage.io/v1alpha1
kind: Resource
metadata:
  name: orders-db
spec:
  type: database
  owner: group:default/payments
`;

type ActionInput = Parameters<
  ReturnType<typeof createCatalogAnnotateAction>['handler']
>[0]['input'];

describe('flexinfra:catalog:annotate examples', () => {
  const mockDir = createMockDirectory();
  const action = createCatalogAnnotateAction();

  beforeEach(() => {
    mockDir.setContent({
      'catalog-info.yaml': SERVICE,
      'services/orders/catalog-info.yaml': SERVICE + DATABASE,
    });
  });

  it.each(examples.map(e => [e.description, e.example]))(
    '%s',
    async (_description, example) => {
      const steps: Array<{ action: string; input: ActionInput }> =
        parse(example).steps;
      expect(steps.map(s => s.action)).toEqual([action.id]);

      const ctx = createMockActionContext<ActionInput>({
        input: steps[0]!.input,
        workspacePath: mockDir.path,
      });
      await action.handler(ctx);

      const outputs = Object.fromEntries((ctx.output as jest.Mock).mock.calls);
      expect(outputs.changed).toBe(true);
      expect(outputs.entityRef).toBe('component:default/orders');
    },
  );
});
