import { createTemplateAction } from '@backstage/plugin-scaffolder-node';
import { createHash } from 'node:crypto';
import { examples } from './generate.examples';
import { buildModule } from './profiles';
import {
  DATABASE_ENGINES,
  ENVIRONMENTS,
  PROFILES,
  REGIONS,
  SCALERS,
  SIZES,
} from './profiles/types';
import { validateGenerateInput } from './validateInput';
import { writeGeneratedFiles } from './writeFiles';

/** The id under which the action is registered. */
export const IAC_GENERATE_ACTION_ID = 'flexinfra:iac:generate';

/**
 * Creates the `flexinfra:iac:generate` scaffolder action, which writes a
 * Terraform module for a profile (a containerised service, a managed
 * database, a queue, a preview environment, or autoscaling and monitoring
 * for an existing service) and its CI workflow into the workspace. FlexInfra
 * reads the files themselves once they are merged, so the action returns
 * only the annotations and links no file proves (e.g.
 * `backstage.io/kubernetes-id`, the dashboard), and the `flexinfra.io/*`
 * annotations the files now answer, for the entity to drop.
 *
 * @public
 */
export function createIacGenerateAction() {
  return createTemplateAction({
    id: IAC_GENERATE_ACTION_ID,
    description:
      'Writes a Terraform module for an infrastructure profile (container-service, managed-database, queue, preview-environment, autoscaling-observability) into the workspace: owner and cost-center tags on every resource, autoscaling where it applies, CloudWatch alarms and a dashboard, variables and outputs, and a GitHub Actions workflow that plans on pull requests and applies on merge to main. Outputs the files; the annotations and links no file proves; and the flexinfra.io annotations the files now prove, which the entity should no longer declare.',
    examples,
    supportsDryRun: true,
    schema: {
      input: {
        profile: z =>
          z.enum(PROFILES).describe('What to provision; see the README'),
        name: z =>
          z
            .string()
            .describe(
              'Name of the resources, a lowercase DNS label (e.g. orders)',
            ),
        owner: z =>
          z
            .string()
            .describe(
              'Owning team, e.g. group:default/payments; tagged as "owner"',
            ),
        costCenter: z =>
          z
            .string()
            .describe('Cost centre, e.g. CC-2100; tagged as "cost-center"'),
        targetDir: z =>
          z
            .string()
            .optional()
            .describe(
              'Directory of the module, relative to the workspace. Defaults to infra/<name>',
            ),
        region: z =>
          z
            .enum(REGIONS)
            .optional()
            .describe('AWS region; eu-west-1 by default'),
        environment: z =>
          z
            .enum(ENVIRONMENTS)
            .optional()
            .describe('Environment of the resources; production by default'),
        size: z =>
          z
            .enum(SIZES)
            .optional()
            .describe(
              'small (default), medium or large: pod resources, instance class, quotas or alarm thresholds',
            ),
        alertEmail: z =>
          z
            .string()
            .optional()
            .describe('E-mail address subscribed to the alerts topic'),
        cluster: z =>
          z
            .string()
            .optional()
            .describe(
              'Shared EKS cluster (container-service, preview-environment, autoscaling-observability)',
            ),
        namespace: z =>
          z
            .string()
            .optional()
            .describe('Kubernetes namespace; defaults to the name'),
        image: z =>
          z
            .string()
            .optional()
            .describe(
              'Container image (container-service, preview-environment)',
            ),
        port: z =>
          z.number().optional().describe('Container port; 8080 by default'),
        healthCheckPath: z =>
          z
            .string()
            .optional()
            .describe('Path of the HTTP probes; /healthz by default'),
        minReplicas: z =>
          z.number().optional().describe('Fewest pods (1-50); 2 by default'),
        maxReplicas: z =>
          z.number().optional().describe('Most pods (1-100); 10 by default'),
        targetCpuUtilization: z =>
          z
            .number()
            .optional()
            .describe('CPU % the autoscaler aims at (10-95); 70 by default'),
        scaler: z =>
          z
            .enum(SCALERS)
            .optional()
            .describe(
              'hpa (CPU, default) or keda (backlog of queueName, then CPU)',
            ),
        queueName: z =>
          z
            .string()
            .optional()
            .describe('SQS queue whose backlog KEDA scales on (scaler keda)'),
        engine: z =>
          z
            .enum(DATABASE_ENGINES)
            .optional()
            .describe('managed-database engine; postgres by default'),
        multiAz: z =>
          z
            .boolean()
            .optional()
            .describe(
              'managed-database standby in a second zone; true by default',
            ),
        backupRetentionDays: z =>
          z
            .number()
            .optional()
            .describe('managed-database backup retention (1-35); 7 by default'),
        maxReceiveCount: z =>
          z
            .number()
            .optional()
            .describe('queue receives before dead-lettering; 5 by default'),
        visibilityTimeoutSeconds: z =>
          z
            .number()
            .optional()
            .describe('queue visibility timeout; 30 by default'),
        ttlHours: z =>
          z
            .number()
            .optional()
            .describe(
              'preview-environment lifetime in hours (1-336); 72 by default',
            ),
        overwrite: z =>
          z
            .boolean()
            .optional()
            .describe(
              'Replace existing files that this action did not generate. Defaults to false',
            ),
      },
      output: {
        files: z =>
          z
            .array(z.string())
            .describe('Every file of the module, relative to the workspace'),
        created: z => z.array(z.string()).describe('Files that were new'),
        updated: z =>
          z.array(z.string()).describe('Files whose content changed'),
        unchanged: z =>
          z
            .array(z.string())
            .describe('Files that already had the generated content'),
        directory: z => z.string().describe('The module directory'),
        annotations: z =>
          z
            .record(z.string())
            .describe(
              'Annotations for the catalog entity that no generated file proves (e.g. backstage.io/kubernetes-id), for flexinfra:catalog:annotate',
            ),
        listAnnotations: z =>
          z
            .record(z.array(z.string()))
            .describe(
              'Items for comma-separated list annotations (flexinfra.io/environments) that no generated file proves, for flexinfra:catalog:annotate',
            ),
        supersededAnnotations: z =>
          z
            .array(z.string())
            .describe(
              "flexinfra.io annotations the generated files now prove to FlexInfra's repository analyzer (provisioning, iac-tool, cost-center, autoscaling, …): for flexinfra:catalog:annotate's removeAnnotations, so that the entity does not contradict its repository",
            ),
        links: z =>
          z
            .array(
              z.object({
                url: z.string(),
                title: z.string(),
                type: z.string(),
                icon: z.string().optional(),
              }),
            )
            .describe('Links for the catalog entity (the dashboard)'),
      },
    },
    async handler(ctx) {
      const spec = validateGenerateInput(ctx.input);
      const overwrite = ctx.input.overwrite ?? false;
      const module = buildModule(spec);

      const report = await ctx.checkpoint({
        key: `flexinfra.iac.generate.${createHash('sha256')
          .update(JSON.stringify({ spec, overwrite }))
          .digest('hex')
          .slice(0, 16)}`,
        // As with Backstage's own fetch actions, a dry run writes too: it
        // works in a temporary copy of the workspace, shown as its preview.
        fn: async () => ({
          ...(await writeGeneratedFiles(
            ctx.workspacePath,
            module.files,
            overwrite,
          )),
        }),
      });

      ctx.logger.info(
        `Terraform module ${spec.profile} for ${spec.name} in ${spec.targetDir}: ${report.created.length} created, ${report.updated.length} updated, ${report.unchanged.length} unchanged`,
      );
      ctx.output('files', report.files);
      ctx.output('created', report.created);
      ctx.output('updated', report.updated);
      ctx.output('unchanged', report.unchanged);
      ctx.output('directory', spec.targetDir);
      ctx.output('annotations', module.annotations);
      ctx.output('listAnnotations', module.listAnnotations);
      ctx.output('supersededAnnotations', module.superseded);
      ctx.output(
        'links',
        module.links.map(link => ({ ...link })),
      );
    },
  });
}
