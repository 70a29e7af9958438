import { attrs, call, comment, HclNode, ref, resource, tpl } from '../hcl/hcl';
import {
  COST_CENTER_DECLARATION,
  IAC_DECLARATIONS,
} from './common/annotations';
import {
  AlarmSpec,
  dashboardLink,
  monitoringFile,
  monitoringOutputs,
} from './common/monitoring';
import { commonVariables } from './common/variables';
import { ModuleSpec, ProfileModule, Size, VariableSpec } from './types';

/** Backlog (visible messages) and age (seconds) above which the queue alarms, by size. */
export const QUEUE_SIZES: Record<Size, { backlog: number; maxAge: number }> = {
  small: { backlog: 1000, maxAge: 300 },
  medium: { backlog: 10000, maxAge: 600 },
  large: { backlog: 100000, maxAge: 900 },
};

function queueVariables(spec: ModuleSpec): VariableSpec[] {
  const size = QUEUE_SIZES[spec.size];
  return [
    {
      name: 'visibility_timeout_seconds',
      type: 'number',
      description:
        'How long a received message stays hidden from other consumers; longer than the slowest processing.',
      value: spec.visibilityTimeoutSeconds,
    },
    {
      name: 'max_receive_count',
      type: 'number',
      description:
        'Receives after which a message that keeps failing moves to the dead-letter queue.',
      value: spec.maxReceiveCount,
      validations: [
        {
          condition:
            'var.max_receive_count >= 1 && var.max_receive_count <= 1000',
          message: 'max_receive_count must be from 1 to 1000.',
        },
      ],
    },
    {
      name: 'backlog_alarm_threshold',
      type: 'number',
      description: `Visible messages above which the backlog alarm fires (size ${spec.size}).`,
      value: size.backlog,
    },
    {
      name: 'age_alarm_threshold_seconds',
      type: 'number',
      description: `Age of the oldest message, in seconds, above which consumers are considered stuck (size ${spec.size}).`,
      value: size.maxAge,
    },
  ];
}

function queueResources(): HclNode[] {
  return [
    resource(
      'aws_sqs_queue',
      'dead_letter',
      attrs({
        name: tpl('${var.name}-dlq'),
        message_retention_seconds: 1209600,
        sqs_managed_sse_enabled: true,
        tags: ref('local.tags'),
      }),
    ),
    resource('aws_sqs_queue', 'this', [
      ...attrs({
        name: ref('var.name'),
        visibility_timeout_seconds: ref('var.visibility_timeout_seconds'),
        message_retention_seconds: 345600,
        receive_wait_time_seconds: 20,
        sqs_managed_sse_enabled: true,
      }),
      comment(
        'Messages that keep failing go to the dead-letter queue instead of blocking it.',
      ),
      ...attrs({
        redrive_policy: call('jsonencode', {
          deadLetterTargetArn: ref('aws_sqs_queue.dead_letter.arn'),
          maxReceiveCount: ref('var.max_receive_count'),
        }),
        tags: ref('local.tags'),
      }),
    ]),
    resource(
      'aws_sqs_queue_redrive_allow_policy',
      'dead_letter',
      attrs({
        queue_url: ref('aws_sqs_queue.dead_letter.id'),
        redrive_allow_policy: call('jsonencode', {
          redrivePermission: 'byQueue',
          sourceQueueArns: ref('[aws_sqs_queue.this.arn]'),
        }),
      }),
    ),
  ];
}

const QUEUE_ALARMS: AlarmSpec[] = [
  {
    id: 'backlog_high',
    suffix: 'backlog-high',
    title: 'Visible messages',
    description:
      'The backlog keeps growing: consumers do not keep up; scale them out.',
    namespace: 'AWS/SQS',
    metric: 'ApproximateNumberOfMessagesVisible',
    dimensions: { QueueName: ref('aws_sqs_queue.this.name') },
    statistic: 'Maximum',
    comparison: 'GreaterThanThreshold',
    threshold: ref('var.backlog_alarm_threshold'),
    periodSeconds: 300,
    evaluationPeriods: 3,
  },
  {
    id: 'oldest_message_age',
    suffix: 'oldest-message-age',
    title: 'Age of the oldest message, s',
    description: 'Messages wait too long: consumers are stuck or down.',
    namespace: 'AWS/SQS',
    metric: 'ApproximateAgeOfOldestMessage',
    dimensions: { QueueName: ref('aws_sqs_queue.this.name') },
    statistic: 'Maximum',
    comparison: 'GreaterThanThreshold',
    threshold: ref('var.age_alarm_threshold_seconds'),
    periodSeconds: 300,
    evaluationPeriods: 2,
  },
  {
    id: 'dead_letters',
    suffix: 'dead-letters',
    title: 'Dead letters',
    description:
      'Messages reached the dead-letter queue: look at why processing fails, then redrive them.',
    namespace: 'AWS/SQS',
    metric: 'ApproximateNumberOfMessagesVisible',
    dimensions: { QueueName: ref('aws_sqs_queue.dead_letter.name') },
    statistic: 'Maximum',
    comparison: 'GreaterThanThreshold',
    threshold: 0,
    periodSeconds: 300,
    evaluationPeriods: 1,
    treatMissingData: 'notBreaching',
  },
];

/**
 * A message queue (Amazon SQS) with a dead-letter queue, encryption at rest,
 * and CloudWatch alarms on backlog, message age and dead letters.
 */
export function queue(spec: ModuleSpec): ProfileModule {
  return {
    summary: `The SQS queue ${spec.name} with its dead-letter queue ${spec.name}-dlq (after ${spec.maxReceiveCount} failed receives), encrypted at rest, with CloudWatch alarms and a dashboard.`,
    providers: ['aws'],
    kubernetes: false,
    variables: [...commonVariables(spec), ...queueVariables(spec)],
    files: {
      'main.tf': queueResources(),
      'monitoring.tf': monitoringFile(QUEUE_ALARMS),
    },
    outputs: [
      {
        name: 'queue_url',
        description: 'URL of the queue.',
        value: 'aws_sqs_queue.this.url',
      },
      {
        name: 'queue_arn',
        description:
          'ARN of the queue, for IAM policies of producers and consumers.',
        value: 'aws_sqs_queue.this.arn',
      },
      {
        name: 'dead_letter_queue_url',
        description: 'URL of the dead-letter queue.',
        value: 'aws_sqs_queue.dead_letter.url',
      },
      ...monitoringOutputs(),
    ],
    notes: [
      'SQS scales with the load by itself; scale the consumers on the backlog (e.g. the container-service profile with scaler keda and this queue).',
      'SQS keeps messages in several availability zones.',
    ],
    // SQS stores every message in several availability zones, which no
    // argument of the resource says: declared.
    annotations: { 'flexinfra.io/redundancy': 'multi-az' },
    listAnnotations: {},
    superseded: [...IAC_DECLARATIONS, COST_CENTER_DECLARATION],
    links: [dashboardLink(spec)],
    expires: false,
  };
}
