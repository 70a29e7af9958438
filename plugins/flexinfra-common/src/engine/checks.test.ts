import type { Entity } from '@backstage/catalog-model';
import { corpusEntity } from '../__testUtils__/corpus';
import { defaultModelDefinition } from '../model/defaultModel';
import { compileModel } from './compileModel';
import { evaluateEntity } from './evaluateEntity';
import { createEntityLookup, type EntityLookup } from './facts';
import type { CheckStatus } from './types';

/**
 * One describe per check of the default model: a real entity (from
 * shared/corpus/real-catalog) that passes with its evidence, one that fails
 * without it, and the kinds and types the check does not apply to. Where no
 * real entity carries the evidence (FlexInfra's own annotations), the evidence
 * is added to a real entity, so that pass and fail differ by exactly that.
 */

const NOW = new Date('2026-06-01T12:00:00Z');
const model = compileModel(defaultModelDefinition);

type AnyEntity = ReturnType<typeof corpusEntity>;

// Real entities, by the corpus file they come from.
const real = {
  /** Rich service: system, techdocs, GitHub, Kubernetes, Argo CD, providesApis. */
  vitruvian: () =>
    corpusEntity(
      'VitruvianSoftware__vitruvian-core__backstage__catalog-info.yaml',
      'backstage',
    ),
  /** Service with no owner, no lifecycle and an unrecognised `repo` annotation. */
  caterpillar: () =>
    corpusEntity('patterninc__caterpillar__backstage.yaml', 'caterpillar'),
  /** external-tooling Component with GitHub annotations only, no system. */
  snykCli: () => corpusEntity('snyk__cli__catalog-info.yaml', 'cli'),
  /** Service with github.com/project-slug, argocd/app-name and techdocs-ref. */
  mlModels: () =>
    corpusEntity('MaisTodos__model-proj-tpv-rd__catalog-info.yml', 'ml-models'),
  /** Service deployed by Kubernetes label selector, nothing else. */
  ponyPet: () =>
    corpusEntity(
      'Mpluya__spring-pet-clinic__catalog__catalog-info.yaml',
      'pony-pet',
    ),
  /** Website with backstage.io/source-location and argocd/app-selector. */
  websiteStatic: () =>
    corpusEntity(
      'Verseghy__website_k8s__catalog__components.yaml',
      'website-static',
    ),
  /** Website with only github.com/project-slug. */
  backstageDemo: () =>
    corpusEntity('backstage__demo__catalog-info.yaml', 'backstage-demo'),
  /** Service built by Jenkins (jenkins.io/job-full-name). */
  ccdDataStore: () =>
    corpusEntity(
      'hmcts__ccd-data-store-api__catalog-info.yaml',
      'ccd-data-store-api',
    ),
  /** Service built by Buildkite, monitored by Prometheus rules. */
  sampleService3: () =>
    corpusEntity(
      'RoadieHQ__roadie-backstage-plugins__packages__entities__test-entity.yaml',
      'sample-service-3',
    ),
  /** Service whose only CI annotation is travis-ci.com/repo-slug. */
  sampleService2: () =>
    corpusEntity(
      'RoadieHQ__roadie-backstage-plugins__packages__entities__test-entity.yaml',
      'sample-service-2',
    ),
  /** Website built by Google Cloud Build. */
  phacBackstage: () =>
    corpusEntity(
      'PHACDataHub__infra-core__backstage__catalog-info.yaml',
      'backstage',
    ),
  /** Service documented only by a link titled "Documentation". */
  credentials: () =>
    corpusEntity('openedx__credentials__catalog-info.yaml', 'credentials'),
  /** Service monitored by Prometheus and Grafana, deployed by Argo CD. */
  platformDemo: () =>
    corpusEntity(
      'andrelair-platform__platform-demo__catalog-info.yaml',
      'platform-demo',
    ),
  /** Backstage's own example: links titled "Dashboard" and "Alerts". */
  artistLookup: () =>
    corpusEntity(
      'backstage__backstage__packages__catalog-model__examples__components__artist-lookup-component.yaml',
      'artist-lookup',
    ),
  /** PagerDuty service (pagerduty.com/service-id: infra). */
  fleet: () =>
    corpusEntity(
      'FrankySpot__soundcheck-demo-entities__infrastructure__catalog-info.yaml',
      'fleet',
    ),
  /** Same repository as fleet, no on-call annotation. */
  monitoring: () =>
    corpusEntity(
      'FrankySpot__soundcheck-demo-entities__infrastructure__catalog-info.yaml',
      'monitoring',
    ),
  /** Website with AWS cost-insights tags (not a cost center). */
  awsExample: () =>
    corpusEntity(
      'awslabs__backstage-plugins-for-aws__examples__entities.yaml',
      'example-website',
    ),
  /** Product with sonarqube.org/project-key and a link of type docs. */
  rhdh: () =>
    corpusEntity(
      'redhat-developer__rhdh__catalog-info.yaml',
      'rhdh',
      'Component',
    ),
  /** Service that provides an API. */
  friskBackend: () =>
    corpusEntity(
      'kartverket__frisk-backend__catalog-info.yaml',
      'frisk-backend',
      'Component',
    ),
  /** Service that depends on resource:wagtail-db (in its own file). */
  dsWagtail: () =>
    corpusEntity(
      'ahosgood__tna-backstage-config__catalog__components__ds-wagtail.yaml',
      'ds-wagtail',
    ),
  /** Database Resource with owner and system, no annotations. */
  wagtailDb: () =>
    corpusEntity(
      'ahosgood__tna-backstage-config__catalog__resources__wagtail-db.yaml',
      'wagtail-db',
    ),
  /** Service that depends on resource:payment-database (in its own file). */
  paymentApi: () =>
    corpusEntity(
      'thatmlopsguy__dokaseca-portal-catalog__catalog__components__payment-api.yaml',
      'payment-api',
    ),
  paymentDatabase: () =>
    corpusEntity(
      'thatmlopsguy__dokaseca-portal-catalog__catalog__resources__payment-database.yaml',
      'payment-database',
    ),
  /** Service that depends on resource:heroes-db, which no file defines. */
  heroesApi: () =>
    corpusEntity(
      '0GiS0__tour-of-heroes-dotnet-api__catalog-info.yaml',
      'heroes-api',
    ),
  /** Cluster Resource with an owner and nothing else (no system). */
  clusterPhobos: () =>
    corpusEntity(
      'b4mad__racing-manifests__catalog__resources__cluster-phobos.yaml',
      'cluster-phobos',
    ),
  redisCache: () =>
    corpusEntity('kihw__backstage__catalog__resources.yaml', 'redis-cache'),
  kubernetesCluster: () =>
    corpusEntity(
      'kihw__backstage__catalog__resources.yaml',
      'kubernetes-cluster',
    ),
  /** A library, with sonarqube.org/project-key. */
  elementsLibrary: () =>
    corpusEntity('Tradeshift__elements__catalog-info.yml', 'Elements'),
  /** A Component of type documentation, with techdocs-ref. */
  mqDocs: () =>
    corpusEntity(
      'ibm-messaging__mq-dev-patterns__backstage__catalog-info.yaml',
      'mq-dev-patterns',
    ),
  api: () =>
    corpusEntity('navikt__g__.backstage__catalog-info.yaml', 'g', 'API'),
  group: () =>
    corpusEntity(
      'Verseghy__website_k8s__catalog__org.yaml',
      'verseghy',
      'Group',
    ),
  system: () =>
    corpusEntity(
      'ahosgood__tna-backstage-config__catalog__systems__tna-website.yaml',
      'tna-website',
    ),
  /** Not a Backstage kind at all. */
  service: () =>
    corpusEntity(
      'Kristopherlb__shinobi__backstage__catalog-info.yaml',
      'orders-api',
    ),
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
    { name: 'a Resource', entity: real.wagtailDb },
    { name: 'a library Component', entity: real.elementsLibrary },
    { name: 'a documentation Component', entity: real.mqDocs },
    { name: 'an API', entity: real.api },
    { name: 'a Group', entity: real.group },
  ],
  'services-and-resources': [
    { name: 'a library Component', entity: real.elementsLibrary },
    { name: 'a documentation Component', entity: real.mqDocs },
    { name: 'an API', entity: real.api },
    { name: 'a System', entity: real.system },
    { name: 'a Service (not a Backstage kind)', entity: real.service },
  ],
  'stateful-resources': [
    { name: 'a service Component', entity: real.vitruvian },
    { name: 'a kubernetes-cluster Resource', entity: real.kubernetesCluster },
    { name: 'a library Component', entity: real.elementsLibrary },
  ],
};

