import type { Detector, Finding } from '../../types';
import { environmentFromFolder } from './environmentNames';
import { countOf, isObject, textOf, type PlainObject } from './objects';
import { foldersOf, isIgnoredPath } from './paths';
import { fixedRangeReason } from './scaleRange';

/** Where AWS Copilot keeps manifests: `copilot/<name>/manifest.yml`. */
const MANIFEST = /(^|\/)copilot\/(environments\/)?[^/]+\/manifest\.ya?ml$/;

/** Copilot's service and job types; `Environment` manifests name environments. */
const WORKLOAD_TYPES = new Set([
  'Load Balanced Web Service',
  'Backend Service',
  'Worker Service',
  'Request-Driven Web Service',
  'Static Site',
  'Scheduled Job',
]);

/** `count` fields that scale on demand rather than on CPU or memory. */
const DEMAND_FIELDS = ['requests', 'response_time', 'queue_delay'];

/** The bounds of a `count.range`: `"1-10"` or `{min, max}`. */
function rangeOf(count: PlainObject): [number?, number?] | undefined {
  const range = count.range;
  if (typeof range === 'string') {
    const bounds = /^\s*(\d+)\s*-\s*(\d+)\s*$/.exec(range);
    return bounds ? [Number(bounds[1]), Number(bounds[2])] : undefined;
  }
  if (isObject(range)) {
    return [countOf(range.min), countOf(range.max)];
  }
  return undefined;
}

/** What one `count` (the service's, or an environment's override) says. */
function scalingOf(count: unknown): Omit<Finding, 'path'> | undefined {
  if (!isObject(count)) {
    return undefined;
  }
  const range = rangeOf(count);
  if (!range) {
    return undefined;
  }
  const disabled = fixedRangeReason(
    'count.range min',
    range[0],
    'max',
    range[1],
  );
  return {
    fact: 'autoscaling',
    kind: 'copilot',
    label: 'AWS Copilot autoscaling',
    demandDriven: DEMAND_FIELDS.some(field => count[field] !== undefined),
    ...(disabled ? { disabled } : {}),
  };
}

function serviceFindings(path: string, manifest: PlainObject): Finding[] {
  const type = textOf(manifest.type);
  const findings: Finding[] = [
    {
      fact: 'deployment',
      kind: 'copilot',
      label: 'an AWS Copilot service',
      path,
    },
  ];
  const overrides = isObject(manifest.environments)
    ? manifest.environments
    : {};
  const scaling = [
    manifest.count,
    ...Object.values(overrides)
      .filter(isObject)
      .map(override => override.count),
  ]
    .map(scalingOf)
    .filter((finding): finding is Omit<Finding, 'path'> => !!finding);
  const active = scaling.find(finding => !finding.disabled);
  if (active ?? scaling[0]) {
    findings.push({ ...(active ?? scaling[0]), path });
  } else if (type === 'Request-Driven Web Service') {
    findings.push({
      fact: 'autoscaling',
      kind: 'copilot',
      label: 'AWS Copilot autoscaling',
      path,
      demandDriven: true,
      defaultApplies:
        'a Request-Driven Web Service runs on App Runner, which scales on concurrent requests unless told otherwise',
    });
  }
  for (const name of Object.keys(overrides)) {
    const environment = environmentFromFolder(name);
    findings.push({
      fact:
        environment.kind === 'preview' ? 'previewEnvironments' : 'environments',
      kind: 'copilot',
      label: 'AWS Copilot environments',
      path,
      values: [environment.name],
    });
  }
  return findings;
}

/**
 * AWS Copilot (ECS and App Runner) manifests: `copilot/<service>/manifest.yml`
 * with a service or job `type` is deployment; its `count.range` (in the
 * service or an environment's override) is autoscaling, demand-driven when
 * it scales on requests, response time or queue delay; its `environments`
 * keys, and `copilot/environments/<env>/manifest.yml`, name environments.
 */
export const awsCopilotDetector: Detector = {
  id: 'aws-copilot',
  wants: path =>
    MANIFEST.test(path) && !isIgnoredPath(path) ? 'yaml' : undefined,
  detect: ({ files }) => {
    const findings: Finding[] = [];
    for (const file of files) {
      const [manifest] = file.as === 'yaml' ? file.documents : [];
      if (!isObject(manifest)) {
        continue;
      }
      const type = textOf(manifest.type);
      if (type === 'Environment') {
        const environment = environmentFromFolder(
          foldersOf(file.path).at(-1) ?? '',
        );
        findings.push({
          fact:
            environment.kind === 'preview'
              ? 'previewEnvironments'
              : 'environments',
          kind: 'copilot',
          label: 'AWS Copilot environments',
          path: file.path,
          values: [environment.name],
        });
      } else if (type && WORKLOAD_TYPES.has(type)) {
        findings.push(...serviceFindings(file.path, manifest));
      }
    }
    return findings;
  },
};
