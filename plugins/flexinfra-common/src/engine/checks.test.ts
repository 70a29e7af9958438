import type { Entity } from '@backstage/catalog-model';
import { fixtureEntity, loadFixtureFile } from '../__testUtils__/fixtures';
import { defaultModelDefinition } from '../model/defaultModel';
import { compileModel } from './compileModel';
import { evaluateEntities } from './evaluateEntities';
import { evaluateEntity } from './evaluateEntity';
import { createEntityLookup, type EntityLookup } from './facts';
import type { CheckStatus, ScoredEntity } from './types';

/**
 * One describe per check of the default model: an entity shaped like real
 * catalog entries (the fixtures in src/__fixtures__) that passes with its
 * evidence, one that fails without it, and the kinds and types the check does
 * not apply to. Where real catalogs do not carry the evidence (FlexInfra's own
 * annotations), the evidence is added to a fixture, so that pass and fail
 * differ by exactly that.
 */

const NOW = new Date('2026-06-01T12:00:00Z');
const model = compileModel(defaultModelDefinition);

type AnyEntity = ReturnType<typeof fixtureEntity>;

/**
 * Fixture entities (src/__fixtures__), each shaped like a kind of entry real
 * catalogs carry; the comment above each document in its file says which.
 */
const fx = {
  /** Rich service: system, techdocs, GitHub, Kubernetes, Argo CD, providesApis. */
  devPortal: () => fixtureEntity('dev-portal.yaml', 'dev-portal'),
  /** Service with no owner, no lifecycle and an unrecognised `repo` annotation. */
  dataIngest: () => fixtureEntity('data-ingest.yaml', 'data-ingest'),
  /** external-tooling Component with GitHub annotations only, no system. */
  acmeCli: () => fixtureEntity('acme-cli.yaml', 'acme-cli'),
  /** Service with github.com/project-slug, argocd/app-name and techdocs-ref. */
  churnModel: () => fixtureEntity('churn-model.yml', 'churn-model'),
  /** Service deployed by Kubernetes label selector, nothing else. */
  petStore: () => fixtureEntity('pet-store.yaml', 'pet-store'),
  /** Website with backstage.io/source-location and argocd/app-selector. */
  websiteAssets: () => fixtureEntity('public-website.yaml', 'website-assets'),
  /** Website with only github.com/project-slug. */
  portalDemo: () => fixtureEntity('portal-demo.yaml', 'portal-demo'),
  /** Service built by Jenkins (jenkins.io/job-full-name). */
  caseStoreApi: () => fixtureEntity('case-store-api.yaml', 'case-store-api'),
  /** Service built by Buildkite, monitored by Prometheus rules. */
  sampleBuildkite: () =>
    fixtureEntity('plugin-test-entities.yaml', 'sample-buildkite-service'),
  /** Service whose only CI annotation is travis-ci.com/repo-slug. */
  sampleTravis: () =>
    fixtureEntity('plugin-test-entities.yaml', 'sample-travis-service'),
  /** Website built by Google Cloud Build. */
  statusSite: () => fixtureEntity('status-site.yaml', 'status-site'),
  /** Service documented only by a link titled "Documentation". */
  certificates: () => fixtureEntity('certificates.yaml', 'certificates'),
  /** Service monitored by Prometheus and Grafana, deployed by Argo CD. */
  helloGitops: () => fixtureEntity('hello-gitops.yaml', 'hello-gitops'),
  /** Backstage-style example: links titled "Dashboard" and "Alerts". */
  songSearch: () => fixtureEntity('song-search.yaml', 'song-search'),
  /** PagerDuty service (pagerduty.com/service-id: ops). */
  batchWorkers: () =>
    fixtureEntity('operations-services.yaml', 'batch-workers'),
  /** Same repository as batchWorkers, no on-call annotation. */
  logShipping: () => fixtureEntity('operations-services.yaml', 'log-shipping'),
  /** Website with AWS cost-insights tags (not a cost center). */
  exampleStorefront: () =>
    fixtureEntity('aws-examples.yaml', 'example-storefront'),
  /** Website whose only annotation is a PagerDuty service id. */
  exampleCheckout: () =>
    fixtureEntity('pagerduty-example.yaml', 'example-checkout'),
  /** Product with sonarqube.org/project-key and a link of type docs. */
  developerHub: () =>
    fixtureEntity('developer-hub.yaml', 'developer-hub', 'Component'),
  /** Service that provides an API. */
  riskBackend: () =>
    fixtureEntity('risk-backend.yaml', 'risk-backend', 'Component'),
  /** Service that depends on resource:content-db (in its own file). */
  contentCms: () => fixtureEntity('content-cms.yaml', 'content-cms'),
  /** Database Resource with owner and system, no annotations. */
  contentDb: () => fixtureEntity('content-db.yaml', 'content-db'),
  /** Service that depends on resource:billing-db (in its own file). */
  billingApi: () => fixtureEntity('billing-api.yaml', 'billing-api'),
  billingDb: () => fixtureEntity('billing-db.yaml', 'billing-db'),
  /** Service that depends on resource:recipes-db, which no file defines. */
  recipesApi: () => fixtureEntity('recipes-api.yaml', 'recipes-api'),
  /** Cluster Resource with an owner and nothing else (no system). */
  clusterEast: () => fixtureEntity('cluster-east.yaml', 'cluster-east'),
  sessionsRedis: () =>
    fixtureEntity('platform-resources.yaml', 'sessions-redis'),
  prodCluster: () => fixtureEntity('platform-resources.yaml', 'prod-cluster'),
  /** A library, with sonarqube.org/project-key. */
  widgetsLibrary: () => fixtureEntity('design-system.yaml', 'Widgets'),
  /** A Component of type documentation, with techdocs-ref. */
  messagingDocs: () => fixtureEntity('messaging-portal.yaml', 'messaging-docs'),
  api: () => fixtureEntity('rates.yaml', 'rates', 'API'),
  group: () => fixtureEntity('public-website.yaml', 'web-team', 'Group'),
  system: () => fixtureEntity('public-website-system.yaml', 'public-website'),
  /** Not a Backstage kind at all. */
  service: () => fixtureEntity('shipping-api.yaml', 'shipping-api'),
};

