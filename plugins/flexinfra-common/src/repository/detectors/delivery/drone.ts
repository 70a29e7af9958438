import type { Detector } from '../../types';
import { ciFindings, type Pipeline } from './shared/ciFindings';
import { containerStepDeploys } from './shared/containerSteps';
import { environmentFindings } from './shared/environmentFindings';
import {
  documentsOf,
  isRecord,
  recordsIn,
  stringsIn,
  type Dict,
} from './shared/records';
import { baseName } from './shared/yamlPaths';

/** The `event` and `target` of a `trigger:` or a step's `when:`. */
function conditionOf(condition: unknown): {
  events: string[];
  targets: string[];
} {
  if (!isRecord(condition)) {
    return { events: [], targets: [] };
  }
  const pick = (value: unknown) =>
    isRecord(value) ? stringsIn(value.include) : stringsIn(value);
  return { events: pick(condition.event), targets: pick(condition.target) };
}

/**
 * Drone pipelines (`.drone.yml` documents with `kind: pipeline`). A
 * pipeline deploys when it runs on promotions (`event: promote`, with
 * `target:` naming the environment), a step uses a deploy plugin image, or
 * a step's commands deploy; promotion targets are its environments.
 */
export const droneDetector: Detector = {
  id: 'drone',
  wants: path => (/^\.drone\.ya?ml$/.test(baseName(path)) ? 'yaml' : undefined),
  detect({ files }) {
    const pipelines: Pipeline[] = [];
    const environments: { path: string; names: string[] }[] = [];
    for (const file of files) {
      const documents = documentsOf(file).filter(
        document => document.kind === 'pipeline',
      );
      if (documents.length === 0) {
        continue;
      }
      const steps: Dict[] = documents.flatMap(document =>
        recordsIn(document.steps),
      );
      const conditions = [
        ...documents.map(document => conditionOf(document.trigger)),
        ...steps.map(step => conditionOf(step.when)),
      ];
      const promotes = conditions.some(condition =>
        condition.events.some(
          event => event === 'promote' || event === 'rollback',
        ),
      );
      pipelines.push({
        path: file.path,
        deploys: promotes || steps.some(containerStepDeploys),
      });
      environments.push({
        path: file.path,
        names: conditions.flatMap(condition => condition.targets),
      });
    }
    return [
      ...ciFindings(pipelines, 'drone', 'Drone pipeline'),
      ...environmentFindings(
        environments,
        'drone-targets',
        'Drone promotion targets',
      ),
    ];
  },
};
