/**
 * A deterministic synthetic catalog for the engine benchmark: entities shaped
 * like the catalog API returns them (uid, etag, managed-by annotations,
 * relations with targetRef), in the kind mix of real catalogs, carrying the
 * annotations FlexInfra's default model reads.
 *
 * Frequencies of the common third-party annotations follow a corpus of real
 * catalog descriptor files from public repositories (counted per entity over
 * 265 real entities; the corpus is not part of this repository, see
 * FLEXINFRA_CORPUS_DIR in the README); flexinfra.io/* annotations are given
 * the adoption of an organisation part-way through rolling FlexInfra out.
 */
import type { FilterPredicate } from '@backstage/filter-predicates';

/** mulberry32: a tiny, fast, seeded 32-bit PRNG. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

/** What the default model reads from annotations. */
export interface ModelAnnotationKeys {
  /** Every `metadata.annotations.*` key any predicate reads. */
  keys: string[];
  /** For keys matched with `$in` or equality: the values the model accepts. */
  values: Record<string, string[]>;
}

/**
 * Walks the checks' predicates and collects the annotation keys (and accepted
 * values) they read, so the generator follows the model as it changes.
 */
export function annotationKeysOf(
  checks: Array<{ appliesTo: FilterPredicate; evidence: FilterPredicate }>,
): ModelAnnotationKeys {
  const keys = new Set<string>();
  const values: Record<string, Set<string>> = {};
  const PREFIX = 'metadata.annotations.';
  const addValue = (key: string, value: unknown) => {
    if (typeof value === 'string') {
      (values[key] ??= new Set()).add(value);
    }
  };
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) {
      node.forEach(walk);
      return;
    }
    if (typeof node !== 'object' || node === null) {
      return;
    }
    for (const [path, matcher] of Object.entries(node)) {
      if (path.startsWith(PREFIX)) {
        const key = path.slice(PREFIX.length);
        keys.add(key);
        if (typeof matcher === 'object' && matcher !== null) {
          const m = matcher as Record<string, unknown>;
          if (Array.isArray(m.$in)) {
            m.$in.forEach(v => addValue(key, v));
          }
        } else {
          addValue(key, matcher);
        }
      }
      walk(matcher);
    }
  };
  for (const check of checks) {
    walk(check.appliesTo);
    walk(check.evidence);
  }
  return {
    keys: [...keys].sort(),
    values: Object.fromEntries(
      Object.entries(values).map(([k, v]) => [k, [...v].sort()]),
    ),
  };
}

/**
 * Share of Components carrying each third-party annotation. The first group is
 * the corpus' most frequent keys (scaled from per-entity to per-Component
 * counts); keys the model reads that the corpus barely has get
 * DEFAULT_MODEL_KEY_SHARE.
 */
const COMPONENT_ANNOTATION_SHARE: Record<string, number> = {
  'github.com/project-slug': 0.45,
  'backstage.io/techdocs-ref': 0.35,
  'backstage.io/source-location': 0.12,
  'jira/project-key': 0.1,
  'backstage.io/view-url': 0.08,
  'backstage.io/edit-url': 0.08,
  'github.com/team-slug': 0.03,
  'argocd/app-name': 0.08,
  'backstage.io/kubernetes-id': 0.1,
  'buildkite.com/project-slug': 0.04,
  'servicenow.com/appcode': 0.03,
  'circleci.com/project-slug': 0.03,
  'backstage.io/kubernetes-namespace': 0.03,
  'quay.io/repository-slug': 0.03,
  'sonarqube.org/project-key': 0.05,
  'argocd/instance-name': 0.03,
  'argocd/app-selector': 0.03,
  'prometheus.io/rule': 0.04,
  'google.com/cloudbuild-project-slug': 0.02,
  'pagerduty.com/service-id': 0.06,
  'jenkins.io/job-full-name': 0.03,
  'backstage.io/kubernetes-label-selector': 0.03,
  'backstage.io/adr-location': 0.02,
  'grafana/dashboard-selector': 0.05,
};
const DEFAULT_MODEL_KEY_SHARE = 0.015;

