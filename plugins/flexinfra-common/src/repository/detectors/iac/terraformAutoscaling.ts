import type { Finding } from '../../types';
import { sameRule, type Evidence, type ResourceRules } from './resourceRules';
import { terraformResourceDetector } from './terraformResourceDetector';
import {
  blocksOf,
  firstBlock,
  isBody,
  literalBoolean,
  literalNumber,
  type Body,
} from './terraformFiles';

/**
 * Metrics that follow a queue's backlog: scaling on them follows demand
 * rather than load on the instances already running.
 */
const QUEUE_METRICS =
  /^(ApproximateNumberOfMessages|ApproximateAgeOfOldestMessage)/;

/** Whether a policy scales on a queue metric, at any depth of its body. */
function scalesOnQueue(body: unknown): boolean {
  const stack: unknown[] = [body];
  while (stack.length > 0) {
    const current = stack.pop();
    if (Array.isArray(current)) {
      stack.push(...current);
    } else if (isBody(current)) {
      if (
        typeof current.metric_name === 'string' &&
        QUEUE_METRICS.test(current.metric_name)
      ) {
        return true;
      }
      stack.push(...Object.values(current));
    }
  }
  return false;
}

/** A disabled note when a literal minimum equals a literal maximum. */
function fixedSize(
  min: unknown,
  max: unknown,
  minName: string,
  maxName: string,
): Pick<Finding, 'disabled'> {
  const low = literalNumber(min);
  const high = literalNumber(max);
  return low !== undefined && low === high
    ? { disabled: `${minName} equals ${maxName} (${low}), so it never scales` }
    : {};
}

const APPLICATION_AUTOSCALING: Evidence = {
  fact: 'autoscaling',
  kind: 'aws-application-autoscaling',
  label: 'AWS Application Auto Scaling',
};

const SERVERLESS = { fact: 'autoscaling', demandDriven: true } as const;

/**
 * How Cloud Run's scaling reads: it scales with requests between zero
 * and a maximum by default; a maximum of one instance does not scale.
 */
function cloudRunMaximum(body: Body): number | undefined {
  // v2: template { scaling { max_instance_count } }; v1: an annotation.
  const template = firstBlock(body, 'template');
  const scaling = template ? firstBlock(template, 'scaling') : undefined;
  const v2 = literalNumber(scaling?.max_instance_count);
  if (v2 !== undefined) {
    return v2;
  }
  const metadata = template ? firstBlock(template, 'metadata') : undefined;
  const annotations = metadata?.annotations;
  return isBody(annotations)
    ? literalNumber(annotations['autoscaling.knative.dev/maxScale'])
    : undefined;
}

/** AKS node pools autoscale when told; the argument was renamed in provider 4.0. */
function aksNodePool(pool: Body | undefined): Evidence | undefined {
  if (!pool) {
    return undefined;
  }
  const argument =
    pool.auto_scaling_enabled !== undefined
      ? 'auto_scaling_enabled'
      : 'enable_auto_scaling';
  const enabled = literalBoolean(pool[argument]);
  if (enabled === undefined) {
    return undefined;
  }
  return {
    fact: 'autoscaling',
    kind: 'aks-cluster-autoscaler',
    label: 'the AKS cluster autoscaler',
    ...(enabled
      ? fixedSize(pool.min_count, pool.max_count, 'min_count', 'max_count')
      : { disabled: `${argument} is false` }),
  };
}

const GKE_NODE_AUTOSCALING = {
  fact: 'autoscaling',
  kind: 'gke-node-autoscaling',
  label: 'GKE node autoscaling',
} as const;

/**
 * A Lambda function scales with its events, unless its reserved
 * concurrency caps it at one execution (or none) at a time.
 */
function lambdaFunction(body: Body): Evidence {
  const reserved = literalNumber(body.reserved_concurrent_executions);
  return {
    ...SERVERLESS,
    kind: 'aws-lambda',
    label: 'an AWS Lambda function',
    ...(reserved === 0
      ? { disabled: 'reserved_concurrent_executions is 0, so it never runs' }
      : {}),
    ...(reserved === 1
      ? {
          disabled:
            'reserved_concurrent_executions is 1, so it handles one event at a time',
        }
      : {}),
  };
}