function annotate(entity: AnyEntity, annotations: Record<string, string>) {
  const metadata = entity.metadata as { annotations?: Record<string, string> };
  metadata.annotations = { ...metadata.annotations, ...annotations };
  return entity;
}

function unannotate(entity: AnyEntity, ...keys: string[]) {
  const annotations = (
    entity.metadata as { annotations?: Record<string, string> }
  ).annotations;
  for (const key of keys) {
    expect(annotations?.[key]).toBeDefined(); // the evidence was really there
    delete annotations![key];
  }
  return entity;
}

function addLinks(entity: AnyEntity, ...links: Array<Record<string, string>>) {
  const metadata = entity.metadata as { links?: unknown[] };
  metadata.links = [...(metadata.links ?? []), ...links];
  return entity;
}

function setSpec(entity: AnyEntity, spec: Record<string, unknown>) {
  entity.spec = { ...(entity.spec as object), ...spec };
  return entity;
}

function unsetSpec(entity: AnyEntity, ...keys: string[]) {
  const spec = entity.spec as Record<string, unknown>;
  for (const key of keys) {
    expect(spec[key]).toBeDefined();
    delete spec[key];
  }
  return entity;
}

interface Case {
  name: string;
  entity: () => AnyEntity;
  /** The other entities relations resolve against. */
  related?: () => AnyEntity[];
  /** What the message must say: the evidence found or missing. */
  message?: RegExp;
}

type Applicability =
  /** Components other than libraries, documentation, templates, … */
  | 'services'
  /** The above, and every Resource. */
  | 'services-and-resources'
  /** Resources that hold data. */
  | 'stateful-resources';

interface CheckCases {
  appliesTo: Applicability;
  pass: Case[];
  fail: Case[];
}

const NOT_APPLICABLE: Record<Applicability, Case[]> = {
  services: [
    { name: 'a Resource', entity: fx.contentDb },
    { name: 'a library Component', entity: fx.widgetsLibrary },
    { name: 'a documentation Component', entity: fx.messagingDocs },
    { name: 'an API', entity: fx.api },
    { name: 'a Group', entity: fx.group },
  ],
  'services-and-resources': [
    { name: 'a library Component', entity: fx.widgetsLibrary },
    { name: 'a documentation Component', entity: fx.messagingDocs },
    { name: 'an API', entity: fx.api },
    { name: 'a System', entity: fx.system },
    { name: 'a Service (not a Backstage kind)', entity: fx.service },
  ],
  'stateful-resources': [
    { name: 'a service Component', entity: fx.devPortal },
    { name: 'a kubernetes-cluster Resource', entity: fx.prodCluster },
    { name: 'a library Component', entity: fx.widgetsLibrary },
  ],
};

const IAC_PROVISIONED = { 'flexinfra.io/provisioning': 'iac' };

