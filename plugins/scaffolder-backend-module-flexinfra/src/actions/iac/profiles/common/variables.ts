import {
  attr,
  attrs,
  block,
  HclNode,
  HclObject,
  quote,
  ref,
  renderHcl,
} from '../../hcl/hcl';
import { ENVIRONMENTS, ModuleSpec, REGIONS, VariableSpec } from '../types';

const DNS_LABEL_CONDITION = (variable: string) =>
  `can(regex("^[a-z]([-a-z0-9]{0,61}[a-z0-9])?$", var.${variable}))`;

/** The variables every module has: what it is called, where, and who pays. */
export function commonVariables(spec: ModuleSpec): VariableSpec[] {
  return [
    {
      name: 'name',
      type: 'string',
      description:
        'Name of the resources; a lowercase DNS label, unique in the account and region.',
      value: spec.name,
      validations: [
        {
          condition: DNS_LABEL_CONDITION('name'),
          message:
            'name must be a lowercase DNS label of at most 63 characters.',
        },
      ],
    },
    {
      name: 'region',
      type: 'string',
      description: 'AWS region of the resources.',
      value: spec.region,
      validations: [
        {
          condition: `contains(${listLiteral(REGIONS)}, var.region)`,
          message: `region must be one of ${REGIONS.join(', ')}.`,
        },
      ],
    },
    {
      name: 'environment',
      type: 'string',
      description: 'The environment the resources belong to.',
      value:
        spec.profile === 'preview-environment' ? 'preview' : spec.environment,
      validations: [
        {
          condition: `contains(${listLiteral([
            ...ENVIRONMENTS,
            'preview',
          ])}, var.environment)`,
          message: `environment must be one of ${[
            ...ENVIRONMENTS,
            'preview',
          ].join(', ')}.`,
        },
      ],
    },
    {
      name: 'owner',
      type: 'string',
      description:
        'The team that owns the resources, as in the catalog (tag "owner").',
      value: spec.owner,
    },
    {
      name: 'cost_center',
      type: 'string',
      description:
        'The cost centre that pays for the resources (tag "cost-center").',
      value: spec.costCenter,
      validations: [
        {
          condition: `can(regex("^[A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?$", var.cost_center))`,
          message:
            'cost_center must be 1-63 letters, digits, "-", "_" or ".", starting and ending with a letter or digit.',
        },
      ],
    },
    {
      name: 'alert_email',
      type: 'string',
      description:
        'E-mail address subscribed to the alerts topic; empty for none (subscribe a pager instead).',
      value: spec.alertEmail ?? '',
    },
  ];
}

/** The variables of modules that run on the shared EKS cluster. */
export function kubernetesVariables(spec: ModuleSpec): VariableSpec[] {
  return [
    {
      name: 'cluster_name',
      type: 'string',
      description: 'Name of the shared EKS cluster the workload runs on.',
      value: spec.cluster,
    },
    {
      name: 'namespace',
      type: 'string',
      description: 'Kubernetes namespace of the workload.',
      value: spec.namespace,
      validations: [
        {
          condition: DNS_LABEL_CONDITION('namespace'),
          message: 'namespace must be a lowercase DNS label.',
        },
      ],
    },
    {
      name: 'owner_label',
      type: 'string',
      description:
        'The owner as a Kubernetes label value (label "owner"): the name part of the owner reference.',
      value: spec.ownerLabel,
    },
  ];
}

function listLiteral(values: readonly string[]): string {
  return `[${values.map(quote).join(', ')}]`;
}

function renderVariable(variable: VariableSpec): HclNode {
  const body: HclNode[] = attrs({
    description: variable.description,
    type: ref(variable.type),
    default: variable.default,
    sensitive: variable.sensitive,
  });
  for (const validation of variable.validations ?? []) {
    body.push(
      block(
        'validation',
        [],
        [
          attr('condition', ref(validation.condition)),
          attr('error_message', validation.message),
        ],
      ),
    );
  }
  return block('variable', [variable.name], body);
}

export function renderVariablesFile(
  variables: VariableSpec[],
  header: string,
): string {
  return renderHcl(variables.map(renderVariable), header);
}

/** terraform.tfvars: the values the module was generated for. */
export function renderTfvarsFile(
  variables: VariableSpec[],
  header: string,
): string {
  const values: HclObject = {};
  for (const variable of variables) {
    if (variable.value !== undefined) {
      values[variable.name] = variable.value;
    }
  }
  return renderHcl(attrs(values), header);
}