const TEAMS = [
  'payments-core',
  'payments-risk',
  'commerce-web',
  'commerce-search',
  'platform-sre',
  'platform-devex',
  'data-eng',
  'identity',
  'mobile',
  'growth',
  'logistics',
  'support-tools',
];
const WORDS = [
  'checkout',
  'orders',
  'invoice',
  'ledger',
  'fraud',
  'search',
  'catalog',
  'pricing',
  'inventory',
  'shipping',
  'profile',
  'auth',
  'session',
  'notify',
  'report',
  'billing',
  'refund',
  'review',
  'media',
  'geo',
];
const SUFFIXES = ['api', 'service', 'worker', 'web', 'gateway', 'sync', 'ui'];
const REGIONS = [
  'eu-west-1',
  'eu-central-1',
  'us-east-1',
  'us-west-2',
  'ap-southeast-1',
];
const COMPONENT_TYPES: Array<[string, number]> = [
  ['service', 0.5],
  ['website', 0.2],
  ['library', 0.2],
  ['other', 0.1],
];
const RESOURCE_TYPES: Array<[string, number]> = [
  ['database', 0.3],
  ['queue', 0.2],
  ['bucket', 0.2],
  ['kubernetes-cluster', 0.1],
  ['cache', 0.2],
];
/** Kind mix: ~60% Components, ~25% Resources, the rest. */
const KINDS: Array<[string, number]> = [
  ['Component', 0.6],
  ['Resource', 0.25],
  ['User', 0.07],
  ['Group', 0.03],
  ['API', 0.03],
  ['System', 0.02],
];
/** Share of entities replaced by a malformed value. */
const MALFORMED_SHARE = 0.005;

export interface GeneratedCatalog {
  entities: unknown[];
  byKind: Record<string, number>;
  malformed: number;
  modelAnnotationKeys: number;
}

/**
 * Generates `count` entities from `seed`. Same seed and count, same catalog,
 * byte for byte once serialised.
 */
