import { createTemplateAction } from '@backstage/plugin-scaffolder-node';
import { createHash } from 'node:crypto';
import { relative } from 'node:path';
import { examples } from './annotate.examples';
import { annotateCatalogFile } from './annotateCatalogFile';
import { resolveCatalogFilePath } from './catalogFile';
import { DEFAULT_ENTITY_KINDS } from './selectEntityDocument';
import { AnnotateRequest, validateAnnotateInput } from './validateInput';

/** The id under which the action is registered. */
export const CATALOG_ANNOTATE_ACTION_ID = 'flexinfra:catalog:annotate';

/**
 * Creates the `flexinfra:catalog:annotate` scaffolder action, which adds the
 * annotations, labels, links and dependencies a FlexInfra check needs to an
 * entity in a catalog descriptor in the workspace, keeping the rest of the
 * file as it was.
 *
 * @public
 */
export function createCatalogAnnotateAction() {
  return createTemplateAction({
    id: CATALOG_ANNOTATE_ACTION_ID,
    description:
      "Adds annotations (also items of comma-separated list annotations), labels, links and spec.dependsOn entries to an entity (and removes annotations it is told to) in a catalog descriptor in the workspace, keeping the file's comments, key order and other documents. Existing values are kept unless overwrite is set; running it twice changes nothing the second time.",
    examples,
    supportsDryRun: true,
    schema: {
      input: {
        filePath: z =>
          z
            .string()
            .optional()
            .describe(
              'Catalog file to edit, relative to the workspace. Defaults to catalog-info.yaml',
            ),
        entityRef: z =>
          z
            .string()
            .optional()
            .describe(
              `Entity to edit when the file holds several, as kind:[namespace/]name. When omitted, the file must hold exactly one entity of kind ${DEFAULT_ENTITY_KINDS.join(
                ', ',
              )}`,
            ),
        annotations: z =>
          z
            .record(z.string())
            .optional()
            .describe(
              'Annotations to add to metadata.annotations, e.g. flexinfra.io/iac-tool: terraform',
            ),
        listAnnotations: z =>
          z
            .record(z.array(z.string()))
            .optional()
            .describe(
              'Items to add to comma-separated list annotations, e.g. flexinfra.io/environments: [preview]; an item the list already holds is not added again',
            ),
        labels: z =>
          z
            .record(z.string())
            .optional()
            .describe('Labels to add to metadata.labels'),
        links: z =>
          z
            .array(
              z.object({
                url: z.string().describe('http or https URL'),
                title: z.string().optional(),
                type: z.string().optional(),
                icon: z.string().optional(),
              }),
            )
            .optional()
            .describe(
              'Links to add to metadata.links; a link whose url is already listed is not added again',
            ),
        dependsOn: z =>
          z
            .array(z.string())
            .optional()
            .describe(
              'Entity refs to add to spec.dependsOn, e.g. resource:default/orders-db',
            ),
        removeAnnotations: z =>
          z
            .array(z.string())
            .optional()
            .describe(
              "Annotation keys to delete from metadata.annotations, e.g. flexinfra:iac:generate's supersededAnnotations: declarations the repository's files now prove, whose old values would contradict them",
            ),
        overwrite: z =>
          z
            .boolean()
            .optional()
            .describe(
              'Replace existing annotation, label and link values that differ from the input. Defaults to false: they are kept and listed in the skipped output',
            ),
      },
      output: {
        changed: z => z.boolean().describe('Whether the file was changed'),
        entityRef: z =>
          z
            .string()
            .describe('The entity that was edited, kind:namespace/name'),
        added: z =>
          z
            .array(z.string())
            .describe(
              "What was added, e.g. 'annotation flexinfra.io/iac-tool', 'link https://…', 'dependsOn resource:default/orders-db'",
            ),
        replaced: z =>
          z
            .array(z.string())
            .describe('Existing values replaced because overwrite was set'),
        removed: z =>
          z
            .array(z.string())
            .describe(
              'Annotations deleted because removeAnnotations named them, e.g. \'annotation flexinfra.io/provisioning (was "ticket")\'',
            ),
        skipped: z =>
          z
            .array(z.string())
            .describe(
              'Existing values that differ from the input and were kept because overwrite was not set',
            ),
      },
    },
    async handler(ctx) {
      const request = validateAnnotateInput(ctx.input);
      const absolutePath = resolveCatalogFilePath(
        ctx.workspacePath,
        request.filePath,
      );
      const displayPath = relative(ctx.workspacePath, absolutePath);

      // The checkpoint covers reading, deciding and writing: when a task is
      // resumed after the write, the outputs recorded then are returned, not
      // those of a second look at the already annotated file.
      const result = await ctx.checkpoint({
        key: checkpointKey(request),
        // In a dry run too the file is written: like Backstage's own
        // actions, this one then edits the temporary copy of the workspace
        // that the dry run works in, so that its preview shows the result.
        fn: () => annotateCatalogFile({ absolutePath, displayPath, request }),
      });

      for (const item of result.added) {
        ctx.logger.info(`added ${item} to ${result.entityRef}`);
      }
      for (const item of result.replaced) {
        ctx.logger.info(`replaced ${item} in ${result.entityRef}`);
      }
      for (const item of result.removed) {
        ctx.logger.info(`removed ${item} from ${result.entityRef}`);
      }
      for (const item of result.skipped) {
        ctx.logger.warn(`Kept existing ${item} in ${result.entityRef}`);
      }
      if (!result.changed) {
        ctx.logger.info(
          `${displayPath} already has everything asked for ${result.entityRef}; left unchanged`,
        );
      } else {
        ctx.logger.info(`Wrote ${displayPath}`);
      }

      ctx.output('changed', result.changed);
      ctx.output('entityRef', result.entityRef);
      ctx.output('added', result.added);
      ctx.output('replaced', result.replaced);
      ctx.output('removed', result.removed);
      ctx.output('skipped', result.skipped);
    },
  });
}

/**
 * A checkpoint key that differs between two invocations of the action in one
 * step (e.g. with `each`) unless they ask for the same thing.
 */
function checkpointKey(request: AnnotateRequest): string {
  const digest = createHash('sha256')
    .update(JSON.stringify(request))
    .digest('hex')
    .slice(0, 16);
  return `flexinfra.catalog.annotate.${digest}`;
}
