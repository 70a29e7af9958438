import type { Finding } from '../../types';
import { sameRule, type Evidence, type ResourceRule } from './resourceRules';
import { terraformResourceDetector } from './terraformResourceDetector';
import { literalBoolean, type Body } from './terraformFiles';

/** A disabled note when a switch argument is literally false. */
function switchedOff(body: Body, argument: string): Pick<Finding, 'disabled'> {
  return literalBoolean(body[argument]) === false
    ? { disabled: `${argument} is false` }
    : {};
}

/** An alert rule, off when the given argument is false. */
function alert(kind: string, label: string, argument?: string): ResourceRule {
  return body => ({
    fact: 'monitoring',
    kind,
    label,
    alerting: true,
    ...(argument ? switchedOff(body, argument) : {}),
  });
}

/** A dashboard or telemetry resource: monitoring without alerting. */
function watch(kind: string, label: string): ResourceRule {
  const evidence: Evidence = { fact: 'monitoring', kind, label };
  return () => evidence;
}

/**
 * Monitoring in Terraform: alerts (CloudWatch alarms, Datadog monitors,
 * New Relic alert policies and conditions, Azure Monitor and Google Cloud
 * alert policies, Grafana alert rules) and dashboards or telemetry
 * (CloudWatch, Datadog, Grafana and Google Cloud dashboards, Application
 * Insights), as resources or through the CloudWatch alarm modules. An
 * alert switched off (`actions_enabled = false`,
 * `enabled = false`) does not count.
 */
export const terraformMonitoringDetector = terraformResourceDetector(
  'terraform-monitoring',
  {
    ...sameRule(
      ['aws_cloudwatch_metric_alarm', 'aws_cloudwatch_composite_alarm'],
      alert('cloudwatch-alarm', 'a CloudWatch alarm', 'actions_enabled'),
    ),
    aws_cloudwatch_dashboard: watch(
      'cloudwatch-dashboard',
      'a CloudWatch dashboard',
    ),
    datadog_monitor: alert('datadog-monitor', 'a Datadog monitor'),
    ...sameRule(
      ['datadog_dashboard', 'datadog_dashboard_json'],
      watch('datadog-dashboard', 'a Datadog dashboard'),
    ),
    newrelic_alert_policy: alert('newrelic-alert', 'a New Relic alert'),
    ...sameRule(
      ['newrelic_nrql_alert_condition', 'newrelic_alert_condition'],
      alert('newrelic-alert', 'a New Relic alert', 'enabled'),
    ),
    ...sameRule(
      [
        'azurerm_monitor_metric_alert',
        'azurerm_monitor_activity_log_alert',
        'azurerm_monitor_scheduled_query_rules_alert',
        'azurerm_monitor_scheduled_query_rules_alert_v2',
      ],
      alert('azure-monitor-alert', 'an Azure Monitor alert', 'enabled'),
    ),
    azurerm_application_insights: watch(
      'application-insights',
      'Application Insights',
    ),
    google_monitoring_alert_policy: alert(
      'gcp-alert-policy',
      'a Google Cloud alert policy',
      'enabled',
    ),
    google_monitoring_dashboard: watch(
      'gcp-monitoring-dashboard',
      'a Google Cloud Monitoring dashboard',
    ),
    grafana_rule_group: alert('grafana-alert-rule', 'a Grafana alert rule'),
    grafana_dashboard: watch('grafana-dashboard', 'a Grafana dashboard'),
  },
  sameRule(
    [
      'terraform-aws-modules/cloudwatch/aws//modules/metric-alarm',
      'terraform-aws-modules/cloudwatch/aws//modules/metric-alarms-by-multiple-dimensions',
    ],
    alert('cloudwatch-alarm', 'a CloudWatch alarm', 'actions_enabled'),
  ),
);
