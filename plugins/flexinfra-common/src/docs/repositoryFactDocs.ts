import type { RepositoryFactName } from '../repository/types';

/**
 * What each repository fact means and which files prove it, for the model
 * reference. The detectors in `src/repository/detectors/` are the truth;
 * this is their summary for readers.
 */
export const REPOSITORY_FACT_DOCS: Readonly<
  Record<RepositoryFactName, string>
> = Object.freeze({
  iac: 'Infrastructure as code: Terraform / OpenTofu (`*.tf`, `*.tf.json`), Terragrunt, Pulumi (`Pulumi.yaml`), AWS CDK (`cdk.json`), CloudFormation and SAM templates, Bicep and ARM templates, Crossplane and Config Connector resources, Ansible playbooks.',
  deployment:
    'Declarative deployment on a shared platform: Kubernetes workloads, Helm charts, Kustomize bases and overlays, Argo CD and Flux objects, platform application manifests (NAIS, Skiperator, Cartographer Workload, Knative Service, Cloud Run, App Engine `app.yaml`, `fly.toml`, Serverless Framework). A `docker-compose` file alone is local tooling, not a platform.',
  autoscaling:
    'Autoscaling: HorizontalPodAutoscaler, KEDA, Knative (which autoscales by default), chart values with `autoscaling.enabled: true`, platform manifests with fewer minimum than maximum replicas (or the platform’s autoscaling default), cloud autoscaling resources in infrastructure code, serverless functions. An autoscaler that is configured but disabled is not autoscaling; the message says where it was seen and why it does not count.',
  ci: 'A CI/CD pipeline: GitHub Actions, GitLab CI, Jenkinsfiles, CircleCI, Azure Pipelines, Cloud Build, Travis, AppVeyor, Buildkite, Tekton, Bitbucket Pipelines.',
  monitoring:
    'Monitoring and alerting as code: PrometheusRule, ServiceMonitor / PodMonitor, Prometheus rule files, Grafana dashboards and alerting provisioning, CloudWatch / Datadog / New Relic / Azure Monitor / Application Insights / Google Cloud Monitoring resources in infrastructure code, platform manifests that turn metrics on. Tooling for local development (`.devcontainer/`, a monitoring stack for laptops) does not count.',
  runbook:
    'A runbook in the repository (`RUNBOOK.md`, `docs/runbook*.md`, `runbooks/`).',
  environments:
    'Several environments defined as code: one variables file, values file, overlay, stack or pipeline environment per environment. Its `values` name them.',
  previewEnvironments:
    'Preview or ephemeral environments: preview values files or overlays, Argo CD pull-request generators, GitLab review apps, pull-request workflows that deploy.',
  regions:
    'Regions named in provider blocks, variables files, platform manifests or pipeline matrices. Its `values` name them.',
  backups:
    'Backups and retention as code: backup plans, database backup retention, point-in-time recovery, Velero schedules.',
  costAttribution:
    'Cost-attribution tags or labels (a cost-centre, billing or chargeback key) on cloud resources or workloads.',
  redundancy:
    'Redundancy: two or more replicas, several availability zones, zone spreading or anti-affinity, PodDisruptionBudgets, multi-AZ or regional databases.',
  documentation:
    'Documentation kept as code the way TechDocs builds it: an `mkdocs.yml` with Markdown pages in its docs folder.',
});

/** The flags derived from the facts' findings. */
export const REPOSITORY_FLAG_DOCS: Readonly<Record<string, string>> =
  Object.freeze({
    analyzed:
      '`true` when FlexInfra read the repository (`false` with an `error` when it could not; the other evidence still counts).',
    ciDeploys: '`true` when a pipeline deploys, not only builds and tests.',
    alerting:
      '`true` when some file defines alerts, not only metrics or dashboards.',
    demandDriven:
      '`true` when scaling follows demand signals: KEDA, Knative, serverless functions.',
    multiRegion: '`true` when two or more distinct regions are named.',
  });
