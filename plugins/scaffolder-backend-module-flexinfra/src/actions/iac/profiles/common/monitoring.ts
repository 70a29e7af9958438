import {
  attrs,
  call,
  comment,
  HclNode,
  HclObject,
  HclValue,
  ref,
  resource,
  tpl,
} from '../../hcl/hcl';
import { EntityLinkSpec, ModuleSpec, OutputSpec } from '../types';

/** A CloudWatch alarm on one metric, and the dashboard widget showing it. */
export interface AlarmSpec {
  /** Terraform resource name, e.g. `cpu_high`. */
  id: string;
  /** Appended to the module name to name the alarm. */
  suffix: string;
  title: string;
  description: string;
  namespace: string;
  metric: string;
  dimensions: Record<string, HclValue>;
  statistic: 'Average' | 'Maximum' | 'Minimum' | 'Sum';
  comparison:
    | 'GreaterThanOrEqualToThreshold'
    | 'GreaterThanThreshold'
    | 'LessThanThreshold'
    | 'LessThanOrEqualToThreshold';
  threshold: HclValue;
  periodSeconds: number;
  evaluationPeriods: number;
  treatMissingData?: 'missing' | 'notBreaching' | 'breaching' | 'ignore';
}

/**
 * The alerts topic every alarm notifies, with an optional e-mail
 * subscription. Subscribe the team's pager (PagerDuty, Opsgenie) to it too.
 */
export function alertsTopic(): HclNode[] {
  return [
    comment(
      'Alarms notify this topic. It is not encrypted with the AWS-managed SNS key\non purpose: CloudWatch cannot publish to topics that use it.',
    ),
    resource(
      'aws_sns_topic',
      'alerts',
      attrs({
        name: tpl('${var.name}-alerts'),
        tags: ref('local.tags'),
      }),
    ),
    resource(
      'aws_sns_topic_subscription',
      'alerts_email',
      attrs({
        count: ref('var.alert_email == "" ? 0 : 1'),
        topic_arn: ref('aws_sns_topic.alerts.arn'),
        protocol: 'email',
        endpoint: ref('var.alert_email'),
      }),
    ),
  ];
}

export function metricAlarm(alarm: AlarmSpec): HclNode {
  return resource(
    'aws_cloudwatch_metric_alarm',
    alarm.id,
    attrs({
      alarm_name: tpl(`\${var.name}-${alarm.suffix}`),
      alarm_description: alarm.description,
      namespace: alarm.namespace,
      metric_name: alarm.metric,
      dimensions: alarm.dimensions,
      statistic: alarm.statistic,
      period: alarm.periodSeconds,
      evaluation_periods: alarm.evaluationPeriods,
      comparison_operator: alarm.comparison,
      threshold: alarm.threshold,
      treat_missing_data: alarm.treatMissingData ?? 'missing',
      alarm_actions: ref('[aws_sns_topic.alerts.arn]'),
      ok_actions: ref('[aws_sns_topic.alerts.arn]'),
      tags: ref('local.tags'),
    }),
  );
}

function widget(alarm: AlarmSpec, index: number): HclObject {
  const metric: HclValue[] = [alarm.namespace, alarm.metric];
  for (const [key, value] of Object.entries(alarm.dimensions)) {
    metric.push(key, value);
  }
  return {
    type: 'metric',
    x: (index % 2) * 12,
    y: Math.floor(index / 2) * 6,
    width: 12,
    height: 6,
    properties: {
      title: alarm.title,
      region: ref('var.region'),
      stat: alarm.statistic,
      period: alarm.periodSeconds,
      metrics: [metric],
      annotations: {
        horizontal: [{ label: 'alarm', value: alarm.threshold }],
      },
    },
  };
}

/** A CloudWatch dashboard with one graph per alarm, named like the module. */
export function dashboard(alarms: AlarmSpec[]): HclNode {
  return resource(
    'aws_cloudwatch_dashboard',
    'this',
    attrs({
      dashboard_name: ref('var.name'),
      dashboard_body: call('jsonencode', {
        widgets: alarms.map(widget),
      }),
    }),
  );
}

/** The alerts topic, the alarms and the dashboard: monitoring.tf. */
export function monitoringFile(alarms: AlarmSpec[]): HclNode[] {
  return [...alertsTopic(), ...alarms.map(metricAlarm), dashboard(alarms)];
}

export function dashboardUrl(spec: ModuleSpec): string {
  return `https://${spec.region}.console.aws.amazon.com/cloudwatch/home?region=${spec.region}#dashboards/dashboard/${spec.name}`;
}

/** The catalog link to the dashboard (FlexInfra check monitored). */
export function dashboardLink(spec: ModuleSpec): EntityLinkSpec {
  return {
    url: dashboardUrl(spec),
    title: 'Dashboard (CloudWatch)',
    type: 'dashboard',
    icon: 'dashboard',
  };
}

export function monitoringOutputs(): OutputSpec[] {
  return [
    {
      name: 'alerts_topic_arn',
      description:
        'SNS topic the alarms notify; subscribe the on-call pager to it.',
      value: 'aws_sns_topic.alerts.arn',
    },
    {
      name: 'dashboard_url',
      description: 'The CloudWatch dashboard of the module.',
      value:
        '"https://${var.region}.console.aws.amazon.com/cloudwatch/home?region=${var.region}#dashboards/dashboard/${aws_cloudwatch_dashboard.this.dashboard_name}"',
    },
  ];
}
