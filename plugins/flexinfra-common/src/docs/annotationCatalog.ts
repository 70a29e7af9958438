/**
 * What FlexInfra's own annotations mean. The model says which checks read an
 * annotation and which values pass them; this says what the annotation and
 * its values mean, for people writing catalog files. The docs test fails
 * when the model reads a `flexinfra.io/*` annotation that is not described
 * here, or accepts a value that is not listed.
 */
export interface FlexInfraAnnotation {
  key: string;
  meaning: string;
  /**
   * The recognised values and what each means, including ones that pass no
   * check (e.g. `manual`). Absent when the value is free-form.
   */
  values?: ReadonlyArray<{ value: string; meaning: string }>;
  /** What a free-form value looks like. */
  format?: string;
  /** The value in the example snippet. */
  example: string;
  /** Which kinds of entity carry it. */
  carriedBy: string;
}

export const FLEXINFRA_ANNOTATIONS: readonly FlexInfraAnnotation[] =
  Object.freeze([
    {
      key: 'flexinfra.io/provisioning',
      meaning:
        'How the infrastructure the entity runs on (or, on a Resource, the resource itself) is provisioned and changed.',
      values: [
        {
          value: 'manual',
          meaning: 'Built and changed by hand, case by case.',
        },
        {
          value: 'ticket',
          meaning:
            'Requested through a ticket and provisioned by another team to a standard process.',
        },
        {
          value: 'template',
          meaning:
            'Provisioned from defined environment templates or golden images, not yet as code the team changes.',
        },
        {
          value: 'iac',
          meaning:
            'Defined and changed as infrastructure code (Terraform, Pulumi, Crossplane, …) delivered by a pipeline.',
        },
        {
          value: 'self-service',
          meaning:
            'Provisioned by its users on demand, through a template or API backed by infrastructure code.',
        },
      ],
      example: 'iac',
      carriedBy: 'Components and Resources',
    },
    {
      key: 'flexinfra.io/iac-tool',
      meaning: 'The infrastructure-as-code tool that manages the entity.',
      format:
        'The tool, in lower case: `terraform`, `opentofu`, `pulumi`, `crossplane`, `cloudformation`, `cdk`, … Any value counts.',
      example: 'terraform',
      carriedBy: 'Components and Resources',
    },
    {
      key: 'flexinfra.io/iac-location',
      meaning:
        'Where the infrastructure code lives, as a Backstage location reference, so that reviewers and the portal can find it.',
      format:
        '`url:` followed by the repository path of the infrastructure code. Any value counts.',
      example: 'url:https://github.com/acme/infra-live/tree/main/rds/checkout',
      carriedBy: 'Components and Resources',
    },
    {
      key: 'flexinfra.io/autoscaling',
      meaning: 'How the workload scales with demand.',
      values: [
        { value: 'none', meaning: 'Fixed capacity.' },
        {
          value: 'manual',
          meaning: 'Scaled by a person changing replicas or instance sizes.',
        },
        {
          value: 'hpa',
          meaning:
            'A Kubernetes HorizontalPodAutoscaler scales replicas on resource metrics such as CPU.',
        },
        {
          value: 'vpa',
          meaning: 'A Kubernetes VerticalPodAutoscaler sizes its pods.',
        },
        {
          value: 'cluster-autoscaler',
          meaning: 'The cluster adds and removes nodes as workloads need.',
        },
        {
          value: 'keda',
          meaning:
            'KEDA scales on demand signals: events, queue length, request rate.',
        },
        {
          value: 'serverless',
          meaning:
            'Runs on a serverless platform (Lambda, Cloud Run, Knative, …) that scales per request, down to zero.',
        },
      ],
      example: 'hpa',
      carriedBy: 'Components',
    },
    {
      key: 'flexinfra.io/redundancy',
      meaning: 'How the entity survives the loss of a zone or a region.',
      values: [
        { value: 'none', meaning: 'A single instance.' },
        {
          value: 'single-az',
          meaning: 'Several instances, in one availability zone.',
        },
        {
          value: 'multi-az',
          meaning: 'Spread over two or more availability zones of a region.',
        },
        {
          value: 'multi-region',
          meaning: 'Runs in two or more regions and survives losing one.',
        },
      ],
      example: 'multi-az',
      carriedBy: 'Components and Resources',
    },
    {
      key: 'flexinfra.io/environments',
      meaning:
        'The environments the entity is deployed to. `preview`, `ephemeral` and `review` name short-lived environments created on demand, e.g. one per pull request.',
      format:
        'A comma-separated list, e.g. `dev,staging,prod,preview`. Items are trimmed and compared in lower case.',
      example: 'dev,staging,prod,preview',
      carriedBy: 'Components',
    },
    {
      key: 'flexinfra.io/regions',
      meaning:
        'The cloud regions the entity runs in. Two or more regions count as multi-region.',
      format:
        'A comma-separated list of region names, e.g. `eu-west-1,us-east-1`.',
      example: 'eu-west-1,us-east-1',
      carriedBy: 'Components and Resources',
    },
    {
      key: 'flexinfra.io/cost-center',
      meaning:
        'The cost centre that pays for the entity, so its cloud spend can be attributed. Tag the cloud resources with the same value.',
      format: 'Your organisation’s cost-centre code. Any value counts.',
      example: 'CC-2100',
      carriedBy: 'Components and Resources',
    },
    {
      key: 'flexinfra.io/backup',
      meaning: 'How often a stateful resource is backed up.',
      values: [
        { value: 'none', meaning: 'Not backed up.' },
        { value: 'weekly', meaning: 'A backup every week.' },
        { value: 'daily', meaning: 'A backup every day.' },
        { value: 'hourly', meaning: 'A backup every hour.' },
        {
          value: 'continuous',
          meaning: 'Continuous backup with point-in-time recovery.',
        },
      ],
      example: 'daily',
      carriedBy:
        'Resources that hold data (databases, buckets, storage, caches)',
    },
    {
      key: 'flexinfra.io/self-service-template',
      meaning:
        'The scaffolder template through which teams provision the entity (or another instance of it) themselves.',
      format:
        'The Template entity’s ref, e.g. `template:default/go-service-golden-path`. Any value counts.',
      example: 'template:default/go-service-golden-path',
      carriedBy: 'Components and Resources',
    },
  ]);

