import {
  resolveSafeChildPath,
  UrlReaderService,
} from '@backstage/backend-plugin-api';
import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { createTemplateAction } from '@backstage/plugin-scaffolder-node';
import { promises as fs } from 'node:fs';
import { dirname, posix } from 'node:path';
import { parseCatalogDocuments } from '../catalog/catalogYaml';
import { selectEntityDocument } from '../catalog/selectEntityDocument';
import { parseInputRef, readEntityFromCatalog } from '../score/readEntities';
import { examples } from './checkout.examples';
import { guessRepository, locateSourceFile, Repository } from './locateSource';
import { rebuildDescriptor } from './rebuildDescriptor';

/** The id under which the action is registered. */
export const CATALOG_CHECKOUT_ACTION_ID = 'flexinfra:catalog:checkout';

/**
 * What {@link createCatalogCheckoutAction} needs from the backend.
 *
 * @public
 */
export interface CatalogCheckoutActionOptions {
  catalog: CatalogService;
  urlReader: UrlReaderService;
}

/** What the checkout found; recorded by the checkpoint. */
type Checkout = {
  entityRef: string;
  entity: Entity;
  content: string;
  catalogInfoPath: string;
  repository?: Repository;
  fromCatalog: boolean;
};

/** The checkout as JSON text, which the checkpoint can record. */
function toJson(checkout: Checkout): string {
  return JSON.stringify(checkout);
}

/**
 * Creates the `flexinfra:catalog:checkout` scaffolder action: it reads an
 * existing entity from the catalog, finds the repository and path of the
 * catalog-info.yaml it was registered from, and fetches that file into the
 * workspace at the same path, so that later steps edit it and a pull request
 * (publish:github:pull-request) proposes the change to the right file.
 *
 * @public
 */
export function createCatalogCheckoutAction(
  options: CatalogCheckoutActionOptions,
) {
  return createTemplateAction({
    id: CATALOG_CHECKOUT_ACTION_ID,
    description:
      "Fetches the catalog-info.yaml an existing entity was registered from into the workspace, at its path in the repository, and outputs the repository (repoUrl for the publish actions, branch, tree URL) and the entity. In a dry run, an entity registered from a local file is written from the catalog's copy instead.",
    examples,
    supportsDryRun: true,
    schema: {
      input: {
        entityRef: z =>
          z
            .string()
            .describe(
              'The entity, as kind:[namespace/]name, e.g. component:default/orders',
            ),
      },
      output: {
        entityRef: z => z.string().describe('The entity, kind:namespace/name'),
        entity: z =>
          z.record(z.unknown()).describe("The catalog's copy of the entity"),
        catalogInfoPath: z =>
          z
            .string()
            .describe(
              'Path of the catalog file in the workspace and in the repository',
            ),
        directory: z =>
          z
            .string()
            .describe('Directory of the catalog file, "." for the root'),
        repoUrl: z =>
          z
            .string()
            .describe(
              'The repository for publish:github:pull-request, host?owner=…&repo=…',
            ),
        branch: z => z.string().describe('The branch the file was read from'),
        repositoryUrl: z => z.string().describe('Web URL of the repository'),
        sourceLocation: z =>
          z
            .string()
            .describe(
              'Web URL of the root of the branch, for flexinfra:iac:generate',
            ),
        fromCatalog: z =>
          z
            .boolean()
            .describe(
              "Whether the file was written from the catalog's copy (dry runs only)",
            ),
      },
    },
    async handler(ctx) {
      const ref = parseInputRef(ctx.input.entityRef ?? '', 'entityRef');
      const recorded = await ctx.checkpoint({
        key: `flexinfra.catalog.checkout.${stringifyEntityRef(ref)}`,
        fn: async (): Promise<string> => {
          const credentials = await ctx.getInitiatorCredentials();
          const entity = await readEntityFromCatalog({
            entityRef: ref,
            catalog: options.catalog,
            credentials,
          });
          const entityRef = stringifyEntityRef(entity);
          const source = locateSourceFile(entity);
          if ('problem' in source) {
            if (!ctx.isDryRun) {
              throw new Error(
                `Cannot check out ${entityRef}: ${source.problem}. Templates that change an existing entity need it registered from a repository URL.`,
              );
            }
            ctx.logger.warn(
              `${entityRef}: ${source.problem}. As this is a dry run, catalog-info.yaml is written from the catalog's copy of the entity; a real run fails here.`,
            );
            return toJson({
              entityRef,
              entity,
              content: rebuildDescriptor(entity),
              catalogInfoPath: 'catalog-info.yaml',
              repository: guessRepository(entity),
              fromCatalog: true,
            });
          }
          const response = await options.urlReader.readUrl(source.fileUrl);
          const content = (await response.buffer()).toString('utf8');
          selectEntityDocument(
            parseCatalogDocuments(content, source.fileUrl),
            ref,
            source.fileUrl,
          );
          return toJson({
            entityRef,
            entity,
            content,
            catalogInfoPath: source.filePath,
            repository: source.repository,
            fromCatalog: false,
          });
        },
      });
      const checkout = JSON.parse(recorded) as Checkout;

      const target = resolveSafeChildPath(
        ctx.workspacePath,
        checkout.catalogInfoPath,
      );
      await fs.mkdir(dirname(target), { recursive: true });
      await fs.writeFile(target, checkout.content, 'utf8');
      ctx.logger.info(
        `Wrote ${checkout.catalogInfoPath} of ${checkout.entityRef}${
          checkout.repository
            ? ` from ${checkout.repository.repositoryUrl} (${checkout.repository.branch})`
            : ''
        }`,
      );

      const repository = checkout.repository;
      ctx.output('entityRef', checkout.entityRef);
      ctx.output(
        'entity',
        checkout.entity as unknown as Record<string, unknown>,
      );
      ctx.output('catalogInfoPath', checkout.catalogInfoPath);
      ctx.output('directory', posix.dirname(checkout.catalogInfoPath));
      ctx.output('repoUrl', repository?.repoUrl ?? '');
      ctx.output('branch', repository?.branch ?? 'main');
      ctx.output('repositoryUrl', repository?.repositoryUrl ?? '');
      ctx.output('sourceLocation', repository?.treeUrl ?? '');
      ctx.output('fromCatalog', checkout.fromCatalog);
    },
  });
}
