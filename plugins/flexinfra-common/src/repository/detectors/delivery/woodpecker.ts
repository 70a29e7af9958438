import type { Detector } from '../../types';
import { ciFindings, type Pipeline } from './shared/ciFindings';
import { containerStepDeploys } from './shared/containerSteps';
import { environmentFindings } from './shared/environmentFindings';
import {
  asList,
  firstDocument,
  isRecord,
  recordsIn,
  stringsIn,
  type Dict,
} from './shared/records';

/** `.woodpecker.yml`, or any YAML file in `.woodpecker/`. */
const PIPELINE = /(^|\/)(\.woodpecker\.ya?ml|\.woodpecker\/[^/]+\.ya?ml)$/;

/** Steps as a list, or as a mapping of name to step (`steps:`, old `pipeline:`). */
function stepsOf(workflow: Dict): Dict[] {
  const steps = workflow.steps ?? workflow.pipeline;
  return isRecord(steps)
    ? Object.values(steps).filter(isRecord)
    : recordsIn(steps);
}

/** The `when:` conditions of a step or workflow (one or a list). */
function conditionsOf(owner: Dict): Dict[] {
  return asList(owner.when).filter(isRecord);
}

/**
 * Woodpecker CI workflows (`.woodpecker.yml`, `.woodpecker/*.yml`). A
 * workflow deploys when it runs on the `deployment` event (with
 * `environment:` naming where), a step uses a deploy plugin image, or a
 * step's commands deploy; those environments are its environments.
 */
export const woodpeckerDetector: Detector = {
  id: 'woodpecker',
  wants: path => (PIPELINE.test(path) ? 'yaml' : undefined),
  detect({ files }) {
    const pipelines: Pipeline[] = [];
    const environments: { path: string; names: string[] }[] = [];
    for (const file of files) {
      const workflow = firstDocument(file);
      const steps = workflow ? stepsOf(workflow) : [];
      if (!workflow || steps.length === 0) {
        continue;
      }
      const conditions = [workflow, ...steps].flatMap(conditionsOf);
      const onDeployment = conditions.some(condition =>
        stringsIn(condition.event).includes('deployment'),
      );
      pipelines.push({
        path: file.path,
        deploys: onDeployment || steps.some(containerStepDeploys),
      });
      environments.push({
        path: file.path,
        names: conditions.flatMap(condition =>
          stringsIn(condition.environment),
        ),
      });
    }
    return [
      ...ciFindings(pipelines, 'woodpecker', 'Woodpecker CI workflow'),
      ...environmentFindings(
        environments,
        'woodpecker-environments',
        'Woodpecker deployment environments',
      ),
    ];
  },
};