const IAC_PROVISIONED = { 'flexinfra.io/provisioning': 'iac' };

const CASES: Record<string, CheckCases> = {
  owned: {
    appliesTo: 'services-and-resources',
    pass: [
      {
        name: 'a service with spec.owner',
        entity: real.vitruvian,
        message: /^Found spec\.owner = /,
      },
      {
        name: 'a database with spec.owner',
        entity: real.wagtailDb,
        message: /spec\.owner/,
      },
    ],
    fail: [
      {
        name: 'a real service without owner',
        entity: real.caterpillar,
        message: /^Missing spec\.owner\.$/,
      },
      {
        name: 'the database without its owner',
        entity: () => unsetSpec(real.wagtailDb(), 'owner'),
        message: /Missing spec\.owner/,
      },
    ],
  },
  'lifecycle-declared': {
    appliesTo: 'services',
    pass: [
      {
        name: 'a service with a lifecycle',
        entity: real.vitruvian,
        message: /Found spec\.lifecycle = /,
      },
    ],
    fail: [
      {
        name: 'a real service without lifecycle',
        entity: real.caterpillar,
        message: /Missing spec\.lifecycle/,
      },
    ],
  },
  'part-of-system': {
    appliesTo: 'services-and-resources',
    pass: [
      {
        name: 'a service in a system',
        entity: real.vitruvian,
        message: /Found spec\.system = /,
      },
      {
        name: 'a database in a system',
        entity: real.wagtailDb,
        message: /spec\.system/,
      },
    ],
    fail: [
      {
        name: 'a tool in no system',
        entity: real.snykCli,
        message: /Missing spec\.system/,
      },
      {
        name: 'a cluster in no system',
        entity: real.clusterPhobos,
        message: /Missing spec\.system/,
      },
    ],
  },
  'source-linked': {
    appliesTo: 'services',
    pass: [
      {
        name: 'backstage.io/source-location',
        entity: () =>
          unannotate(real.websiteStatic(), 'github.com/project-slug'),
        message:
          /Found annotation backstage\.io\/source-location = url:https:\/\/github\.com\/Verseghy/,
      },
      {
        name: 'github.com/project-slug only',
        entity: real.backstageDemo,
        message: /Found annotation github\.com\/project-slug = backstage\/demo/,
      },
    ],
    fail: [
      {
        name: 'an unrecognised "repo" annotation',
        entity: real.caterpillar,
        message:
          /Missing annotation backstage\.io\/source-location or annotation github\.com\/project-slug/,
      },
      {
        name: 'the project slug removed',
        entity: () =>
          unannotate(real.backstageDemo(), 'github.com/project-slug'),
        message: /Missing annotation backstage\.io\/source-location/,
      },
    ],
  },
  documented: {
    appliesTo: 'services',
    pass: [
      {
        name: 'backstage.io/techdocs-ref',
        entity: real.mlModels,
        message: /Found annotation backstage\.io\/techdocs-ref = dir:\./,
      },
      {
        name: 'a link titled "Documentation"',
        entity: real.credentials,
        message: /Found a link: "Documentation" \(https?:/,
      },
      {
        name: 'a link of type docs (techdocs-ref removed)',
        entity: () => unannotate(real.rhdh(), 'backstage.io/techdocs-ref'),
        message: /Found a link: "Official documentation"/,
      },
    ],
    fail: [
      {
        name: 'no techdocs and no documentation link',
        entity: real.snykCli,
        message:
          /Missing annotation backstage\.io\/techdocs-ref or a link with type = documentation/,
      },
      {
        name: 'techdocs-ref removed',
        entity: () => unannotate(real.mlModels(), 'backstage.io/techdocs-ref'),
        message: /Missing annotation backstage\.io\/techdocs-ref/,
      },
    ],
  },
  'ci-pipeline': {
    appliesTo: 'services',
    pass: [
      {
        name: 'Jenkins',
        entity: () =>
          unannotate(real.ccdDataStore(), 'github.com/project-slug'),
        message:
          /Found annotation jenkins\.io\/job-full-name = cft:HMCTS_a_to_c\/ccd-data-store-api/,
      },
      {
        name: 'Buildkite',
        entity: real.sampleService3,
        message:
          /Found annotation buildkite\.com\/project-slug = exampleorganization\/exampleproject/,
      },
      {
        name: 'Google Cloud Build',
        entity: real.phacBackstage,
        message: /Found annotation google\.com\/cloudbuild-project-slug/,
      },
      {
        // The Travis CI plugin reads travis-ci.com/repo-slug (as this real
        // entity writes it); the model used to look for project-slug only.
        name: 'Travis CI (travis-ci.com/repo-slug)',
        entity: real.sampleService2,
        message:
          /Found annotation travis-ci\.com\/repo-slug = RoadieHQ\/sample-service/,
      },
      {
        name: 'GitHub Actions',
        entity: real.backstageDemo,
        message: /Found annotation github\.com\/project-slug/,
      },
    ],
    fail: [
      {
        name: 'a service with only a Kubernetes label selector',
        entity: real.ponyPet,
        message:
          /Missing annotation github\.com\/project-slug or annotation circleci\.com\/project-slug/,
      },
      {
        name: 'Jenkins and GitHub removed',
        entity: () =>
          unannotate(
            real.ccdDataStore(),
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
        entity: () => annotate(real.vitruvian(), IAC_PROVISIONED),
        message: /Found annotation flexinfra\.io\/provisioning = iac/,
      },
      {
        name: 'a real service on the shared Kubernetes platform (Argo CD)',
        entity: real.vitruvian,
        message:
          /^Found annotation backstage\.io\/kubernetes-id = .*annotation argocd\/app-name = /,
      },
      {
        name: 'a database provisioned by ticket',
        entity: () =>
          annotate(real.wagtailDb(), { 'flexinfra.io/provisioning': 'ticket' }),
        message: /Found annotation flexinfra\.io\/provisioning = ticket/,
      },
    ],
    fail: [
      {
        name: 'a real service that neither says nor runs on a shared platform',
        entity: () =>
          unannotate(
            real.vitruvian(),
            'backstage.io/kubernetes-id',
            'backstage.io/kubernetes-label-selector',
            'argocd/app-name',
          ),
        message:
          /^Missing annotation flexinfra\.io\/provisioning = ticket \| template \| iac \| self-service or annotation backstage\.io\/kubernetes-id/,
      },
      {
        name: 'manual provisioning (stage 1)',
        entity: () =>
          annotate(real.wagtailDb(), { 'flexinfra.io/provisioning': 'manual' }),
        message: /Missing annotation flexinfra\.io\/provisioning/,
      },
    ],
  },
  'iac-managed': {
    appliesTo: 'services-and-resources',
    pass: [
      {
        name: 'a database with a Terraform workspace',
        entity: () =>
          annotate(real.wagtailDb(), { 'terraform.io/workspace': 'tna-prod' }),
        message: /^Found annotation terraform\.io\/workspace = tna-prod\.$/,
      },
      {
        name: 'a self-service service',
        entity: () =>
          annotate(real.vitruvian(), {
            'flexinfra.io/provisioning': 'self-service',
          }),
        message: /Found annotation flexinfra\.io\/provisioning = self-service/,
      },
    ],
    fail: [
      {
        name: 'provisioned from a template, not as code',
        entity: () =>
          annotate(real.vitruvian(), {
            'flexinfra.io/provisioning': 'template',
          }),
        message:
          /Missing annotation flexinfra\.io\/provisioning = iac \| self-service or annotation flexinfra\.io\/iac-tool or annotation terraform\.io\/workspace/,
      },
      {
        name: 'a real database',
        entity: real.wagtailDb,
        message: /Missing annotation flexinfra\.io\/provisioning/,
      },
    ],
  },
  'iac-location': {
    appliesTo: 'services-and-resources',
    pass: [
      {
        name: 'a database whose IaC is linked',
        entity: () =>
          annotate(real.wagtailDb(), {
            'flexinfra.io/iac-location':
              'url:https://github.com/nationalarchives/infra/tree/main/wagtail-db',
          }),
        message:
          /Found annotation flexinfra\.io\/iac-location = url:https:\/\/github\.com\/nationalarchives/,
      },
    ],
    fail: [
      {
        name: 'a real database',
        entity: real.wagtailDb,
        message: /^Missing annotation flexinfra\.io\/iac-location\.$/,
      },
      {
        name: 'a real service',
        entity: real.vitruvian,
        message: /flexinfra\.io\/iac-location/,
      },
    ],
  },
  'declarative-deploy': {
    appliesTo: 'services',
    pass: [
      {
        name: 'Argo CD',
        entity: real.mlModels,
        message:
          /^Found annotation argocd\/app-name = maistodos-prod-ia-models\.$/,
      },
      {
        name: 'a Kubernetes label selector',
        entity: real.ponyPet,
        message:
          /Found annotation backstage\.io\/kubernetes-label-selector = app\.kubernetes\.io\/part-of=pony-pet/,
      },
      {
        name: 'backstage.io/kubernetes-id',
        entity: () =>
          unannotate(
            real.vitruvian(),
            'argocd/app-name',
            'backstage.io/kubernetes-label-selector',
          ),
        message:
          /^Found annotation backstage\.io\/kubernetes-id = backstage\.$/,
      },
      {
        name: 'serverless',
        entity: () =>
          annotate(real.snykCli(), {
            'flexinfra.io/autoscaling': 'serverless',
          }),
        message: /Found annotation flexinfra\.io\/autoscaling = serverless/,
      },
    ],
    fail: [
      {
        name: 'no deployment annotation',
        entity: real.snykCli,
        message:
          /^Missing annotation backstage\.io\/kubernetes-id or .*annotation argocd\/app-name.* or annotation flexinfra\.io\/autoscaling = serverless\.$/,
      },
      {
        name: 'Argo CD removed',
        entity: () => unannotate(real.mlModels(), 'argocd/app-name'),
        message: /Missing annotation backstage\.io\/kubernetes-id/,
      },
    ],
  },
  autoscaling: {
    appliesTo: 'services',
    pass: [
      {
        name: 'HPA',
        entity: () =>
          annotate(real.platformDemo(), { 'flexinfra.io/autoscaling': 'hpa' }),
        message: /^Found annotation flexinfra\.io\/autoscaling = hpa\.$/,
      },
    ],
    fail: [
      {
        name: 'a real service',
        entity: real.platformDemo,
        message:
          /^Missing annotation flexinfra\.io\/autoscaling = hpa \| keda \| vpa \| serverless \| cluster-autoscaler\.$/,
      },
      {
        name: 'scaled by hand',
        entity: () =>
          annotate(real.platformDemo(), {
            'flexinfra.io/autoscaling': 'manual',
          }),
        message: /Missing annotation flexinfra\.io\/autoscaling/,
      },
    ],
  },
  'environments-declared': {
    appliesTo: 'services',
    pass: [
      {
        name: 'environments listed',
        entity: () =>
          annotate(real.platformDemo(), {
            'flexinfra.io/environments': 'staging, production',
          }),
        message:
          /^Found annotation flexinfra\.io\/environments = staging, production\.$/,
      },
    ],
    fail: [
      {
        name: 'a real service',
        entity: real.platformDemo,
        message: /^Missing annotation flexinfra\.io\/environments\.$/,
      },
    ],
  },
  'managed-dependencies': {
    appliesTo: 'services',
    pass: [
      {
        name: 'spec.dependsOn a database provisioned as code (real pair)',
        entity: real.dsWagtail,
        related: () => [annotate(real.wagtailDb(), IAC_PROVISIONED)],
        message: /^Found a dependsOn entity: resource:default\/wagtail-db\.$/,
      },
      {
        name: 'a processed dependsOn relation to a self-service database',
        entity: () => {
          const entity = real.paymentApi();
          delete (entity.spec as { dependsOn?: unknown }).dependsOn;
          entity.relations = [
            {
              type: 'dependsOn',
              targetRef: 'resource:default/payment-database',
            },
          ];
          return entity;
        },
        related: () => [
          annotate(real.paymentDatabase(), {
            'flexinfra.io/provisioning': 'self-service',
          }),
        ],
        message: /Found a dependsOn entity: resource:default\/payment-database/,
      },
    ],
    fail: [
      {
        name: 'the real database is not provisioned as code',
        entity: real.dsWagtail,
        related: () => [real.wagtailDb()],
        message:
          /^Missing a dependsOn entity \(kind = Resource and annotation flexinfra\.io\/provisioning = iac \| self-service\)\.$/,
      },
      {
        name: 'the dependency is not in the catalog',
        entity: real.heroesApi,
        message: /Missing a dependsOn entity/,
      },
      {
        name: 'the dependency provisioned as code is a Component, not a Resource',
        entity: () =>
          setSpec(real.dsWagtail(), {
            dependsOn: ['component:default/backstage'],
          }),
        related: () => [annotate(real.vitruvian(), IAC_PROVISIONED)],
        message: /Missing a dependsOn entity \(kind = Resource/,
      },
    ],
  },
  monitored: {
    appliesTo: 'services',
    pass: [
      {
        name: 'Prometheus rules',
        entity: () => unannotate(real.sampleService3(), 'prometheus.io/alert'),
        message:
          /^Found annotation prometheus\.io\/rule = memUsage,node_memory_Active_bytes\|instance\.$/,
      },
      {
        name: 'a link titled "Dashboard"',
        entity: real.artistLookup,
        message: /^Found a link: "Dashboard" \(http/,
      },
      {
        name: 'a link of type dashboard',
        entity: () =>
          addLinks(real.vitruvian(), {
            url: 'https://grafana.example.com/d/backstage',
            title: 'Service health',
            type: 'dashboard',
          }),
        message:
          /Found a link: "Service health" \(https:\/\/grafana\.example\.com\/d\/backstage\)/,
      },
      {
        name: 'a Grafana dashboard selector',
        entity: () => unannotate(real.platformDemo(), 'prometheus.io/rule'),
        message:
          /Found annotation grafana\/dashboard-selector = namespace=gitops-demo/,
      },
    ],
    fail: [
      {
        name: 'a real service without monitoring',
        entity: real.vitruvian,
        message:
          /^Missing annotation grafana\/dashboard-selector or .*annotation prometheus\.io\/rule.* or a link with type = dashboard or title starting with "dashboard"\.$/,
      },
      {
        name: 'Prometheus removed',
        entity: () =>
          unannotate(
            real.sampleService3(),
            'prometheus.io/alert',
            'prometheus.io/rule',
          ),
        message: /Missing annotation grafana\/dashboard-selector/,
      },
    ],
  },
  'on-call': {
    appliesTo: 'services',
    pass: [
      {
        name: 'PagerDuty',
        entity: real.fleet,
        message: /^Found annotation pagerduty\.com\/service-id = infra\.$/,
      },
      {
        name: "PagerDuty's own example",
        entity: () =>
          corpusEntity(
            'PagerDuty__backstage-plugins__examples__entities.yaml',
            'example-website',
          ),
        message: /Found annotation pagerduty\.com\/service-id = PLOGA2F/,
      },
    ],
    fail: [
      {
        name: 'a real service with no on-call',
        entity: real.monitoring,
        message:
          /^Missing annotation pagerduty\.com\/service-id or annotation pagerduty\.com\/integration-key or /,
      },
      {
        name: 'PagerDuty removed',
        entity: () => unannotate(real.fleet(), 'pagerduty.com/service-id'),
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
          addLinks(real.vitruvian(), {
            url: 'https://runbooks.example.com/backstage',
            title: 'On-call guide',
            type: 'runbook',
          }),
        message:
          /^Found a link: "On-call guide" \(https:\/\/runbooks\.example\.com\/backstage\)\.$/,
      },
      {
        name: 'a link titled "Runbook: …" (any case)',
        entity: () =>
          addLinks(real.platformDemo(), {
            url: 'https://runbooks.example.com/platform-demo',
            title: 'Runbook: platform demo',
          }),
        message: /Found a link: "Runbook: platform demo"/,
      },
    ],
    fail: [
      {
        // Its link "Incident Triage Runbook" neither has type runbook nor a
        // title starting with it.
        name: 'a real service whose runbook link is neither typed nor titled so',
        entity: real.vitruvian,
        message:
          /^Missing a link with type = runbook or title starting with "runbook"\.$/,
      },
    ],
  },
  'cost-visibility': {
    appliesTo: 'services-and-resources',
    pass: [
      {
        name: 'a cost center',
        entity: () =>
          annotate(real.awsExample(), {
            'flexinfra.io/cost-center': 'cc-1234',
          }),
        message: /^Found annotation flexinfra\.io\/cost-center = cc-1234\.$/,
      },
      {
        name: 'a database with a cost center',
        entity: () =>
          annotate(real.wagtailDb(), { 'flexinfra.io/cost-center': 'web' }),
        message: /Found annotation flexinfra\.io\/cost-center = web/,
      },
    ],
    fail: [
      {
        name: 'AWS cost-insights tags are not a cost center',
        entity: real.awsExample,
        message: /^Missing annotation flexinfra\.io\/cost-center\.$/,
      },
    ],
  },
  redundancy: {
    appliesTo: 'services-and-resources',
    pass: [
      {
        name: 'a multi-AZ database',
        entity: () =>
          annotate(real.wagtailDb(), { 'flexinfra.io/redundancy': 'multi-az' }),
        message: /^Found annotation flexinfra\.io\/redundancy = multi-az\.$/,
      },
    ],
    fail: [
      {
        name: 'a single-AZ database',
        entity: () =>
          annotate(real.wagtailDb(), {
            'flexinfra.io/redundancy': 'single-az',
          }),
        message:
          /^Missing annotation flexinfra\.io\/redundancy = multi-az \| multi-region\.$/,
      },
      {
        name: 'a real service',
        entity: real.vitruvian,
        message: /Missing annotation flexinfra\.io\/redundancy/,
      },
    ],
  },
  backups: {
    appliesTo: 'stateful-resources',
    pass: [
      {
        name: 'a database backed up daily',
        entity: () =>
          annotate(real.wagtailDb(), { 'flexinfra.io/backup': 'daily' }),
        message: /^Found annotation flexinfra\.io\/backup = daily\.$/,
      },
      {
        name: 'a cache backed up continuously',
        entity: () =>
          annotate(real.redisCache(), { 'flexinfra.io/backup': 'continuous' }),
        message: /Found annotation flexinfra\.io\/backup = continuous/,
      },
    ],
    fail: [
      {
        name: 'a real database',
        entity: real.wagtailDb,
        message:
          /^Missing annotation flexinfra\.io\/backup = daily \| continuous \| hourly\.$/,
      },
      {
        name: 'weekly is not enough',
        entity: () =>
          annotate(real.redisCache(), { 'flexinfra.io/backup': 'weekly' }),
        message: /Missing annotation flexinfra\.io\/backup/,
      },
    ],
  },
  'code-quality': {
    appliesTo: 'services',
    pass: [
      {
        name: 'SonarQube',
        entity: real.rhdh,
        message:
          /^Found annotation sonarqube\.org\/project-key = janus-idp_backstage-showcase\.$/,
      },
      {
        name: 'Snyk',
        entity: () =>
          annotate(real.vitruvian(), { 'snyk.io/org-name': 'vitruvian' }),
        message: /Found annotation snyk\.io\/org-name = vitruvian/,
      },
    ],
    fail: [
      {
        name: 'a real service without scanning',
        entity: real.vitruvian,
        message:
          /^Missing annotation sonarqube\.org\/project-key or annotation snyk\.io\/org-name/,
      },
      {
        name: 'SonarQube removed',
        entity: () => unannotate(real.rhdh(), 'sonarqube.org/project-key'),
        message: /Missing annotation sonarqube\.org\/project-key/,
      },
    ],
  },
  'api-exposed': {
    appliesTo: 'services',
    pass: [
      {
        name: 'a service that provides an API',
        entity: real.friskBackend,
        message: /^Found spec\.providesApis = /,
      },
    ],
    fail: [
      {
        name: 'a tool with no API',
        entity: real.snykCli,
        message: /^Missing spec\.providesApis\.$/,
      },
      {
        name: 'providesApis removed',
        entity: () => unsetSpec(real.friskBackend(), 'providesApis'),
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
          annotate(real.wagtailDb(), {
            'flexinfra.io/regions': 'eu-west-2, eu-west-1',
          }),
        message: /^Found two or more regions in flexinfra\.io\/regions/,
      },
      {
        name: 'redundancy: multi-region',
        entity: () =>
          annotate(real.vitruvian(), {
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
          annotate(real.wagtailDb(), { 'flexinfra.io/regions': 'eu-west-2' }),
        message:
          /^Missing annotation flexinfra\.io\/redundancy = multi-region or two or more regions in flexinfra\.io\/regions/,
      },
      {
        name: 'one region listed twice',
        entity: () =>
          annotate(real.wagtailDb(), {
            'flexinfra.io/regions': 'eu-west-2, EU-West-2',
          }),
        message: /two or more regions in flexinfra\.io\/regions/,
      },
      {
        name: 'multi-AZ is not multi-region',
        entity: () =>
          annotate(real.vitruvian(), { 'flexinfra.io/redundancy': 'multi-az' }),
        message: /Missing annotation flexinfra\.io\/redundancy = multi-region/,
      },
    ],
  },
  'ephemeral-environments': {
    appliesTo: 'services',
    pass: [
      {
        name: 'preview environments',
        entity: () =>
          annotate(real.vitruvian(), {
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
          annotate(real.vitruvian(), {
            'flexinfra.io/environments': 'dev, staging, production',
          }),
        message:
          /^Missing an environment in flexinfra\.io\/environments \(preview\) or an environment in flexinfra\.io\/environments \(ephemeral\)/,
      },
      {
        // "previews" is not "preview": environments are matched whole.
        name: 'an environment that only contains the word',
        entity: () =>
          annotate(real.vitruvian(), {
            'flexinfra.io/environments': 'previews',
          }),
        message: /Missing an environment in flexinfra\.io\/environments/,
      },
    ],
  },
  'self-service': {
    appliesTo: 'services-and-resources',
    pass: [
      {
        name: 'a database with a self-service template',
        entity: () =>
          annotate(real.wagtailDb(), {
            'flexinfra.io/self-service-template':
              'template:default/postgres-database',
          }),
        message:
          /^Found annotation flexinfra\.io\/self-service-template = template:default\/postgres-database\.$/,
      },
    ],
    fail: [
      {
        name: 'a real database',
        entity: real.wagtailDb,
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
          annotate(real.platformDemo(), { 'flexinfra.io/autoscaling': 'keda' }),
        message: /^Found annotation flexinfra\.io\/autoscaling = keda\.$/,
      },
    ],
    fail: [
      {
        name: 'CPU-based HPA only',
        entity: () =>
          annotate(real.platformDemo(), { 'flexinfra.io/autoscaling': 'hpa' }),
        message:
          /^Missing annotation flexinfra\.io\/autoscaling = keda \| serverless\.$/,
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
    ['an API', real.api],
    ['a Group', real.group],
    ['a System', real.system],
    ['a library, even with evidence', real.elementsLibrary],
    ['a Service (not a Backstage kind)', real.service],
  ])('%s is not scored at all', (_name, entity) => {
    expect(evaluateEntity(model, entity(), { now: NOW }).outcome).toBe(
      'not-applicable',
    );
  });

  it('treats kinds and types case-insensitively, as Backstage does', () => {
    const entity = real.vitruvian() as unknown as Entity;
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
