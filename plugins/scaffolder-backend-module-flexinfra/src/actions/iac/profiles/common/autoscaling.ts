import {
  attr,
  attrs,
  block,
  comment,
  data,
  HclNode,
  HclObject,
  ref,
  resource,
} from '../../hcl/hcl';
import { ModuleSpec, VariableSpec } from '../types';
import { metadata } from './kubernetes';

export function autoscalingVariables(spec: ModuleSpec): VariableSpec[] {
  const variables: VariableSpec[] = [
    {
      name: 'min_replicas',
      type: 'number',
      description: 'Fewest pods the autoscaler keeps running.',
      value: spec.minReplicas,
      validations: [
        {
          condition: 'var.min_replicas >= 1',
          message: 'min_replicas must be at least 1.',
        },
      ],
    },
    {
      name: 'max_replicas',
      type: 'number',
      description: 'Most pods the autoscaler starts.',
      value: spec.maxReplicas,
      validations: [
        {
          condition: 'var.max_replicas >= var.min_replicas',
          message: 'max_replicas must be at least min_replicas.',
        },
      ],
    },
    {
      name: 'target_cpu_utilization',
      type: 'number',
      description:
        'Average CPU use, in % of the pods’ request, that the autoscaler keeps the pods at.',
      value: spec.targetCpuUtilization,
    },
  ];
  if (spec.scaler === 'keda') {
    variables.push(
      {
        name: 'queue_name',
        type: 'string',
        description:
          'SQS queue whose backlog drives scaling (KEDA aws-sqs-queue trigger).',
        value: spec.queueName,
      },
      {
        name: 'messages_per_replica',
        type: 'number',
        description: 'Queue backlog each pod is expected to keep up with.',
        default: 20,
      },
      {
        name: 'keda_authentication',
        type: 'string',
        description:
          'ClusterTriggerAuthentication through which KEDA reads the queue (provided by the platform; it needs sqs:GetQueueAttributes).',
        default: 'keda-aws',
      },
    );
  }
  return variables;
}

const SCALE_TARGET: HclObject = {
  api_version: 'apps/v1',
  kind: 'Deployment',
  name: ref('var.name'),
};

/** A HorizontalPodAutoscaler on CPU, scaling down gently. */
function horizontalPodAutoscaler(): HclNode {
  return resource('kubernetes_horizontal_pod_autoscaler_v2', 'this', [
    metadata(),
    block(
      'spec',
      [],
      [
        ...attrs({
          min_replicas: ref('var.min_replicas'),
          max_replicas: ref('var.max_replicas'),
        }),
        block('scale_target_ref', [], attrs(SCALE_TARGET)),
        block(
          'metric',
          [],
          [
            attr('type', 'Resource'),
            block(
              'resource',
              [],
              [
                attr('name', 'cpu'),
                block(
                  'target',
                  [],
                  attrs({
                    type: 'Utilization',
                    average_utilization: ref('var.target_cpu_utilization'),
                  }),
                ),
              ],
            ),
          ],
        ),
        block(
          'behavior',
          [],
          [
            block(
              'scale_down',
              [],
              [
                ...attrs({
                  stabilization_window_seconds: 300,
                  select_policy: 'Max',
                }),
                block(
                  'policy',
                  [],
                  attrs({ type: 'Percent', value: 50, period_seconds: 60 }),
                ),
              ],
            ),
          ],
        ),
      ],
    ),
  ]);
}

/**
 * A KEDA ScaledObject that scales on demand: the backlog of an SQS queue,
 * with CPU as a floor. KEDA manages the HorizontalPodAutoscaler itself.
 */
function kedaScaledObject(): HclNode[] {
  return [
    data('aws_sqs_queue', 'demand', [attr('name', ref('var.queue_name'))]),
    resource('kubernetes_manifest', 'scaled_object', [
      attr('manifest', {
        apiVersion: 'keda.sh/v1alpha1',
        kind: 'ScaledObject',
        metadata: {
          name: ref('var.name'),
          namespace: ref('var.namespace'),
          labels: ref('local.labels'),
        },
        spec: {
          scaleTargetRef: { name: ref('var.name') },
          minReplicaCount: ref('var.min_replicas'),
          maxReplicaCount: ref('var.max_replicas'),
          cooldownPeriod: 300,
          triggers: [
            {
              type: 'aws-sqs-queue',
              authenticationRef: {
                name: ref('var.keda_authentication'),
                kind: 'ClusterTriggerAuthentication',
              },
              metadata: {
                queueURL: ref('data.aws_sqs_queue.demand.url'),
                queueLength: ref('tostring(var.messages_per_replica)'),
                awsRegion: ref('var.region'),
              },
            },
            {
              type: 'cpu',
              metricType: 'Utilization',
              metadata: {
                value: ref('tostring(var.target_cpu_utilization)'),
              },
            },
          ],
        },
      }),
    ]),
  ];
}

/** autoscaling.tf: the autoscaler and a disruption budget. */
export function autoscalingFile(spec: ModuleSpec): HclNode[] {
  if (spec.scaler === 'keda') {
    return [
      comment(
        'KEDA scales the deployment on the backlog of the queue it works off (a demand\nsignal), and on CPU. The platform runs KEDA; see README.md.',
      ),
      ...kedaScaledObject(),
    ];
  }
  return [
    comment(
      'Scales the deployment on CPU between min_replicas and max_replicas.',
    ),
    horizontalPodAutoscaler(),
  ];
}
