import { analyzeWith, warmUpHclParser } from './__testUtils__/analyzeWith';
import { terraformAutoscalingDetector } from './terraformAutoscaling';

const analyze = (files: Record<string, string>) =>
  analyzeWith([terraformAutoscalingDetector], files).then(r => r.facts);

describe('terraformAutoscalingDetector', () => {
  beforeAll(warmUpHclParser, 60_000);

  it('finds Auto Scaling groups that can grow', async () => {
    const facts = await analyze({
      'infra/asg.tf': [
        'resource "aws_autoscaling_group" "web" {',
        '  min_size         = 2',
        '  max_size         = 6',
        '  desired_capacity = 2',
        '}',
        'resource "aws_autoscaling_group" "batch" {',
        '  min_size = var.batch_min',
        '  max_size = var.batch_max',
        '}',
      ].join('\n'),
    });
    expect(facts.autoscaling).toEqual({
      found: true,
      kinds: ['aws-autoscaling-group'],
      paths: ['infra/asg.tf'],
      message: 'an AWS Auto Scaling group in infra/asg.tf',
      values: [],
    });
    expect(facts.demandDriven).toBe(false);
  });

  it('says a group whose minimum equals its maximum never scales', async () => {
    const facts = await analyze({
      'infra/asg.tf':
        'resource "aws_autoscaling_group" "web" {\n  min_size = 2\n  max_size = 2\n}\n',
    });
    expect(facts.autoscaling).toEqual({
      found: false,
      kinds: [],
      paths: ['infra/asg.tf'],
      message:
        'an AWS Auto Scaling group in infra/asg.tf, but it is disabled: min_size equals max_size (2), so it never scales',
      values: [],
    });
  });

  it('finds Application Auto Scaling and marks queue-driven policies', async () => {
    const facts = await analyze({
      'infra/ecs.tf': [
        'resource "aws_appautoscaling_target" "worker" {',
        '  service_namespace  = "ecs"',
        '  scalable_dimension = "ecs:service:DesiredCount"',
        '  resource_id        = "service/${aws_ecs_cluster.main.name}/worker"',
        '  min_capacity       = 1',
        '  max_capacity       = 10',
        '}',
        'resource "aws_appautoscaling_policy" "backlog" {',
        '  policy_type = "TargetTrackingScaling"',
        '  target_tracking_scaling_policy_configuration {',
        '    target_value = 100',
        '    customized_metric_specification {',
        '      metric_name = "ApproximateNumberOfMessagesVisible"',
        '      namespace   = "AWS/SQS"',
        '      statistic   = "Average"',
        '    }',
        '  }',
        '}',
      ].join('\n'),
    });
    expect(facts.autoscaling.kinds).toEqual(['aws-application-autoscaling']);
    expect(facts.autoscaling.message).toBe(
      'AWS Application Auto Scaling in infra/ecs.tf',
    );
    expect(facts.demandDriven).toBe(true);
  });

  it('finds serverless functions as demand-driven, and Cloud Run by its default', async () => {
    const facts = await analyze({
      'infra/lambda.tf':
        'resource "aws_lambda_function" "api" {\n  function_name = "api"\n  runtime = "nodejs20.x"\n}\n',
      'infra/gcp.tf': [
        'resource "google_cloudfunctions2_function" "thumbnails" {',
        '  name = "thumbnails"',
        '}',
        'resource "google_cloud_run_v2_service" "web" {',
        '  name     = "web"',
        '  location = "europe-west1"',
        '  template {',
        '    containers {',
        '      image = "europe-docker.pkg.dev/acme/web/web:1.0.0"',
        '    }',
        '  }',
        '}',
      ].join('\n'),
      'infra/azure.tf':
        'resource "azurerm_linux_function_app" "jobs" {\n  name = "jobs"\n}\n',
    });
    // Files in listing order; hcl2json sorts a file's resource types.
    expect(facts.autoscaling.kinds).toEqual([
      'azure-functions',
      'cloud-run',
      'gcp-cloud-functions',
      'aws-lambda',
    ]);
    expect(facts.autoscaling.message).toBe(
      [
        'an Azure Functions app in infra/azure.tf',
        "a Cloud Run service in infra/gcp.tf (the platform's default applies: Cloud Run adds and removes instances with incoming requests, up to 100 by default)",
        'a Google Cloud Function in infra/gcp.tf',
        'an AWS Lambda function in infra/lambda.tf',
      ].join('; '),
    );
    expect(facts.demandDriven).toBe(true);
  });

  it('says a Cloud Run service capped at one instance does not scale', async () => {
    const facts = await analyze({
      'run.tf': [
        'resource "google_cloud_run_service" "admin" {',
        '  template {',
        '    metadata {',
        '      annotations = {',
        '        "autoscaling.knative.dev/maxScale" = "1"',
        '      }',
        '    }',
        '  }',
        '}',
      ].join('\n'),
    });
    expect(facts.autoscaling.found).toBe(false);
    expect(facts.autoscaling.message).toBe(
      'a Cloud Run service in run.tf, but it is disabled: its maximum is 1 instance, so it never scales out',
    );
  });

  it('reads Compute Engine and Azure autoscalers, fixed or not', async () => {
    const facts = await analyze({
      'gce.tf': [
        'resource "google_compute_region_autoscaler" "web" {',
        '  autoscaling_policy {',
        '    min_replicas = 2',
        '    max_replicas = 8',
        '  }',
        '}',
      ].join('\n'),
      'azure.tf': [
        'resource "azurerm_monitor_autoscale_setting" "web" {',
        '  profile {',
        '    name = "default"',
        '    capacity {',
        '      default = 3',
        '      minimum = 3',
        '      maximum = 3',
        '    }',
        '  }',
        '}',
      ].join('\n'),
    });
    expect(facts.autoscaling.found).toBe(true);
    expect(facts.autoscaling.kinds).toEqual(['gcp-compute-autoscaler']);
    expect(facts.autoscaling.paths).toEqual(['gce.tf']);
  });

  it('ignores other resources, data sources and commented-out blocks', async () => {
    const facts = await analyze({
      'main.tf': [
        'data "aws_lambda_function" "existing" {',
        '  function_name = "legacy"',
        '}',
        'resource "aws_ecs_service" "api" {',
        '  desired_count = 2',
        '}',
        '# resource "aws_autoscaling_group" "web" {}',
      ].join('\n'),
    });
    expect(facts.autoscaling.found).toBe(false);
    expect(facts.autoscaling.message).toBe('');
  });

  it('reads the well-known modules that wrap Lambda and Auto Scaling groups', async () => {
    const facts = await analyze({
      'modules.tf': [
        'module "api" {',
        '  source        = "terraform-aws-modules/lambda/aws"',
        '  version       = "~> 7.0"',
        '  function_name = "api"',
        '}',
        'module "legacy" {',
        '  source          = "terraform-aws-modules/lambda/aws"',
        '  create_function = false',
        '}',
        'module "web" {',
        '  source   = "terraform-aws-modules/autoscaling/aws"',
        '  min_size = 2',
        '  max_size = 2',
        '}',
      ].join('\n'),
    });
    expect(facts.autoscaling).toEqual({
      found: true,
      kinds: ['aws-lambda'],
      paths: ['modules.tf'],
      message: 'an AWS Lambda function in modules.tf',
      values: [],
    });
  });

  it('says a function reserved to one execution at a time does not scale', async () => {
    const facts = await analyze({
      'cron.tf': [
        'resource "aws_lambda_function" "nightly" {',
        '  function_name                  = "nightly"',
        '  reserved_concurrent_executions = 1',
        '}',
      ].join('\n'),
    });
    expect(facts.autoscaling.found).toBe(false);
    expect(facts.demandDriven).toBe(false);
    expect(facts.autoscaling.message).toBe(
      'an AWS Lambda function in cron.tf, but it is disabled: reserved_concurrent_executions is 1, so it handles one event at a time',
    );
  });

  it('reads Kubernetes node autoscaling on EKS, GKE and AKS', async () => {
    const facts = await analyze({
      'eks.tf': [
        'resource "aws_eks_node_group" "general" {',
        '  scaling_config {',
        '    min_size     = 2',
        '    max_size     = 10',
        '    desired_size = 3',
        '  }',
        '}',
      ].join('\n'),
      'gke.tf': [
        'resource "google_container_node_pool" "general" {',
        '  autoscaling {',
        '    min_node_count = 1',
        '    max_node_count = 5',
        '  }',
        '}',
        'resource "google_container_cluster" "auto" {',
        '  enable_autopilot = true',
        '}',
      ].join('\n'),
      'aks.tf': [
        'resource "azurerm_kubernetes_cluster" "main" {',
        '  default_node_pool {',
        '    name                 = "system"',
        '    auto_scaling_enabled = true',
        '    min_count            = 2',
        '    max_count            = 6',
        '  }',
        '}',
      ].join('\n'),
    });
    // One finding per kind and file: gke.tf's cluster (sorted first) speaks for it.
    expect(facts.autoscaling.kinds).toEqual([
      'aks-cluster-autoscaler',
      'eks-node-group',
      'gke-node-autoscaling',
    ]);
    expect(facts.autoscaling.message).toBe(
      [
        'the AKS cluster autoscaler in aks.tf',
        'an EKS managed node group in eks.tf',
        "GKE node autoscaling in gke.tf (the platform's default applies: GKE Autopilot adds and removes nodes with the workloads)",
      ].join('; '),
    );
    expect(facts.demandDriven).toBe(false);
  });

  it('says fixed or switched-off node autoscaling does not count', async () => {
    const facts = await analyze({
      'clusters.tf': [
        'resource "aws_eks_node_group" "fixed" {',
        '  scaling_config {',
        '    min_size = 3',
        '    max_size = 3',
        '  }',
        '}',
        'resource "azurerm_kubernetes_cluster_node_pool" "batch" {',
        '  enable_auto_scaling = false',
        '}',
        'resource "google_container_node_pool" "static" {',
        '  node_count = 3',
        '}',
      ].join('\n'),
    });
    expect(facts.autoscaling.found).toBe(false);
    expect(facts.autoscaling.message).toBe(
      'an EKS managed node group in clusters.tf, but it is disabled: min_size equals max_size (3), so it never scales (and 1 more like it)',
    );
  });
});