/**
 * The tool or product behind an annotation prefix, for the table of other
 * annotations FlexInfra reads. Prefixes not listed are shown as they are.
 */
export const ANNOTATION_TOOLS: Readonly<Record<string, string>> = Object.freeze(
  {
    'backstage.io': 'Backstage',
    'github.com': 'GitHub',
    'gitlab.com': 'GitLab',
    'dev.azure.com': 'Azure DevOps',
    'bitbucket.org': 'Bitbucket',
    'circleci.com': 'CircleCI',
    'jenkins.io': 'Jenkins',
    'buildkite.com': 'Buildkite',
    'google.com': 'Google Cloud Build',
    'tekton.dev': 'Tekton',
    'travis-ci.com': 'Travis CI',
    'terraform.io': 'Terraform',
    'pulumi.com': 'Pulumi',
    'crossplane.io': 'Crossplane',
    argocd: 'Argo CD',
    'fluxcd.io': 'Flux',
    grafana: 'Grafana',
    'prometheus.io': 'Prometheus',
    'datadoghq.com': 'Datadog',
    'newrelic.com': 'New Relic',
    'dynatrace.com': 'Dynatrace',
    'honeycomb.io': 'Honeycomb',
    'lightstep.com': 'Lightstep',
    'pagerduty.com': 'PagerDuty',
    'opsgenie.com': 'Opsgenie',
    'splunk.com': 'Splunk On-Call',
    'firehydrant.com': 'FireHydrant',
    'incident.io': 'incident.io',
    'cloud.google.com': 'Google Cloud',
    'aws.amazon.com': 'AWS',
    'cost-insights': 'Cost Insights',
    'sonarqube.org': 'SonarQube',
    'snyk.io': 'Snyk',
    'codecov.io': 'Codecov',
    'codeclimate.com': 'Code Climate',
  },
);
