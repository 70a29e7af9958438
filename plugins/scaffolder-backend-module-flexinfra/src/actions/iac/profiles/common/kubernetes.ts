import {
  attr,
  attrs,
  block,
  comment,
  HclNode,
  HclValue,
  ref,
  resource,
} from '../../hcl/hcl';
import { ModuleSpec, Size, VariableSpec } from '../types';
import { AlarmSpec } from './monitoring';

/** CPU and memory a pod requests, by size. */
export const POD_SIZES: Record<Size, { cpu: string; memory: string }> = {
  small: { cpu: '250m', memory: '512Mi' },
  medium: { cpu: '500m', memory: '1Gi' },
  large: { cpu: '1', memory: '2Gi' },
};

const SELECTOR = { 'app.kubernetes.io/name': ref('var.name') };

/**
 * The metadata block of every namespaced Kubernetes object: name, namespace
 * (an expression, `var.namespace` unless the module creates the namespace)
 * and labels.
 */
export function metadata(namespace = 'var.namespace'): HclNode {
  return block(
    'metadata',
    [],
    attrs({
      name: ref('var.name'),
      namespace: ref(namespace),
      labels: ref('local.labels'),
    }),
  );
}

export function workloadVariables(spec: ModuleSpec): VariableSpec[] {
  const size = POD_SIZES[spec.size];
  return [
    {
      name: 'image',
      type: 'string',
      description: 'Container image of the service, with its tag or digest.',
      value: spec.image,
    },
    {
      name: 'port',
      type: 'number',
      description: 'Port the container listens on.',
      value: spec.port,
    },
    {
      name: 'health_check_path',
      type: 'string',
      description: 'HTTP path of the readiness and liveness probes.',
      value: spec.healthCheckPath,
    },
    {
      name: 'cpu',
      type: 'string',
      description: `CPU each pod requests (size ${spec.size}).`,
      value: size.cpu,
    },
    {
      name: 'memory',
      type: 'string',
      description: `Memory each pod requests and is limited to (size ${spec.size}).`,
      value: size.memory,
    },
  ];
}

function container(): HclNode {
  const probe = (type: string, initialDelay: number) =>
    block(
      type,
      [],
      [
        ...attrs({ initial_delay_seconds: initialDelay, period_seconds: 10 }),
        block(
          'http_get',
          [],
          [
            attr('path', ref('var.health_check_path')),
            attr('port', ref('var.port')),
          ],
        ),
      ],
    );
  return block(
    'container',
    [],
    [
      attr('name', ref('var.name')),
      attr('image', ref('var.image')),
      block('port', [], [attr('container_port', ref('var.port'))]),
      block(
        'resources',
        [],
        attrs({
          requests: { cpu: ref('var.cpu'), memory: ref('var.memory') },
          limits: { memory: ref('var.memory') },
        }),
      ),
      probe('readiness_probe', 5),
      probe('liveness_probe', 15),
    ],
  );
}

/**
 * A Deployment. With `spreadOverZones`, its pods are spread evenly over the
 * cluster's availability zones, so that losing a zone leaves pods running.
 * With `autoscaled`, the replica count is left to the autoscaler.
 */
export function deployment(options: {
  replicas: string;
  spreadOverZones: boolean;
  autoscaled: boolean;
  namespace?: string;
}): HclNode {
  const podSpec: HclNode[] = [];
  if (options.spreadOverZones) {
    podSpec.push(
      block(
        'topology_spread_constraint',
        [],
        [
          ...attrs({
            max_skew: 1,
            topology_key: 'topology.kubernetes.io/zone',
            when_unsatisfiable: 'DoNotSchedule',
          }),
          block('label_selector', [], [attr('match_labels', SELECTOR)]),
        ],
      ),
    );
  }
  podSpec.push(container());
  const body: HclNode[] = [
    metadata(options.namespace),
    block(
      'spec',
      [],
      [
        attr('replicas', ref(options.replicas)),
        block('selector', [], [attr('match_labels', SELECTOR)]),
        block(
          'template',
          [],
          [
            block('metadata', [], [attr('labels', ref('local.labels'))]),
            block('spec', [], podSpec),
          ],
        ),
      ],
    ),
  ];
  if (options.autoscaled) {
    body.push(
      block(
        'lifecycle',
        [],
        [
          comment('The autoscaler owns the replica count.'),
          attr('ignore_changes', ref('[spec[0].replicas]')),
        ],
      ),
    );
  }
  return resource('kubernetes_deployment_v1', 'this', body);
}

