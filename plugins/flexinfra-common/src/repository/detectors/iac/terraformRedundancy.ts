import type { Detector, Finding } from '../../types';
import { oncePerFile } from '../shared/findings';
import type { Evidence } from './resourceRules';
import {
  blocksOf,
  isBody,
  literalBoolean,
  literalNumber,
  literalString,
  oneLabelBlocks,
  resourcesOf,
  terraformFilesIn,
  wantsTerraformConfiguration,
  type Body,
} from './terraformFiles';

const MULTI_AZ: Evidence = {
  fact: 'redundancy',
  kind: 'multi-az',
  label: 'a Multi-AZ deployment',
};

const ZONE_REDUNDANT: Evidence = {
  fact: 'redundancy',
  kind: 'zone-redundant',
  label: 'a zone-redundant setting',
};

const SEVERAL_ZONES: Evidence = {
  fact: 'redundancy',
  kind: 'several-zones',
  label: 'several availability zones',
};

/** What one argument's value says about redundancy. */
type ArgumentRule = (value: unknown, argument: string) => Evidence[];

/** A switch: in effect when true, seen and not counted when false. */
function switchFor(evidence: Evidence): ArgumentRule {
  return (value, argument) => {
    const on = literalBoolean(value);
    if (on === undefined) {
      return [];
    }
    return [
      { ...evidence, ...(on ? {} : { disabled: `${argument} is false` }) },
    ];
  };
}

/** A list of the zones a resource runs in: two or more count. */
const zoneList: ArgumentRule = value =>
  Array.isArray(value) && value.length >= 2 ? [SEVERAL_ZONES] : [];

/** Arguments that say something about redundancy, by name. */
const ARGUMENT_RULES: Readonly<Record<string, ArgumentRule>> = {
  multi_az: switchFor(MULTI_AZ),
  multi_az_enabled: switchFor(MULTI_AZ),
  zone_redundant: switchFor(ZONE_REDUNDANT),
  zone_redundancy_enabled: switchFor(ZONE_REDUNDANT),
  zone_balance: switchFor(ZONE_REDUNDANT),
  availability_zones: zoneList,
  zones: zoneList,
  azs: zoneList,
  node_locations: zoneList,
  // Cloud SQL: REGIONAL keeps a standby in another zone.
  availability_type: value => {
    const type = literalString(value);
    if (type !== 'REGIONAL' && type !== 'ZONAL') {
      return [];
    }
    return [
      {
        fact: 'redundancy',
        kind: 'regional-instance',
        label: 'a regional (high-availability) instance',
        ...(type === 'ZONAL' ? { disabled: 'availability_type is ZONAL' } : {}),
      },
    ];
  },
  // Azure flexible servers: high_availability { mode = "ZoneRedundant" }.
  high_availability: value =>
    literalString(blocksOf(value)[0]?.mode) === 'ZoneRedundant'
      ? [ZONE_REDUNDANT]
      : [],
};

/** What one argument of a body says about redundancy. */
function argumentEvidence(argument: string, value: unknown): Evidence[] {
  return Object.prototype.hasOwnProperty.call(ARGUMENT_RULES, argument)
    ? ARGUMENT_RULES[argument](value, argument)
    : [];
}

/** Every redundancy argument of a body, at any depth (nested blocks too). */
function redundancyIn(body: Body): Evidence[] {
  const found: Evidence[] = [];
  const stack: unknown[] = [body];
  while (stack.length > 0) {
    const current = stack.pop();
    if (Array.isArray(current)) {
      stack.push(...current);
    } else if (isBody(current)) {
      for (const [argument, value] of Object.entries(current)) {
        found.push(...argumentEvidence(argument, value));
        stack.push(value);
      }
    }
  }
  return found;
}

/** An Auto Scaling group that keeps at least two instances. */
function minimumInstances(body: Body): Evidence[] {
  const min = literalNumber(body.min_size);
  return min !== undefined && min >= 2
    ? [
        {
          fact: 'redundancy',
          kind: 'instance-minimum',
          label: `an Auto Scaling group of at least ${min} instances`,
        },
      ]
    : [];
}

/**
 * Redundancy in Terraform resources and module inputs: Multi-AZ databases
 * and caches, two or more availability zones, Auto Scaling groups of at
 * least two instances, regional (high-availability) Cloud SQL instances
 * and zone-redundant Azure settings. A switch set to false (`multi_az =
 * false`, `availability_type = "ZONAL"`) is seen and does not count.
 */
export const terraformRedundancyDetector: Detector = {
  id: 'terraform-redundancy',
  wants: wantsTerraformConfiguration,
  detect({ files }) {
    return oncePerFile(
      terraformFilesIn(files).flatMap(file => {
        const bodies = [
          ...resourcesOf(file).map(resource => resource.body),
          ...oneLabelBlocks(file.body, 'module').map(module => module.body),
        ];
        const groups = resourcesOf(file)
          .filter(resource => resource.type === 'aws_autoscaling_group')
          .flatMap(resource => minimumInstances(resource.body));
        return [...bodies.flatMap(redundancyIn), ...groups].map(
          (evidence): Finding => ({ ...evidence, path: file.path }),
        );
      }),
    );
  },
};