const CASES: Record<string, CheckCases> = {
  owned: {
    appliesTo: 'services-and-resources',
    pass: [
      {
        name: 'a service with spec.owner',
        entity: fx.devPortal,
        message: /^Found spec\.owner = /,
      },
      {
        name: 'a database with spec.owner',
        entity: fx.contentDb,
        message: /spec\.owner/,
      },
    ],
    fail: [
      {
        name: 'a service without owner',
        entity: fx.dataIngest,
        message: /^Missing spec\.owner\.$/,
      },
      {
        name: 'the database without its owner',
        entity: () => unsetSpec(fx.contentDb(), 'owner'),
        message: /Missing spec\.owner/,
      },
    ],
  },
  'lifecycle-declared': {
    appliesTo: 'services',
    pass: [
      {
        name: 'a service with a lifecycle',
        entity: fx.devPortal,
        message: /Found spec\.lifecycle = /,
      },
    ],
    fail: [
      {
        name: 'a service without lifecycle',
        entity: fx.dataIngest,
        message: /Missing spec\.lifecycle/,
      },
    ],
  },
  'part-of-system': {
    appliesTo: 'services-and-resources',
    pass: [
      {
        name: 'a service in a system',
        entity: fx.devPortal,
        message: /Found spec\.system = /,
      },
      {
        name: 'a database in a system',
        entity: fx.contentDb,
        message: /spec\.system/,
      },
    ],
    fail: [
      {
        name: 'a tool in no system',
        entity: fx.acmeCli,
        message: /Missing spec\.system/,
      },
      {
        name: 'a cluster in no system',
        entity: fx.clusterEast,
        message: /Missing spec\.system/,
      },
    ],
  },
  'source-linked': {
    appliesTo: 'services',
    pass: [
      {
        name: 'backstage.io/source-location',
        entity: () => unannotate(fx.websiteAssets(), 'github.com/project-slug'),
        message:
          /Found annotation backstage\.io\/source-location = url:https:\/\/github\.com\/acme\/website-assets\/tree\/main\//,
      },
      {
        name: 'github.com/project-slug only',
        entity: fx.portalDemo,
        message:
          /Found annotation github\.com\/project-slug = acme\/portal-demo/,
      },
    ],
    fail: [
      {
        name: 'an unrecognised "repo" annotation',
        entity: fx.dataIngest,
        message:
          /^Missing a repository FlexInfra can read or annotation backstage\.io\/source-location or annotation github\.com\/project-slug or /,
      },
      {
        name: 'the project slug removed',
        entity: () => unannotate(fx.portalDemo(), 'github.com/project-slug'),
        message: /^Missing .* or annotation backstage\.io\/source-location /,
      },
    ],
  },
  documented: {
    appliesTo: 'services',
    pass: [
      {
        name: 'backstage.io/techdocs-ref',
        entity: fx.churnModel,
        message: /Found annotation backstage\.io\/techdocs-ref = dir:\./,
      },
      {
        name: 'a link titled "Documentation"',
        entity: fx.certificates,
        message:
          /Found a link: "Documentation" \(https:\/\/certificates\.docs\.acme\.example\/\)/,
      },
      {
        name: 'a link of type docs (techdocs-ref removed)',
        entity: () =>
          unannotate(fx.developerHub(), 'backstage.io/techdocs-ref'),
        message: /Found a link: "Product documentation"/,
      },
    ],
    fail: [
      {
        name: 'no techdocs and no documentation link',
        entity: fx.acmeCli,
        message:
          /Missing documentation as code in the repository \(TechDocs\) or annotation backstage\.io\/techdocs-ref or a link with type = documentation/,
      },
      {
        name: 'techdocs-ref removed',
        entity: () => unannotate(fx.churnModel(), 'backstage.io/techdocs-ref'),
        message:
          /Missing documentation as code in the repository \(TechDocs\) or annotation backstage\.io\/techdocs-ref/,
      },
    ],
  },
  'ci-pipeline': {
    appliesTo: 'services',
    pass: [
      {
        name: 'Jenkins',
        entity: () => unannotate(fx.caseStoreApi(), 'github.com/project-slug'),
        message:
          /Found annotation jenkins\.io\/job-full-name = acme-ci:Casework_A_to_F\/case-store-api/,
      },
      {
        name: 'Buildkite',
        entity: fx.sampleBuildkite,
        message:
          /Found annotation buildkite\.com\/project-slug = acme\/sample-pipeline/,
      },
      {
        name: 'Google Cloud Build',
        entity: fx.statusSite,
        message: /Found annotation google\.com\/cloudbuild-project-slug/,
      },
      {
        // The Travis CI plugin reads travis-ci.com/repo-slug (as real
        // entities write it); the model used to look for project-slug only.
        name: 'Travis CI (travis-ci.com/repo-slug)',
        entity: fx.sampleTravis,
        message:
          /Found annotation travis-ci\.com\/repo-slug = acme\/sample-travis-service/,
      },
      {
        name: 'GitHub Actions',
        entity: fx.portalDemo,
        message: /Found annotation github\.com\/project-slug/,
      },
    ],
    fail: [
      {
        name: 'a service with only a Kubernetes label selector',
        entity: fx.petStore,
        message:
          /^Missing a CI\/CD pipeline in the repository or annotation github\.com\/project-slug or annotation circleci\.com\/project-slug or /,
      },
      {
        name: 'Jenkins and GitHub removed',
        entity: () =>
          unannotate(
            fx.caseStoreApi(),
            'github.com/project-slug',
            'jenkins.io/job-full-name',
          ),
        message: /Missing .*annotation jenkins\.io\/job-full-name/,
      },
    ],
  },
  'provisioning-declared': {
    appliesTo: 'services-and-resources',
    pass: [
      {
        name: 'a service provisioned as code',
        entity: () => annotate(fx.devPortal(), IAC_PROVISIONED),
        message: /Found annotation flexinfra\.io\/provisioning = iac/,
      },
      {
        name: 'a service on the shared Kubernetes platform (Argo CD)',
        entity: fx.devPortal,
        message:
          /^Found annotation backstage\.io\/kubernetes-id = .*annotation argocd\/app-name = /,
      },
      {
        name: 'a database provisioned by ticket',
        entity: () =>
          annotate(fx.contentDb(), { 'flexinfra.io/provisioning': 'ticket' }),
        message: /Found annotation flexinfra\.io\/provisioning = ticket/,
      },
    ],
    fail: [
      {
        name: 'a service that neither says nor runs on a shared platform',
        entity: () =>
          unannotate(
            fx.devPortal(),
            'backstage.io/kubernetes-id',
            'backstage.io/kubernetes-label-selector',
            'argocd/app-name',
          ),
        message:
          /^Missing infrastructure as code in the repository or a declarative deployment in the repository or annotation flexinfra\.io\/provisioning = ticket \| template \| iac \| self-service or annotation backstage\.io\/kubernetes-id or /,
      },
      {
        name: 'manual provisioning (stage 1)',
        entity: () =>
          annotate(fx.contentDb(), { 'flexinfra.io/provisioning': 'manual' }),
        message:
          /^Missing .* or annotation flexinfra\.io\/provisioning = ticket \| template \| iac \| self-service /,
      },
    ],
  },
  'iac-managed': {
    appliesTo: 'services-and-resources',
    pass: [
      {
        name: 'a database with a Terraform workspace',
        entity: () =>
          annotate(fx.contentDb(), { 'terraform.io/workspace': 'web-prod' }),
        message: /^Found annotation terraform\.io\/workspace = web-prod\.$/,
      },
      {
        name: 'a self-service service',
        entity: () =>
          annotate(fx.devPortal(), {
            'flexinfra.io/provisioning': 'self-service',
          }),
        message: /Found annotation flexinfra\.io\/provisioning = self-service/,
      },
    ],
    fail: [
      {
        name: 'provisioned from a template, not as code',
        entity: () =>
          annotate(fx.devPortal(), {
            'flexinfra.io/provisioning': 'template',
          }),
        message:
          /^Missing infrastructure as code in the repository or annotation flexinfra\.io\/provisioning = iac \| self-service or annotation flexinfra\.io\/iac-tool or annotation terraform\.io\/workspace or /,
      },
      {
        name: 'a database with owner and system only',
        entity: fx.contentDb,
        message:
          /^Missing .* or annotation flexinfra\.io\/provisioning = iac \| self-service /,
      },
    ],
  },
  'iac-location': {
    appliesTo: 'services-and-resources',
    pass: [
      {
        name: 'a database whose IaC is linked',
        entity: () =>
          annotate(fx.contentDb(), {
            'flexinfra.io/iac-location':
              'url:https://github.com/acme/web-infra/tree/main/content-db',
          }),
        message:
          /Found annotation flexinfra\.io\/iac-location = url:https:\/\/github\.com\/acme\/web-infra/,
      },
    ],
    fail: [
      {
        name: 'a database with owner and system only',
        entity: fx.contentDb,
        message:
          /^Missing infrastructure as code in the repository or annotation flexinfra\.io\/iac-location\.$/,
      },
      {
        name: 'a rich service without infrastructure as code',
        entity: fx.devPortal,
        message: /flexinfra\.io\/iac-location/,
      },
    ],
  },
  'declarative-deploy': {
    appliesTo: 'services',
    pass: [
      {
        name: 'Argo CD',
        entity: fx.churnModel,
        message:
          /^Found annotation argocd\/app-name = acme-prod-churn-model\.$/,
      },
      {
        name: 'a Kubernetes label selector',
        entity: fx.petStore,
        message:
          /Found annotation backstage\.io\/kubernetes-label-selector = app\.kubernetes\.io\/part-of=pet-store/,
      },
      {
        name: 'backstage.io/kubernetes-id',
        entity: () =>
          unannotate(
            fx.devPortal(),
            'argocd/app-name',
            'backstage.io/kubernetes-label-selector',
          ),
        message:
          /^Found annotation backstage\.io\/kubernetes-id = dev-portal\.$/,
      },
      {
        name: 'serverless',
        entity: () =>
          annotate(fx.acmeCli(), {
            'flexinfra.io/autoscaling': 'serverless',
          }),
        message: /Found annotation flexinfra\.io\/autoscaling = serverless/,
      },
    ],
    fail: [
      {
        name: 'no deployment annotation',
        entity: fx.acmeCli,
        message:
          /^Missing a declarative deployment in the repository or annotation backstage\.io\/kubernetes-id or .*annotation argocd\/app-name.* or annotation flexinfra\.io\/autoscaling = serverless\.$/,
      },
      {
        name: 'Argo CD removed',
        entity: () => unannotate(fx.churnModel(), 'argocd/app-name'),
        message: /^Missing .* or annotation backstage\.io\/kubernetes-id /,
      },
    ],
  },
  autoscaling: {
    appliesTo: 'services',
    pass: [
      {
        name: 'HPA',
        entity: () =>
          annotate(fx.helloGitops(), { 'flexinfra.io/autoscaling': 'hpa' }),
        message: /^Found annotation flexinfra\.io\/autoscaling = hpa\.$/,
      },
    ],
    fail: [
      {
        name: 'a service that declares no autoscaling',
        entity: fx.helloGitops,
        message:
          /^Missing autoscaling in the repository or annotation flexinfra\.io\/autoscaling = hpa \| keda \| vpa \| serverless \| cluster-autoscaler\.$/,
      },
      {
        name: 'scaled by hand',
        entity: () =>
          annotate(fx.helloGitops(), {
            'flexinfra.io/autoscaling': 'manual',
          }),
        message: /^Missing .* or annotation flexinfra\.io\/autoscaling = hpa /,
      },
    ],
  },
  'environments-declared': {
    appliesTo: 'services',
    pass: [
      {
        name: 'environments listed',
        entity: () =>
          annotate(fx.helloGitops(), {
            'flexinfra.io/environments': 'staging, production',
          }),
        message:
          /^Found annotation flexinfra\.io\/environments = staging, production\.$/,
      },
    ],
    fail: [
      {
        name: 'a service that declares no environments',
        entity: fx.helloGitops,
        message:
          /^Missing environments defined in the repository or annotation flexinfra\.io\/environments\.$/,
      },
    ],
  },
  'managed-dependencies': {
    appliesTo: 'services',
    pass: [
      {
        name: 'spec.dependsOn a database provisioned as code (a short ref)',
        entity: fx.contentCms,
        related: () => [annotate(fx.contentDb(), IAC_PROVISIONED)],
        message: /^Found a dependsOn entity: resource:default\/content-db\.$/,
      },
      {
        name: 'a processed dependsOn relation to a self-service database',
        entity: () => {
          const entity = fx.billingApi();
          delete (entity.spec as { dependsOn?: unknown }).dependsOn;
          entity.relations = [
            {
              type: 'dependsOn',
              targetRef: 'resource:default/billing-db',
            },
          ];
          return entity;
        },
        related: () => [
          annotate(fx.billingDb(), {
            'flexinfra.io/provisioning': 'self-service',
          }),
        ],
        message: /Found a dependsOn entity: resource:default\/billing-db/,
      },
    ],
    fail: [
      {
        name: 'the database is not provisioned as code',
        entity: fx.contentCms,
        related: () => [fx.contentDb()],
        message:
          /^Missing a dependsOn entity \(kind = Resource and annotation flexinfra\.io\/provisioning = iac \| self-service\)\.$/,
      },
      {
        name: 'the dependency is not in the catalog',
        entity: fx.recipesApi,
        message: /Missing a dependsOn entity/,
      },
      {
        name: 'the dependency provisioned as code is a Component, not a Resource',
        entity: () =>
          setSpec(fx.contentCms(), {
            dependsOn: ['component:default/dev-portal'],
          }),
        related: () => [annotate(fx.devPortal(), IAC_PROVISIONED)],
        message: /Missing a dependsOn entity \(kind = Resource/,
      },
    ],
  },
  monitored: {
    appliesTo: 'services',
    pass: [
      {
        name: 'Prometheus rules',
        entity: () => unannotate(fx.sampleBuildkite(), 'prometheus.io/alert'),
        message:
          /^Found annotation prometheus\.io\/rule = errorRate,http_requests_failed_total\|pod\.$/,
      },
      {
        name: 'a link titled "Dashboard"',
        entity: fx.songSearch,
        message:
          /^Found a link: "Dashboard" \(https:\/\/example\.acme\.example\/dashboard\)/,
      },
      {
        name: 'a link of type dashboard',
        entity: () =>
          addLinks(fx.devPortal(), {
            url: 'https://grafana.acme.example/d/dev-portal',
            title: 'Service health',
            type: 'dashboard',
          }),
        message:
          /Found a link: "Service health" \(https:\/\/grafana\.acme\.example\/d\/dev-portal\)/,
      },
      {
        name: 'a Grafana dashboard selector',
        entity: () => unannotate(fx.helloGitops(), 'prometheus.io/rule'),
        message:
          /Found annotation grafana\/dashboard-selector = namespace=hello/,
      },
    ],
    fail: [
      {
        name: 'a service without monitoring',
        entity: fx.devPortal,
        message:
          /^Missing monitoring or alerting as code in the repository or annotation grafana\/dashboard-selector or .*annotation prometheus\.io\/rule.* or a link with type = dashboard or title starting with "dashboard"\.$/,
      },
      {
        name: 'Prometheus removed',
        entity: () =>
          unannotate(
            fx.sampleBuildkite(),
            'prometheus.io/alert',
            'prometheus.io/rule',
          ),
        message: /^Missing .* or annotation grafana\/dashboard-selector /,
      },
    ],
  },
  'on-call': {
    appliesTo: 'services',
    pass: [
      {
        name: 'PagerDuty',
        entity: fx.batchWorkers,
        message: /^Found annotation pagerduty\.com\/service-id = ops\.$/,
      },
      {
        name: "PagerDuty's own example",
        entity: fx.exampleCheckout,
        message: /Found annotation pagerduty\.com\/service-id = P7ACME1/,
      },
    ],
    fail: [
      {
        name: 'a service with no on-call',
        entity: fx.logShipping,
        message:
          /^Missing annotation pagerduty\.com\/service-id or annotation pagerduty\.com\/integration-key or /,
      },
      {
        name: 'PagerDuty removed',
        entity: () => unannotate(fx.batchWorkers(), 'pagerduty.com/service-id'),
        message: /Missing annotation pagerduty\.com\/service-id/,
      },
    ],
  },
  runbook: {
    appliesTo: 'services',
    pass: [
      {
        name: 'a link of type runbook',
        entity: () =>
          addLinks(fx.devPortal(), {
            url: 'https://runbooks.acme.example/dev-portal',
            title: 'On-call guide',
            type: 'runbook',
          }),
        message:
          /^Found a link: "On-call guide" \(https:\/\/runbooks\.acme\.example\/dev-portal\)\.$/,
      },
      {
        name: 'a link titled "Runbook: …" (any case)',
        entity: () =>
          addLinks(fx.helloGitops(), {
            url: 'https://runbooks.acme.example/hello-gitops',
            title: 'Runbook: hello gitops',
          }),
        message: /Found a link: "Runbook: hello gitops"/,
      },
    ],
    fail: [
      {
        // Its link "On-call runbook" neither has type runbook nor a title
        // starting with it.
        name: 'a service whose runbook link is neither typed nor titled so',
        entity: fx.devPortal,
        message:
          /^Missing a runbook in the repository or a link with type = runbook or title starting with "runbook"\.$/,
      },
    ],
  },
  'cost-visibility': {
    appliesTo: 'services-and-resources',
    pass: [
      {
        name: 'a cost center',
        entity: () =>
          annotate(fx.exampleStorefront(), {
            'flexinfra.io/cost-center': 'cc-1234',
          }),
        message: /^Found annotation flexinfra\.io\/cost-center = cc-1234\.$/,
      },
      {
        name: 'a database with a cost center',
        entity: () =>
          annotate(fx.contentDb(), { 'flexinfra.io/cost-center': 'web' }),
        message: /Found annotation flexinfra\.io\/cost-center = web/,
      },
    ],
    fail: [
      {
        name: 'AWS cost-insights tags are not a cost center',
        entity: fx.exampleStorefront,
        message:
          /^Missing cost-attribution tags or labels in the repository or annotation flexinfra\.io\/cost-center\.$/,
      },
    ],
  },
  redundancy: {
    appliesTo: 'services-and-resources',
    pass: [
      {
        name: 'a multi-AZ database',
        entity: () =>
          annotate(fx.contentDb(), { 'flexinfra.io/redundancy': 'multi-az' }),
        message: /^Found annotation flexinfra\.io\/redundancy = multi-az\.$/,
      },
    ],
    fail: [
      {
        name: 'a single-AZ database',
        entity: () =>
          annotate(fx.contentDb(), {
            'flexinfra.io/redundancy': 'single-az',
          }),
        message:
          /^Missing redundancy in the repository or two or more regions in the repository or annotation flexinfra\.io\/redundancy = multi-az \| multi-region\.$/,
      },
      {
        name: 'a rich service with no redundancy',
        entity: fx.devPortal,
        message:
          /^Missing .* or annotation flexinfra\.io\/redundancy = multi-az /,
      },
    ],
  },
  backups: {
    appliesTo: 'stateful-resources',
    pass: [
      {
        name: 'a database backed up daily',
        entity: () =>
          annotate(fx.contentDb(), { 'flexinfra.io/backup': 'daily' }),
        message: /^Found annotation flexinfra\.io\/backup = daily\.$/,
      },
      {
        name: 'a cache backed up continuously',
        entity: () =>
          annotate(fx.sessionsRedis(), { 'flexinfra.io/backup': 'continuous' }),
        message: /Found annotation flexinfra\.io\/backup = continuous/,
      },
    ],
    fail: [
      {
        name: 'a database with no backup annotation',
        entity: fx.contentDb,
        message:
          /^Missing backups as code in the repository or annotation flexinfra\.io\/backup = daily \| continuous \| hourly\.$/,
      },
      {
        name: 'weekly is not enough',
        entity: () =>
          annotate(fx.sessionsRedis(), { 'flexinfra.io/backup': 'weekly' }),
        message: /^Missing .* or annotation flexinfra\.io\/backup = daily /,
      },
    ],
  },
  'code-quality': {
    appliesTo: 'services',
    pass: [
      {
        name: 'SonarQube',
        entity: fx.developerHub,
        message:
          /^Found annotation sonarqube\.org\/project-key = acme_developer-hub\.$/,
      },
      {
        name: 'Snyk',
        entity: () =>
          annotate(fx.devPortal(), { 'snyk.io/org-name': 'acme-platform' }),
        message: /Found annotation snyk\.io\/org-name = acme-platform/,
      },
    ],
    fail: [
      {
        name: 'a service without scanning',
        entity: fx.devPortal,
        message:
          /^Missing annotation sonarqube\.org\/project-key or annotation snyk\.io\/org-name/,
      },
      {
        name: 'SonarQube removed',
        entity: () =>
          unannotate(fx.developerHub(), 'sonarqube.org/project-key'),
        message: /Missing annotation sonarqube\.org\/project-key/,
      },
    ],
  },
  'api-exposed': {
    appliesTo: 'services',
    pass: [
      {
        name: 'a service that provides an API',
        entity: fx.riskBackend,
        message: /^Found spec\.providesApis = /,
      },
    ],
    fail: [
      {
        name: 'a tool with no API',
        entity: fx.acmeCli,
        message: /^Missing spec\.providesApis\.$/,
      },
      {
        name: 'providesApis removed',
        entity: () => unsetSpec(fx.riskBackend(), 'providesApis'),
        message: /Missing spec\.providesApis/,
      },
    ],
  },
  'multi-region': {
    appliesTo: 'services-and-resources',
    pass: [
      {
        name: 'two regions listed',
        entity: () =>
          annotate(fx.contentDb(), {
            'flexinfra.io/regions': 'eu-west-2, eu-west-1',
          }),
        message: /^Found two or more regions in flexinfra\.io\/regions/,
      },
      {
        name: 'redundancy: multi-region',
        entity: () =>
          annotate(fx.devPortal(), {
            'flexinfra.io/redundancy': 'multi-region',
          }),
        message:
          /^Found annotation flexinfra\.io\/redundancy = multi-region\.$/,
      },
    ],
    fail: [
      {
        name: 'one region',
        entity: () =>
          annotate(fx.contentDb(), { 'flexinfra.io/regions': 'eu-west-2' }),
        message:
          /^Missing two or more regions in the repository or annotation flexinfra\.io\/redundancy = multi-region or two or more regions in flexinfra\.io\/regions\.$/,
      },
      {
        name: 'one region listed twice',
        entity: () =>
          annotate(fx.contentDb(), {
            'flexinfra.io/regions': 'eu-west-2, EU-West-2',
          }),
        message: /two or more regions in flexinfra\.io\/regions/,
      },
      {
        name: 'multi-AZ is not multi-region',
        entity: () =>
          annotate(fx.devPortal(), { 'flexinfra.io/redundancy': 'multi-az' }),
        message:
          /^Missing .* or annotation flexinfra\.io\/redundancy = multi-region /,
      },
    ],
  },
  'ephemeral-environments': {
    appliesTo: 'services',
    pass: [
      {
        name: 'preview environments',
        entity: () =>
          annotate(fx.devPortal(), {
            'flexinfra.io/environments': 'production, Preview',
          }),
        message:
          /^Found an environment in flexinfra\.io\/environments: preview\.$/,
      },
    ],
    fail: [
      {
        name: 'long-lived environments only',
        entity: () =>
          annotate(fx.devPortal(), {
            'flexinfra.io/environments': 'dev, staging, production',
          }),
        message:
          /^Missing preview environments in the repository or an environment in flexinfra\.io\/environments \(preview\) or an environment in flexinfra\.io\/environments \(ephemeral\) or /,
      },
      {
        // "previews" is not "preview": environments are matched whole.
        name: 'an environment that only contains the word',
        entity: () =>
          annotate(fx.devPortal(), {
            'flexinfra.io/environments': 'previews',
          }),
        message:
          /^Missing .* or an environment in flexinfra\.io\/environments \(preview\)/,
      },
    ],
  },
  'self-service': {
    appliesTo: 'services-and-resources',
    pass: [
      {
        name: 'a database with a self-service template',
        entity: () =>
          annotate(fx.contentDb(), {
            'flexinfra.io/self-service-template':
              'template:default/postgres-database',
          }),
        message:
          /^Found annotation flexinfra\.io\/self-service-template = template:default\/postgres-database\.$/,
      },
    ],
    fail: [
      {
        name: 'a database with no self-service template',
        entity: fx.contentDb,
        message: /^Missing annotation flexinfra\.io\/self-service-template\.$/,
      },
    ],
  },
  'demand-tuned-scaling': {
    appliesTo: 'services',
    pass: [
      {
        name: 'KEDA',
        entity: () =>
          annotate(fx.helloGitops(), { 'flexinfra.io/autoscaling': 'keda' }),
        message: /^Found annotation flexinfra\.io\/autoscaling = keda\.$/,
      },
    ],
    fail: [
      {
        name: 'CPU-based HPA only',
        entity: () =>
          annotate(fx.helloGitops(), { 'flexinfra.io/autoscaling': 'hpa' }),
        message:
          /^Missing demand-driven scaling in the repository \(KEDA, Knative, serverless\) or annotation flexinfra\.io\/autoscaling = keda \| serverless\.$/,
      },
    ],
  },
};

function evaluateCase(testCase: Case) {
  const entity = testCase.entity();
  const related = testCase.related?.() ?? [];
  const lookup: EntityLookup = createEntityLookup([entity, ...related]);
  return evaluateEntity(model, entity, { now: NOW, lookup });
}

/** The status (and message) a check gets for a case. */
function checkOf(
  testCase: Case,
  id: string,
): { status: CheckStatus; message?: string } {
  const evaluation = evaluateCase(testCase);
  if (evaluation.outcome === 'invalid') {
    throw new Error(`${testCase.name} is invalid: ${evaluation.error}`);
  }
  if (evaluation.outcome === 'not-applicable') {
    return { status: 'not-applicable' };
  }
  const result = evaluation.checks.find(c => c.id === id);
  if (!result) {
    throw new Error(`no result for ${id}`);
  }
  return result;
}

const checkIds = defaultModelDefinition.checks.map(c => c.id);

it('has test cases for every check of the default model, and for no other', () => {
  expect(Object.keys(CASES).sort()).toEqual([...checkIds].sort());
});

describe.each(checkIds)('check %s', id => {
  const cases = CASES[id];

  it('has a passing and a failing case', () => {
    expect(cases).toBeDefined();
    expect(cases.pass.length).toBeGreaterThan(0);
    expect(cases.fail.length).toBeGreaterThan(0);
  });

  if (!cases) {
    return;
  }

  it.each(cases.pass.map(c => [c.name, c] as const))(
    'passes: %s',
    (_name, testCase) => {
      const result = checkOf(testCase, id);
      expect(result.status).toBe('pass');
      expect(result.message).toMatch(testCase.message ?? /^Found /);
    },
  );

  it.each(cases.fail.map(c => [c.name, c] as const))(
    'fails: %s',
    (_name, testCase) => {
      const result = checkOf(testCase, id);
      expect(result.status).toBe('fail');
      expect(result.message).toMatch(testCase.message ?? /^Missing /);
    },
  );

  it.each(NOT_APPLICABLE[cases.appliesTo].map(c => [c.name, c] as const))(
    'does not apply to %s',
    (_name, testCase) => {
      expect(checkOf(testCase, id).status).toBe('not-applicable');
    },
  );
});

describe('applicability of the default model as a whole', () => {
  it.each([
    ['an API', fx.api],
    ['a Group', fx.group],
    ['a System', fx.system],
    ['a library, even with evidence', fx.widgetsLibrary],
    ['a Service (not a Backstage kind)', fx.service],
  ])('%s is not scored at all', (_name, entity) => {
    expect(evaluateEntity(model, entity(), { now: NOW }).outcome).toBe(
      'not-applicable',
    );
  });

  it('treats kinds and types case-insensitively, as Backstage does', () => {
    const entity = fx.devPortal() as unknown as Entity;
    const lower = {
      ...entity,
      kind: 'component',
      spec: { ...entity.spec, type: 'Service' },
    };
    const upper = { ...entity, spec: { ...entity.spec, type: 'LIBRARY' } };
    expect(evaluateEntity(model, lower, { now: NOW }).outcome).toBe('scored');
    expect(evaluateEntity(model, upper, { now: NOW }).outcome).toBe(
      'not-applicable',
    );
  });
});

/*
 * Stages of entities shaped like real ones. Real catalogs carry no
 * flexinfra.io/provisioning, which stage 2 requires of every Component and
 * Resource unless the entity runs on a shared platform ("provisioning-declared":
 * stage 2 replaces ad hoc provisioning with a standard process), so most real
 * entries land on stage 1; what differs is how far each is from stage 2.
 */
describe('stages of entities shaped like real catalog entries', () => {
  function scored(entity: AnyEntity): ScoredEntity {
    const evaluation = evaluateEntity(model, entity, { now: NOW });
    if (evaluation.outcome !== 'scored') {
      throw new Error(`${evaluation.entityRef} is ${evaluation.outcome}`);
    }
    return evaluation;
  }

  it('puts the richest kind of service on stage 2: a shared platform, no infrastructure as code', () => {
    // Owner, lifecycle, system, GitHub slug (source and CI), techdocs, and
    // deployed on Kubernetes through Argo CD, which is evidence of a standard
    // provisioning process (stage 2) and of a declarative deployment (a
    // stage-3 check). No infrastructure as code and no autoscaling keep it
    // below stage 3.
    const portal = scored(fx.devPortal());
    expect(portal.stage).toEqual({ number: 2, name: 'Standardised but Rigid' });
    expect(portal.nextStage).toEqual({
      number: 3,
      name: 'Elastic & Programmable',
      missing: ['iac-managed', 'iac-location', 'autoscaling'],
    });
  });

  it('puts a bare service on stage 1, far from stage 2', () => {
    // No owner, no lifecycle and a `repo` annotation no check recognises;
    // only spec.system is there.
    const bare = scored(fx.dataIngest());
    expect(bare.stage.number).toBe(1);
    expect(bare.nextStage?.missing).toEqual([
      'owned',
      'lifecycle-declared',
      'source-linked',
      'documented',
      'ci-pipeline',
      'provisioning-declared',
    ]);
    expect(bare.score).toBeLessThan(5);
  });

  it('puts a database on stage 1, its owner and system not enough', () => {
    // A Resource of type database with owner and system, so the Resource
    // checks apply, including backups, and the service-only ones do not.
    const db = scored(fx.contentDb());
    expect(db.stage.number).toBe(1);
    expect(db.nextStage?.missing).toEqual(['provisioning-declared']);
    expect(db.checks.find(c => c.id === 'backups')?.status).toBe('fail');
    expect(db.checks.find(c => c.id === 'runbook')?.status).toBe(
      'not-applicable',
    );
  });
});

describe('malformed documents shaped like real ones', () => {
  it.each([
    // No kind at all: a CI component catalog and a plugin-directory listing
    // that share the descriptor file names.
    ['ci-components.yml', 0, /^kind is missing/],
    ['plugin-listing.yaml', 0, /^kind is missing/],
    // links is a `$yaml:` placeholder map instead of a list.
    ['messaging-portal.yaml', 1, /^metadata\.links is not a list$/],
    // A trailing `---` makes an empty last document.
    ['design-system.yaml', 4, /^expected an entity object, got null$/],
    // The unrendered cookiecutter name parses as a mapping.
    [
      'cookiecutter-skeleton.yaml',
      0,
      /^metadata\.name is missing or not a string$/,
    ],
  ])(
    'rejects %s (document %i), naming what is wrong, and no other document of it',
    (file, index, error) => {
      const { documents, errors } = loadFixtureFile(file);
      expect(errors).toEqual([]);
      const evaluations = evaluateEntities(model, documents, { now: NOW });
      expect(evaluations[index]).toMatchObject({
        outcome: 'invalid',
        error: expect.stringMatching(error),
      });
      const others = evaluations.filter((_, i) => i !== index);
      expect(others.filter(e => e.outcome === 'invalid')).toEqual([]);
    },
  );
});
