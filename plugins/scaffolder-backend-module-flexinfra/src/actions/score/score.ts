import { CompoundEntityRef, Entity } from '@backstage/catalog-model';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { createTemplateAction } from '@backstage/plugin-scaffolder-node';
import { loadScoringModel } from './loadModel';
import {
  findDependencies,
  parseInputRef,
  readEntityFromCatalog,
  readEntityFromFile,
} from './readEntities';
import { readWorkspaceRepository } from './readWorkspaceRepository';
import { examples } from './score.examples';
import {
  minStageProblem,
  requiredChecksProblem,
  scoreEntity,
  summarize,
  unknownChecks,
} from './scoreEntity';

/** The id under which the action is registered. */
export const SCORE_ACTION_ID = 'flexinfra:score';

/**
 * What the action needs from the backend.
 *
 * @public
 */
export interface ScoreActionOptions {
  /** Reads entities and dependencies with the task's credentials. */
  catalog: CatalogService;
  /** Root config; its `flexinfra.model` overrides apply as in the backend. */
  config?: { getOptional(key: string): unknown };
  /** The time waivers are judged against; now by default. */
  now?: () => Date;
}

function validateInput(input: {
  catalogInfoPath?: string;
  entityRef?: string;
  minStage?: number;
  requireChecks?: string[];
}) {
  const problems: string[] = [];
  const catalogInfoPath = input.catalogInfoPath || undefined;
  const entityRef = input.entityRef || undefined;
  if (!catalogInfoPath && !entityRef) {
    problems.push(
      'give catalogInfoPath (a catalog file in the workspace) or entityRef (an entity of the catalog)',
    );
  }
  const { minStage } = input;
  if (
    minStage !== undefined &&
    (!Number.isInteger(minStage) || minStage < 1 || minStage > 5)
  ) {
    problems.push(
      `minStage ${JSON.stringify(minStage)} must be a stage from 1 to 5`,
    );
  }
  let ref: CompoundEntityRef | undefined;
  try {
    ref = entityRef ? parseInputRef(entityRef, 'entityRef') : undefined;
  } catch (error) {
    problems.push((error as Error).message);
  }
  if (problems.length > 0) {
    throw new Error(`Invalid input to flexinfra:score: ${problems.join('; ')}`);
  }
  return {
    catalogInfoPath,
    ref,
    minStage,
    requireChecks: input.requireChecks ?? [],
  };
}

/**
 * Creates the `flexinfra:score` scaffolder action, which scores an entity
 * with FlexInfra's model, as the FlexInfra backend does, and can fail the
 * step when it is below a stage or fails a check (a policy gate).
 *
 * @public
 */
export function createScoreAction(options: ScoreActionOptions) {
  const model = loadScoringModel(options.config);
  const now = options.now ?? (() => new Date());
  return createTemplateAction({
    id: SCORE_ACTION_ID,
    description:
      "Scores an entity with FlexInfra's maturity model: a catalog-info.yaml in the workspace (catalogInfoPath), with the workspace's files read as its repository (Terraform, charts, workflows, alert rules count as evidence), or an entity of the catalog (entityRef). Outputs the stage, score, DORA score and failing checks. With minStage (or requireChecks) it fails the step, naming the missing checks, when the entity falls short: a policy gate for templates. Read-only; runs in dry runs.",
    examples,
    supportsDryRun: true,
    schema: {
      input: {
        catalogInfoPath: z =>
          z
            .string()
            .optional()
            .describe(
              'Catalog file in the workspace to score, e.g. catalog-info.yaml. Its other entities are used to look up dependencies, and the workspace is read as its repository',
            ),
        entityRef: z =>
          z
            .string()
            .optional()
            .describe(
              'Entity to score, as kind:[namespace/]name: picks it from catalogInfoPath when the file holds several, or reads it from the catalog when no catalogInfoPath is given',
            ),
        minStage: z =>
          z
            .number()
            .optional()
            .describe(
              'Fail the step when the entity is below this stage (1-5), naming the checks it misses',
            ),
        requireChecks: z =>
          z
            .array(z.string())
            .optional()
            .describe(
              'Fail the step when one of these checks (ids, e.g. iac-managed) does not pass',
            ),
      },
      output: {
        entityRef: z => z.string().describe('The entity scored'),
        stage: z => z.number().describe('Stage reached, 1-5'),
        stageName: z =>
          z.string().describe('Name of the stage, e.g. Elastic & Programmable'),
        score: z => z.number().describe('Score, 0-100'),
        doraScore: z => z.number().describe('Score on the DORA 1-4 scale'),
        failingChecks: z =>
          z
            .array(
              z.object({
                id: z.string(),
                title: z.string(),
                stage: z.number().nullable(),
                message: z.string(),
              }),
            )
            .describe('Checks that fail'),
        passingChecks: z =>
          z.array(z.string()).describe('Ids of the checks that pass'),
        nextStage: z =>
          z
            .object({
              number: z.number(),
              name: z.string(),
              missing: z.array(z.string()),
            })
            .nullable()
            .describe('The next stage and the checks missing for it'),
      },
    },
    async handler(ctx) {
      const input = validateInput(ctx.input);
      const unknown = unknownChecks(model, input.requireChecks);
      if (unknown.length > 0) {
        throw new Error(
          `Invalid input to flexinfra:score: requireChecks names ${unknown
            .map(id => JSON.stringify(id))
            .join(', ')}, not a check of the model`,
        );
      }
      const credentials = await ctx.getInitiatorCredentials();

      let entity: Entity;
      let known: Entity[] = [];
      let source: string;
      let repository: Record<string, unknown> | undefined;
      if (input.catalogInfoPath) {
        const read = await readEntityFromFile({
          workspacePath: ctx.workspacePath,
          catalogInfoPath: input.catalogInfoPath,
          entityRef: input.ref,
        });
        ({ entity, source } = read);
        known = read.fileEntities;
        const facts = await readWorkspaceRepository(ctx.workspacePath);
        for (const problem of facts.problems) {
          ctx.logger.warn(
            `Workspace file ${problem.path} ${problem.message}; scoring goes on without it`,
          );
        }
        repository = facts;
      } else {
        entity = await readEntityFromCatalog({
          entityRef: input.ref!,
          catalog: options.catalog,
          credentials,
        });
        source = 'the catalog';
      }
      let related: Entity[] = [];
      try {
        related = await findDependencies({
          entity,
          known,
          catalog: options.catalog,
          credentials,
        });
      } catch (error) {
        ctx.logger.warn(
          `Could not read the entities it depends on from the catalog (${
            (error as Error).message
          }); checks about dependencies see only ${source}`,
        );
        related = known;
      }

      const scored = scoreEntity(model, entity, related, now(), repository);
      const summary = summarize(model, scored);
      ctx.logger.info(
        `${summary.entityRef} (from ${source}) is at stage ${summary.stage} (${summary.stageName}), score ${summary.score}/100, DORA ${summary.doraScore}`,
      );
      for (const check of summary.failingChecks) {
        ctx.logger.info(
          `Failing: ${check.id} (${check.title}${
            check.stage ? `, stage ${check.stage}` : ''
          }): ${check.message}`,
        );
      }
      for (const [name, value] of Object.entries(summary)) {
        ctx.output(name as keyof typeof summary, value as never);
      }

      const problems = [
        input.minStage !== undefined
          ? minStageProblem(model, scored, input.minStage)
          : undefined,
        requiredChecksProblem(model, scored, input.requireChecks),
      ].filter((problem): problem is string => problem !== undefined);
      if (problems.length > 0) {
        throw new Error(problems.join(' '));
      }
    },
  });
}
