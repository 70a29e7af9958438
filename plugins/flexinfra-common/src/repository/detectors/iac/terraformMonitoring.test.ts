import { analyzeWith, warmUpHclParser } from './__testUtils__/analyzeWith';
import { terraformMonitoringDetector } from './terraformMonitoring';

const analyze = (files: Record<string, string>) =>
  analyzeWith([terraformMonitoringDetector], files).then(r => r.facts);

describe('terraformMonitoringDetector', () => {
  beforeAll(warmUpHclParser, 60_000);

  it('finds alerts and dashboards, and says which alert', async () => {
    const facts = await analyze({
      'infra/alarms.tf': [
        'resource "aws_cloudwatch_metric_alarm" "errors" {',
        '  alarm_name          = "api-errors"',
        '  comparison_operator = "GreaterThanThreshold"',
        '  metric_name         = "Errors"',
        '  threshold           = 5',
        '  alarm_actions       = [aws_sns_topic.alerts.arn]',
        '}',
        'resource "aws_cloudwatch_metric_alarm" "latency" {',
        '  alarm_name = "api-latency"',
        '}',
      ].join('\n'),
      'infra/dashboards.tf': [
        'resource "grafana_dashboard" "api" {',
        '  config_json = file("${path.module}/api.json")',
        '}',
      ].join('\n'),
    });
    expect(facts.monitoring).toEqual({
      found: true,
      kinds: ['cloudwatch-alarm', 'grafana-dashboard'],
      paths: ['infra/alarms.tf', 'infra/dashboards.tf'],
      message:
        'a CloudWatch alarm in infra/alarms.tf; a Grafana dashboard in infra/dashboards.tf',
      values: [],
    });
    expect(facts.alerting).toBe(true);
  });

  it('finds dashboards without alerting', async () => {
    const facts = await analyze({
      'dash.tf': [
        'resource "aws_cloudwatch_dashboard" "main" {',
        '  dashboard_name = "api"',
        '  dashboard_body = jsonencode({ widgets = [] })',
        '}',
        'resource "azurerm_application_insights" "api" {',
        '  application_type = "web"',
        '}',
      ].join('\n'),
    });
    expect(facts.monitoring.found).toBe(true);
    expect(facts.monitoring.kinds).toEqual([
      'cloudwatch-dashboard',
      'application-insights',
    ]);
    expect(facts.alerting).toBe(false);
  });

  it('finds alerts of Datadog, New Relic, Azure, Google Cloud and Grafana', async () => {
    const facts = await analyze({
      'vendors.tf': [
        'resource "datadog_monitor" "cpu" { type = "metric alert" }',
        'resource "newrelic_nrql_alert_condition" "errors" { policy_id = 1 }',
        'resource "azurerm_monitor_metric_alert" "cpu" { name = "cpu" }',
        'resource "google_monitoring_alert_policy" "uptime" { display_name = "uptime" }',
        'resource "grafana_rule_group" "api" { name = "api" }',
      ].join('\n'),
    });
    expect([...facts.monitoring.kinds].sort()).toEqual([
      'azure-monitor-alert',
      'datadog-monitor',
      'gcp-alert-policy',
      'grafana-alert-rule',
      'newrelic-alert',
    ]);
    expect(facts.alerting).toBe(true);
  });

  it('says an alarm without actions does not alert', async () => {
    const facts = await analyze({
      'alarms.tf':
        'resource "aws_cloudwatch_metric_alarm" "cpu" {\n  actions_enabled = false\n}\nresource "google_monitoring_alert_policy" "p" {\n  enabled = false\n}\n',
    });
    expect(facts.monitoring.found).toBe(false);
    expect(facts.alerting).toBe(false);
    expect(facts.monitoring.message).toBe(
      'a CloudWatch alarm in alarms.tf, but it is disabled: actions_enabled is false (and 1 more like it)',
    );
  });

  it('ignores data sources and unrelated resources', async () => {
    const facts = await analyze({
      'main.tf': [
        'data "aws_cloudwatch_log_group" "app" { name = "app" }',
        'resource "aws_sns_topic" "alerts" { name = "alerts" }',
        'resource "aws_cloudwatch_log_group" "app" { name = "app" }',
      ].join('\n'),
    });
    expect(facts.monitoring.found).toBe(false);
    expect(facts.monitoring.message).toBe('');
  });

  it('reads the CloudWatch alarm modules', async () => {
    const facts = await analyze({
      'alarms.tf': [
        'module "errors" {',
        '  source     = "terraform-aws-modules/cloudwatch/aws//modules/metric-alarm"',
        '  alarm_name = "errors"',
        '}',
        'module "logs" {',
        '  source = "terraform-aws-modules/cloudwatch/aws//modules/log-group"',
        '}',
      ].join('\n'),
    });
    expect(facts.monitoring.message).toBe('a CloudWatch alarm in alarms.tf');
    expect(facts.alerting).toBe(true);
  });
});
