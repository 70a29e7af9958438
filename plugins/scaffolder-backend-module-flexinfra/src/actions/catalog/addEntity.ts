import { stringifyEntityRef } from '@backstage/catalog-model';
import { createTemplateAction } from '@backstage/plugin-scaffolder-node';
import { promises as fs } from 'node:fs';
import { dirname, relative } from 'node:path';
import yaml from 'yaml';
import { resolveCatalogFilePath } from './catalogFile';
import { parseCatalogDocuments } from './catalogYaml';
import { listEntityDocuments } from './selectEntityDocument';
import { validateNewEntity } from './validateNewEntity';

/** The id under which the action is registered. */
export const CATALOG_ADD_ENTITY_ACTION_ID = 'flexinfra:catalog:add-entity';

async function readIfExists(path: string): Promise<string | undefined> {
  try {
    return await fs.readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      return undefined;
    }
    throw error;
  }
}

/**
 * Creates the `flexinfra:catalog:add-entity` scaffolder action, which appends
 * an entity (such as the Resource a generated Terraform module provisions)
 * as a new YAML document to a catalog file in the workspace, leaving the
 * file's existing documents untouched. An entity already in the file is left
 * as it is, so the action can run again.
 *
 * @public
 */
export function createCatalogAddEntityAction() {
  return createTemplateAction({
    id: CATALOG_ADD_ENTITY_ACTION_ID,
    description:
      'Appends an entity as a new YAML document to a catalog file in the workspace (creating the file if needed), keeping the existing documents byte for byte. When the file already has an entity of the same kind, namespace and name, nothing changes.',
    examples: [
      {
        description:
          'Declare the database a generated module provisions next to the service, and make the service depend on it',
        example: yaml.stringify({
          steps: [
            {
              id: 'database',
              action: 'flexinfra:catalog:add-entity',
              name: 'Add the database to catalog-info.yaml',
              input: {
                filePath: 'catalog-info.yaml',
                entity: {
                  apiVersion: 'backstage.io/v1alpha1',
                  kind: 'Resource',
                  metadata: {
                    name: 'orders-db',
                    description: 'Database of the orders service',
                  },
                  spec: {
                    type: 'database',
                    owner: 'group:default/payments',
                    system: 'shop',
                  },
                },
              },
            },
            {
              id: 'depends',
              action: 'flexinfra:catalog:annotate',
              name: 'The service depends on it',
              input: {
                entityRef: 'component:default/orders',
                dependsOn: ['resource:default/orders-db'],
              },
            },
          ],
        }),
      },
    ],
    supportsDryRun: true,
    schema: {
      input: {
        filePath: z =>
          z
            .string()
            .optional()
            .describe(
              'Catalog file, relative to the workspace; catalog-info.yaml by default. Created when missing',
            ),
        entity: z =>
          z
            .record(z.unknown())
            .describe(
              'The entity: apiVersion, kind, metadata.name and whatever else it needs',
            ),
      },
      output: {
        changed: z => z.boolean().describe('Whether the entity was added'),
        entityRef: z => z.string().describe('The entity, kind:namespace/name'),
      },
    },
    async handler(ctx) {
      const filePath = ctx.input.filePath || 'catalog-info.yaml';
      const { entity, ref } = validateNewEntity(ctx.input.entity);
      const absolutePath = resolveCatalogFilePath(ctx.workspacePath, filePath);
      const displayPath = relative(ctx.workspacePath, absolutePath);
      const entityRef = stringifyEntityRef(ref);

      const changed = await ctx.checkpoint({
        key: `flexinfra.catalog.add-entity.${displayPath}.${entityRef}`,
        fn: async () => {
          const source = (await readIfExists(absolutePath)) ?? '';
          const present = listEntityDocuments(
            parseCatalogDocuments(source, displayPath),
          ).some(document => stringifyEntityRef(document.ref) === entityRef);
          if (present) {
            return false;
          }
          let separator = '';
          if (source !== '') {
            separator = source.endsWith('\n') ? '---\n' : '\n---\n';
          }
          await fs.mkdir(dirname(absolutePath), { recursive: true });
          await fs.writeFile(
            absolutePath,
            `${source}${separator}${yaml.stringify(entity, { lineWidth: 0 })}`,
            'utf8',
          );
          return true;
        },
      });

      ctx.logger.info(
        changed
          ? `Added ${entityRef} to ${displayPath}`
          : `${displayPath} already has ${entityRef}; left unchanged`,
      );
      ctx.output('changed', changed);
      ctx.output('entityRef', entityRef);
    },
  });
}