export function generateCatalog(
  count: number,
  seed: number,
  modelKeys: ModelAnnotationKeys,
): GeneratedCatalog {
  const random = mulberry32(seed);
  const chance = (p: number) => random() < p;
  const int = (n: number) => Math.floor(random() * n);
  const pick = <T>(list: readonly T[]): T => list[int(list.length)];
  const weighted = (list: Array<[string, number]>): string => {
    let r = random();
    for (const [value, weight] of list) {
      r -= weight;
      if (r < 0) {
        return value;
      }
    }
    return list[list.length - 1][0];
  };
  const hex = (digits: number) => {
    let s = '';
    for (let i = 0; i < digits; i++) {
      s += int(16).toString(16);
    }
    return s;
  };
  const uuid = () =>
    `${hex(8)}-${hex(4)}-4${hex(3)}-${pick(['8', '9', 'a', 'b'])}${hex(
      3,
    )}-${hex(12)}`;

  // Decide every entity's kind and name first, so dependsOn can point at
  // Resources that exist (and now and then at ones that do not).
  const kinds: string[] = [];
  const names: string[] = [];
  const resourceNames: string[] = [];
  const systemNames: string[] = [];
  const apiNames: string[] = [];
  const componentNames: string[] = [];
  for (let i = 0; i < count; i++) {
    const kind = weighted(KINDS);
    let name: string;
    if (kind === 'User') {
      name = `user-${i}`;
    } else if (kind === 'Group') {
      name = `team-${i}`;
    } else {
      name = `${pick(WORDS)}-${pick(SUFFIXES)}-${i}`;
    }
    kinds.push(kind);
    names.push(name);
    if (kind === 'Resource') resourceNames.push(name);
    if (kind === 'System') systemNames.push(name);
    if (kind === 'API') apiNames.push(name);
    if (kind === 'Component') componentNames.push(name);
  }
  if (systemNames.length === 0) systemNames.push('platform');
  if (apiNames.length === 0) apiNames.push('public-api');

  const byKind: Record<string, number> = {};
  let malformed = 0;
  const entities: unknown[] = [];

  const provisioningValues = [
    'manual',
    ...(modelKeys.values['flexinfra.io/provisioning'] ?? []),
  ];
  const autoscalingValues = [
    'none',
    ...(modelKeys.values['flexinfra.io/autoscaling'] ?? []),
  ];
  const redundancyValues = [
    'none',
    'single-az',
    ...(modelKeys.values['flexinfra.io/redundancy'] ?? []),
  ];
  const backupValues = [
    'weekly',
    ...(modelKeys.values['flexinfra.io/backup'] ?? []),
  ];
  const checkIds = ['iac-managed', 'autoscaling', 'on-call', 'runbook'];

  const annotationValue = (key: string, name: string): string => {
    const accepted = modelKeys.values[key];
    if (accepted && accepted.length > 0) {
      return pick(accepted);
    }
    if (key.endsWith('project-slug') || key.endsWith('repository-slug')) {
      return `acme/${name}`;
    }
    if (key === 'backstage.io/techdocs-ref') return 'dir:.';
    if (key.endsWith('-url') || key.endsWith('location')) {
      return `url:https://github.com/acme/${name}/tree/main/`;
    }
    return `${name}-${hex(6)}`;
  };

  // A team that declares one thing tends to declare others: each entity gets a
  // maturity factor that scales all its annotation shares (mean about 1).
  let maturity = 1;
  const likely = (share: number) => chance(Math.min(0.95, share * maturity));

  const flexinfraAnnotations = (
    a: Record<string, string>,
    name: string,
    kind: string,
    type: string,
  ) => {
    if (likely(0.4)) a['flexinfra.io/provisioning'] = pick(provisioningValues);
    if (likely(0.15))
      a['flexinfra.io/iac-tool'] = pick(['terraform', 'pulumi', 'crossplane']);
    if (likely(0.12))
      a[
        'flexinfra.io/iac-location'
      ] = `url:https://github.com/acme/infra-live/tree/main/${name}`;
    if (likely(0.2)) a['flexinfra.io/redundancy'] = pick(redundancyValues);
    if (likely(0.15)) {
      const regions = new Set<string>();
      const n = 1 + int(3);
      for (let r = 0; r < n; r++) regions.add(pick(REGIONS));
      a['flexinfra.io/regions'] = [...regions].join(', ');
    }
    if (likely(0.25)) a['flexinfra.io/cost-center'] = `CC-${1000 + int(40)}`;
    if (likely(0.04))
      a['flexinfra.io/self-service-template'] = `template:default/new-${type}`;
    if (kind === 'Component') {
      if (likely(0.25)) a['flexinfra.io/autoscaling'] = pick(autoscalingValues);
      if (likely(0.3)) {
        const envs = ['dev', 'staging', 'prod'];
        if (chance(0.2)) envs.push(pick(['preview', 'ephemeral', 'review']));
        a['flexinfra.io/environments'] = envs.join(',');
      }
    } else if (likely(0.4)) {
      a['flexinfra.io/backup'] = pick(backupValues);
    }
    if (chance(0.02)) {
      const id = pick(checkIds);
      // Mostly valid, some expired (judged against the bench's fixed now),
      // a few malformed.
      a[`flexinfra.io/waive.${id}`] = weighted([
        ['2027-03-31: migration planned for Q1', 0.7],
        ['2025-12-31: expired waiver', 0.2],
        ['next quarter, promise', 0.1],
      ]);
    }
  };

  const managedBy = (name: string) => ({
    'backstage.io/managed-by-location': `url:https://github.com/acme/${name}/blob/main/catalog-info.yaml`,
    'backstage.io/managed-by-origin-location': `url:https://github.com/acme/${name}/blob/main/catalog-info.yaml`,
  });

  const links = (name: string): JsonObject[] => {
    const out: JsonObject[] = [];
    if (likely(0.2)) {
      out.push(
        chance(0.7)
          ? {
              url: `https://runbooks.acme.example/${name}`,
              title: 'Runbook',
              type: 'runbook',
              icon: 'docs',
            }
          : {
              url: `https://wiki.acme.example/${name}/oncall`,
              title: 'Runbook (on-call)',
            },
      );
    }
    if (likely(0.25)) {
      out.push({
        url: `https://grafana.acme.example/d/${hex(8)}/${name}`,
        title: 'Dashboard',
        type: 'dashboard',
        icon: 'dashboard',
      });
    }
    if (likely(0.2)) {
      out.push(
        chance(0.6)
          ? {
              url: `https://docs.acme.example/${name}`,
              title: 'Docs',
              type: 'docs',
            }
          : {
              url: `https://docs.acme.example/${name}`,
              title: 'Documentation',
            },
      );
    }
    if (likely(0.2)) {
      out.push({ url: `https://github.com/acme/${name}`, title: 'Repository' });
    }
    return out;
  };

  const ref = (kind: string, name: string) =>
    `${kind.toLocaleLowerCase('en-US')}:default/${name}`;

  const malformedValue = (i: number, name: string): unknown => {
    switch (int(8)) {
      case 0:
        return null;
      case 1:
        return [`component:default/${name}`];
      case 2:
        return {
          apiVersion: 'backstage.io/v1alpha1',
          kind: 'Component',
          spec: {},
        };
      case 3:
        return {
          apiVersion: 'backstage.io/v1alpha1',
          kind: 'Component',
          metadata: { name: i },
          spec: { type: 'service' },
        };
      case 4:
        return {
          apiVersion: 'backstage.io/v1alpha1',
          kind: 'Component',
          metadata: { name, annotations: { 'github.com/project-slug': 42 } },
          spec: { type: 'service', owner: 'group:default/mobile' },
        };
      case 5:
        return {
          apiVersion: 'backstage.io/v1alpha1',
          kind: 'Component',
          metadata: { name, links: { url: 'https://example.com' } },
          spec: { type: 'service' },
        };
      case 6:
        return {
          apiVersion: 'backstage.io/v1alpha1',
          kind: 'Resource',
          metadata: { name },
          spec: ['database'],
        };
      default:
        return {
          apiVersion: 'backstage.io/v1alpha1',
          kind: '',
          metadata: { name },
        };
    }
  };

  for (let i = 0; i < count; i++) {
    const kind = kinds[i];
    const name = names[i];
    if (chance(MALFORMED_SHARE)) {
      malformed++;
      entities.push(malformedValue(i, name));
      continue;
    }
    byKind[kind] = (byKind[kind] ?? 0) + 1;
    maturity = Number(
      weighted([
        ['0.3', 0.3],
        ['0.8', 0.3],
        ['1.4', 0.25],
        ['2.2', 0.15],
      ]),
    );
    const owner = `group:default/${pick(TEAMS)}`;
    const annotations: Record<string, string> = managedBy(name);
    const relations: JsonObject[] = [];
    const spec: JsonObject = {};
    const metadata: JsonObject = {
      namespace: 'default',
      name,
      uid: uuid(),
      etag: hex(40),
      description: `${name.replace(
        /-/g,
        ' ',
      )}, generated for the FlexInfra engine benchmark.`,
    };
    let metadataLinks: JsonObject[] = [];

    if (kind === 'Component' || kind === 'Resource') {
      const type =
        kind === 'Component'
          ? weighted(COMPONENT_TYPES)
          : weighted(RESOURCE_TYPES);
      spec.type = type;
      metadata.tags = [
        pick(['java', 'go', 'python', 'typescript', 'aws', 'gcp']),
      ];
      if (kind === 'Component') {
        for (const [key, share] of Object.entries(COMPONENT_ANNOTATION_SHARE)) {
          if (likely(share)) annotations[key] = annotationValue(key, name);
        }
      } else if (chance(0.3)) {
        annotations['terraform.io/workspace'] = `${name}-prod`;
      }
      for (const key of modelKeys.keys) {
        if (
          !key.startsWith('flexinfra.io/') &&
          !(key in COMPONENT_ANNOTATION_SHARE) &&
          likely(DEFAULT_MODEL_KEY_SHARE)
        ) {
          annotations[key] = annotationValue(key, name);
        }
      }
      flexinfraAnnotations(annotations, name, kind, type);
      metadataLinks = links(name);
      if (likely(kind === 'Component' ? 0.8 : 0.75)) {
        spec.owner = owner;
        relations.push({ type: 'ownedBy', targetRef: owner });
      }
      if (kind === 'Component' && likely(0.8)) {
        spec.lifecycle = weighted([
          ['production', 0.6],
          ['experimental', 0.3],
          ['deprecated', 0.1],
        ]);
      }
      if (likely(kind === 'Component' ? 0.55 : 0.45)) {
        const system = pick(systemNames);
        spec.system = system;
        relations.push({ type: 'partOf', targetRef: ref('System', system) });
      }
      if (kind === 'Component' && chance(0.4) && resourceNames.length > 0) {
        const dependsOn: string[] = [];
        const n = 1 + int(3);
        for (let d = 0; d < n; d++) {
          // Mostly Resources that exist; some deleted ones, a few Components.
          const target = {
            resource: () => ref('Resource', pick(resourceNames)),
            deleted: () => ref('Resource', `deleted-${int(1000)}`),
            component: () => ref('Component', pick(componentNames)),
          }[
            weighted([
              ['resource', 0.93],
              ['deleted', 0.04],
              ['component', 0.03],
            ]) as 'resource' | 'deleted' | 'component'
          ]();
          dependsOn.push(target);
          relations.push({ type: 'dependsOn', targetRef: target });
        }
        spec.dependsOn = dependsOn;
      }
      if (kind === 'Component' && type !== 'library' && chance(0.15)) {
        const api = pick(apiNames);
        spec.providesApis = [api];
        relations.push({ type: 'providesApi', targetRef: ref('API', api) });
      }
      if (kind === 'Resource') {
        const n = int(4);
        for (let d = 0; d < n; d++) {
          relations.push({
            type: 'dependencyOf',
            targetRef: ref('Component', pick(componentNames)),
          });
        }
      }
    } else if (kind === 'User') {
      const team = pick(TEAMS);
      spec.profile = {
        displayName: `User ${i}`,
        email: `user-${i}@acme.example`,
      };
      spec.memberOf = [team];
      relations.push({ type: 'memberOf', targetRef: `group:default/${team}` });
    } else if (kind === 'Group') {
      spec.type = 'team';
      spec.profile = { displayName: name, email: `${name}@acme.example` };
      spec.children = [];
      if (chance(0.5)) {
        annotations['github.com/team-slug'] = `acme/${name}`;
      }
      for (let m = 0; m < 3; m++) {
        relations.push({
          type: 'hasMember',
          targetRef: `user:default/user-${int(count)}`,
        });
      }
    } else if (kind === 'System') {
      spec.owner = owner;
      relations.push({ type: 'ownedBy', targetRef: owner });
    } else {
      spec.type = 'openapi';
      spec.lifecycle = 'production';
      spec.owner = owner;
      spec.definition =
        'openapi: 3.0.0\ninfo:\n  title: generated\n  version: 1.0.0\npaths: {}\n';
      relations.push({ type: 'ownedBy', targetRef: owner });
    }

    metadata.annotations = annotations;
    if (metadataLinks.length > 0) {
      metadata.links = metadataLinks;
    }
    entities.push({
      apiVersion: 'backstage.io/v1alpha1',
      kind,
      metadata,
      spec,
      relations,
    });
  }

  return {
    entities,
    byKind,
    malformed,
    modelAnnotationKeys: modelKeys.keys.length,
  };
}