const RULES: ResourceRules = {
  aws_autoscaling_group: body => ({
    fact: 'autoscaling',
    kind: 'aws-autoscaling-group',
    label: 'an AWS Auto Scaling group',
    ...fixedSize(body.min_size, body.max_size, 'min_size', 'max_size'),
  }),
  aws_autoscaling_policy: body => ({
    fact: 'autoscaling',
    kind: 'aws-autoscaling-group',
    label: 'an AWS Auto Scaling group',
    ...(scalesOnQueue(body) ? { demandDriven: true } : {}),
    ...(literalBoolean(body.enabled) === false
      ? { disabled: 'enabled is false' }
      : {}),
  }),
  aws_appautoscaling_target: body => ({
    ...APPLICATION_AUTOSCALING,
    ...fixedSize(
      body.min_capacity,
      body.max_capacity,
      'min_capacity',
      'max_capacity',
    ),
  }),
  aws_appautoscaling_policy: body => ({
    ...APPLICATION_AUTOSCALING,
    ...(scalesOnQueue(body) ? { demandDriven: true } : {}),
  }),
  ...sameRule(
    ['google_compute_autoscaler', 'google_compute_region_autoscaler'],
    body => {
      const policy = firstBlock(body, 'autoscaling_policy') ?? {};
      return {
        fact: 'autoscaling',
        kind: 'gcp-compute-autoscaler',
        label: 'a Compute Engine autoscaler',
        ...fixedSize(
          policy.min_replicas,
          policy.max_replicas,
          'min_replicas',
          'max_replicas',
        ),
      };
    },
  ),
  azurerm_monitor_autoscale_setting: body => {
    const capacities = blocksOf(body.profile).flatMap(profile =>
      blocksOf(profile.capacity),
    );
    const fixed = capacities.map(capacity =>
      fixedSize(capacity.minimum, capacity.maximum, 'minimum', 'maximum'),
    );
    const alwaysFixed = fixed.length > 0 && fixed.every(f => f.disabled);
    let disabled: Pick<Finding, 'disabled'> = alwaysFixed ? fixed[0] : {};
    if (literalBoolean(body.enabled) === false) {
      disabled = { disabled: 'enabled is false' };
    }
    return {
      fact: 'autoscaling',
      kind: 'azure-autoscale-setting',
      label: 'an Azure Monitor autoscale setting',
      ...disabled,
    };
  },
  aws_lambda_function: lambdaFunction,
  aws_eks_node_group: body => {
    const scaling = firstBlock(body, 'scaling_config') ?? {};
    return {
      fact: 'autoscaling',
      kind: 'eks-node-group',
      label: 'an EKS managed node group',
      ...fixedSize(scaling.min_size, scaling.max_size, 'min_size', 'max_size'),
    };
  },
  google_container_node_pool: body => {
    const autoscaling = firstBlock(body, 'autoscaling');
    if (!autoscaling) {
      return undefined;
    }
    const perZone = fixedSize(
      autoscaling.min_node_count,
      autoscaling.max_node_count,
      'min_node_count',
      'max_node_count',
    );
    const total = fixedSize(
      autoscaling.total_min_node_count,
      autoscaling.total_max_node_count,
      'total_min_node_count',
      'total_max_node_count',
    );
    return { ...GKE_NODE_AUTOSCALING, ...perZone, ...total };
  },
  google_container_cluster: body => {
    // Node auto-provisioning; Autopilot clusters scale nodes by design.
    if (literalBoolean(body.enable_autopilot) === true) {
      return {
        ...GKE_NODE_AUTOSCALING,
        defaultApplies:
          'GKE Autopilot adds and removes nodes with the workloads',
      };
    }
    const enabled = literalBoolean(
      firstBlock(body, 'cluster_autoscaling')?.enabled,
    );
    if (enabled === undefined) {
      return undefined;
    }
    return {
      ...GKE_NODE_AUTOSCALING,
      ...(enabled ? {} : { disabled: 'cluster_autoscaling.enabled is false' }),
    };
  },
  azurerm_kubernetes_cluster: body =>
    aksNodePool(firstBlock(body, 'default_node_pool')),
  azurerm_kubernetes_cluster_node_pool: body => aksNodePool(body),
  ...sameRule(
    ['google_cloudfunctions_function', 'google_cloudfunctions2_function'],
    () => ({
      ...SERVERLESS,
      kind: 'gcp-cloud-functions',
      label: 'a Google Cloud Function',
    }),
  ),
  ...sameRule(
    [
      'azurerm_function_app',
      'azurerm_linux_function_app',
      'azurerm_windows_function_app',
      'azurerm_function_app_flex_consumption',
    ],
    () => ({
      ...SERVERLESS,
      kind: 'azure-functions',
      label: 'an Azure Functions app',
    }),
  ),
  ...sameRule(
    ['google_cloud_run_service', 'google_cloud_run_v2_service'],
    body => {
      const maximum = cloudRunMaximum(body);
      return {
        ...SERVERLESS,
        kind: 'cloud-run',
        label: 'a Cloud Run service',
        ...(maximum === undefined
          ? {
              defaultApplies:
                'Cloud Run adds and removes instances with incoming requests, up to 100 by default',
            }
          : {}),
        ...(maximum === 1
          ? { disabled: 'its maximum is 1 instance, so it never scales out' }
          : {}),
      };
    },
  ),
};

/**
 * Published modules that wrap the same resources, by address: their
 * inputs carry the same names as the resources' arguments.
 */
const MODULE_RULES: ResourceRules = {
  'terraform-aws-modules/lambda/aws': body =>
    literalBoolean(body.create_function) === false ||
    literalBoolean(body.create) === false
      ? undefined
      : lambdaFunction(body),
  'terraform-aws-modules/autoscaling/aws': RULES.aws_autoscaling_group,
};

/**
 * Autoscaling in Terraform: Auto Scaling groups and their policies,
 * Application Auto Scaling (ECS services, DynamoDB, Aurora), Compute
 * Engine and Azure Monitor autoscalers, Kubernetes node autoscaling (EKS
 * node groups, GKE node pools and Autopilot, the AKS cluster autoscaler),
 * and serverless functions and
 * services, which scale with demand; as resources or through the
 * well-known modules that wrap them. A range whose minimum equals its
 * maximum, or a function reserved to one execution at a time, never
 * scales and does not count.
 */
export const terraformAutoscalingDetector = terraformResourceDetector(
  'terraform-autoscaling',
  RULES,
  MODULE_RULES,
);