export function service(namespace?: string): HclNode {
  return resource('kubernetes_service_v1', 'this', [
    metadata(namespace),
    block(
      'spec',
      [],
      [
        attr('selector', SELECTOR),
        block(
          'port',
          [],
          attrs({ name: 'http', port: 80, target_port: ref('var.port') }),
        ),
      ],
    ),
  ]);
}

/** Keeps at least all but one pod running through node drains. */
export function podDisruptionBudget(selector: HclValue = SELECTOR): HclNode {
  return resource('kubernetes_pod_disruption_budget_v1', 'this', [
    metadata(),
    block(
      'spec',
      [],
      [
        attr('max_unavailable', '1'),
        block('selector', [], [attr('match_labels', selector)]),
      ],
    ),
  ]);
}

const CLUSTER_DIMENSIONS = {
  ClusterName: ref('var.cluster_name'),
  Namespace: ref('var.namespace'),
};

/** Container Insights alarms on a workload: pods running, memory, restarts. */
export function workloadAlarms(options: {
  minReplicas: string;
  maxReplicas?: string;
}): AlarmSpec[] {
  const alarms: AlarmSpec[] = [
    {
      id: 'pods_below_minimum',
      suffix: 'pods-below-minimum',
      title: 'Running pods',
      description:
        'Fewer pods are running than the minimum: the service is degraded or down.',
      namespace: 'ContainerInsights',
      metric: 'service_number_of_running_pods',
      dimensions: { ...CLUSTER_DIMENSIONS, Service: ref('var.name') },
      statistic: 'Minimum',
      comparison: 'LessThanThreshold',
      threshold: ref(options.minReplicas),
      periodSeconds: 60,
      evaluationPeriods: 3,
      treatMissingData: 'breaching',
    },
  ];
  if (options.maxReplicas) {
    alarms.push({
      id: 'pods_at_maximum',
      suffix: 'pods-at-maximum',
      title: 'Running pods (autoscaling ceiling)',
      description:
        'The autoscaler has run at max_replicas for 15 minutes: raise the maximum or look at the load.',
      namespace: 'ContainerInsights',
      metric: 'service_number_of_running_pods',
      dimensions: { ...CLUSTER_DIMENSIONS, Service: ref('var.name') },
      statistic: 'Maximum',
      comparison: 'GreaterThanOrEqualToThreshold',
      threshold: ref(options.maxReplicas),
      periodSeconds: 300,
      evaluationPeriods: 3,
    });
  }
  alarms.push(
    {
      id: 'memory_high',
      suffix: 'memory-high',
      title: 'Memory, % of limit',
      description:
        'Pods use more than 90% of their memory limit and risk being killed.',
      namespace: 'ContainerInsights',
      metric: 'pod_memory_utilization_over_pod_limit',
      dimensions: { ...CLUSTER_DIMENSIONS, PodName: ref('var.name') },
      statistic: 'Average',
      comparison: 'GreaterThanThreshold',
      threshold: 90,
      periodSeconds: 300,
      evaluationPeriods: 2,
    },
    {
      id: 'container_restarts',
      suffix: 'container-restarts',
      title: 'Container restarts',
      description: 'Containers restarted more than 3 times in 5 minutes.',
      namespace: 'ContainerInsights',
      metric: 'pod_number_of_container_restarts',
      dimensions: { ...CLUSTER_DIMENSIONS, PodName: ref('var.name') },
      statistic: 'Sum',
      comparison: 'GreaterThanThreshold',
      threshold: 3,
      periodSeconds: 300,
      evaluationPeriods: 1,
      treatMissingData: 'notBreaching',
    },
  );
  return alarms;
}
