import type { Detector, Finding } from '../../types';
import { countOf, isObject, textOf, type PlainObject } from './objects';
import { baseName, isIgnoredPath } from './paths';
import { fixedRangeReason } from './scaleRange';

function isFlexible(app: PlainObject): boolean {
  return app.env === 'flex' || app.env === 'flexible';
}

/**
 * How an App Engine app scales. The standard environment scales
 * automatically on request load unless told otherwise; the flexible
 * environment scales automatically on CPU, between 2 and 20 instances by
 * default. `manual_scaling` fixes the instance count; `basic_scaling`
 * starts instances on requests and stops them when idle.
 */
function scalingOf(path: string, app: PlainObject): Finding {
  const flexible = isFlexible(app);
  const base = {
    fact: 'autoscaling' as const,
    kind: 'app-engine',
    label: 'App Engine autoscaling',
    path,
    demandDriven: !flexible,
  };
  if (app.manual_scaling !== undefined) {
    const instances = countOf(
      isObject(app.manual_scaling) ? app.manual_scaling.instances : undefined,
    );
    return {
      ...base,
      disabled: `manual_scaling fixes the instances${
        instances !== undefined ? ` at ${instances}` : ''
      }`,
    };
  }
  if (app.basic_scaling !== undefined) {
    return { ...base, demandDriven: true };
  }
  if (isObject(app.automatic_scaling)) {
    const scaling = app.automatic_scaling;
    const disabled = flexible
      ? fixedRangeReason(
          'min_num_instances',
          countOf(scaling.min_num_instances) ?? 2,
          'max_num_instances',
          countOf(scaling.max_num_instances),
        )
      : fixedRangeReason(
          'min_instances',
          countOf(scaling.min_instances) ?? 0,
          'max_instances',
          countOf(scaling.max_instances),
        );
    return { ...base, ...(disabled ? { disabled } : {}) };
  }
  return {
    ...base,
    defaultApplies: flexible
      ? 'App Engine flexible scales between 2 and 20 instances on CPU unless told otherwise'
      : 'App Engine standard scales automatically on request load unless told otherwise',
  };
}

/**
 * Google App Engine apps: an `app.yaml` with a `runtime`. Deployment on
 * App Engine, and how it scales (see scalingOf).
 */
export const appEngineDetector: Detector = {
  id: 'app-engine',
  wants: path =>
    /^app\.ya?ml$/.test(baseName(path)) && !isIgnoredPath(path)
      ? 'yaml'
      : undefined,
  detect: ({ files }) => {
    const findings: Finding[] = [];
    for (const file of files) {
      if (file.as !== 'yaml') {
        continue;
      }
      const [app] = file.documents;
      if (!isObject(app) || !textOf(app.runtime) || app.kind !== undefined) {
        continue;
      }
      findings.push({
        fact: 'deployment',
        kind: 'app-engine',
        label: 'an App Engine app',
        path: file.path,
      });
      findings.push(scalingOf(file.path, app));
    }
    return findings;
  },
};
