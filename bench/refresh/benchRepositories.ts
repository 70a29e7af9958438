/**
 * Repositories for the refresh benchmark's `--repositories` option: small,
 * realistic service repositories generated on disk (Terraform, a Helm chart
 * with values, GitHub Actions workflows, a Dockerfile, source files, docs),
 * each packed once as the .tar.gz GitHub serves for a commit, and given to a
 * share of the scored entities through the annotation that locates them.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Entity } from '@backstage/catalog-model';
import { create as createTar } from 'tar';
import { DEFAULT_REPOSITORY_KINDS } from '../../plugins/flexinfra-backend/src/config/readFlexInfraConfig';
import { mulberry32 } from '../generateCatalog';

/** The kinds whose repositories the provider reads by default. */
const REPOSITORY_KINDS = new Set(
  DEFAULT_REPOSITORY_KINDS.map(kind => kind.toLocaleLowerCase('en-US')),
);

/** Marks the entities the bench gave a repository (the provider reads only these). */
export const REPOSITORY_ANNOTATION = 'bench.flexinfra.io/repository';

/** One generated repository: where it is on disk and what it holds. */
export interface BenchRepository {
  /** `repo-<n>`, the name under the `acme` owner. */
  name: string;
  folder: string;
  /** The commit the host serves (stable: the files never change). */
  sha: string;
  files: number;
  bytes: number;
  /** The .tar.gz of the commit, as the host serves it. */
  tarball?: Buffer;
}

const TF_MAIN = (name: string, region: string) => `terraform {
  required_version = ">= 1.5"
  backend "s3" {
    bucket = "acme-terraform-state"
    key    = "${name}/terraform.tfstate"
    region = "${region}"
  }
}

provider "aws" {
  region = var.region
  default_tags {
    tags = {
      service     = "${name}"
      cost-center = var.cost_center
    }
  }
}

module "service" {
  source        = "../modules/ecs-service"
  name          = "${name}"
  desired_count = var.desired_count
  min_capacity  = 2
  max_capacity  = 10
}
`;

const TF_VARIABLES = `variable "region" {
  type    = string
  default = "eu-west-1"
}

variable "cost_center" {
  type = string
}

variable "desired_count" {
  type    = number
  default = 2
}
`;

const CHART = (name: string) =>
  `apiVersion: v2\nname: ${name}\ndescription: ${name} service\ntype: application\nversion: 1.4.0\nappVersion: "2.3.1"\n`;

const VALUES = (
  replicas: number,
  autoscaling: boolean,
) => `replicaCount: ${replicas}
image:
  repository: registry.acme.example/service
  tag: ""
resources:
  requests:
    cpu: 100m
    memory: 128Mi
  limits:
    memory: 256Mi
autoscaling:
  enabled: ${autoscaling}
  minReplicas: 2
  maxReplicas: 8
  targetCPUUtilizationPercentage: 70
`;

const DEPLOYMENT = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: {{ .Release.Name }}
spec:
  replicas: {{ .Values.replicaCount }}
  selector:
    matchLabels:
      app: {{ .Release.Name }}
  template:
    metadata:
      labels:
        app: {{ .Release.Name }}
    spec:
      containers:
        - name: app
          image: "{{ .Values.image.repository }}:{{ .Values.image.tag }}"
`;

const HPA = `{{- if .Values.autoscaling.enabled }}
apiVersion: autoscaling/v2
kind: HorizontalPodAutoscaler
metadata:
  name: {{ .Release.Name }}
spec:
  scaleTargetRef:
    apiVersion: apps/v1
    kind: Deployment
    name: {{ .Release.Name }}
  minReplicas: {{ .Values.autoscaling.minReplicas }}
  maxReplicas: {{ .Values.autoscaling.maxReplicas }}
{{- end }}
`;

const CI = `name: ci
on:
  pull_request:
  push:
    branches: [main]
jobs:
  test:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with:
          node-version: 22
      - run: npm ci
      - run: npm test
`;

const DEPLOY = (environments: string[]) => `name: deploy
on:
  push:
    branches: [main]
jobs:
${environments
  .map(
    env => `  deploy-${env}:
    runs-on: ubuntu-latest
    environment: ${env}
    steps:
      - uses: actions/checkout@v4
      - run: helm upgrade --install service ./chart -f chart/values-${env}.yaml
`,
  )
  .join('')}`;

const SOURCE = (i: number, size: number) =>
  `export function handler${i}(input: string): string {\n${'  // handles one kind of request\n'.repeat(
    Math.max(1, Math.round(size / 34)),
  )}  return input;\n}\n`;

/** The files of one repository: a few dozen, mostly source. */
export function repositoryFiles(
  name: string,
  random: () => number,
): Record<string, string> {
  const files: Record<string, string> = {
    'README.md': `# ${name}\n\nThe ${name} service.\n`,
    'catalog-info.yaml': `apiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata:\n  name: ${name}\nspec:\n  type: service\n  lifecycle: production\n  owner: team-a\n`,
    Dockerfile:
      'FROM node:22-alpine\nWORKDIR /app\nCOPY . .\nRUN npm ci --omit=dev\nCMD ["node", "dist/index.js"]\n',
    'package.json': JSON.stringify(
      { name, version: '1.0.0', scripts: { test: 'jest', build: 'tsc' } },
      null,
      2,
    ),
    '.github/workflows/ci.yml': CI,
  };
  const environments = random() < 0.5 ? ['staging', 'prod'] : ['dev', 'prod'];
  if (random() < 0.7) {
    const region = random() < 0.7 ? 'eu-west-1' : 'us-east-1';
    files['infra/main.tf'] = TF_MAIN(name, region);
    files['infra/variables.tf'] = TF_VARIABLES;
    files['infra/outputs.tf'] =
      'output "service_arn" {\n  value = module.service.arn\n}\n';
    for (const env of environments) {
      files[
        `infra/env/${env}.tfvars`
      ] = `region = "${region}"\ncost_center = "CC-${
        Math.floor(random() * 90) + 10
      }"\n`;
    }
  }
  if (random() < 0.6) {
    files['chart/Chart.yaml'] = CHART(name);
    files['chart/values.yaml'] = VALUES(2, random() < 0.6);
    for (const env of environments) {
      files[`chart/values-${env}.yaml`] = `replicaCount: ${
        env === 'prod' ? 3 : 1
      }\n`;
    }
    files['chart/templates/deployment.yaml'] = DEPLOYMENT;
    files['chart/templates/hpa.yaml'] = HPA;
    files['.github/workflows/deploy.yml'] = DEPLOY(environments);
  }
  if (random() < 0.4) {
    files['docs/runbook.md'] =
      '# Runbook\n\n## Restarting\n\nRoll the deployment.\n';
  }
  const sources = 15 + Math.floor(random() * 25);
  for (let i = 0; i < sources; i++) {
    const folder = i % 4 === 3 ? 'test' : 'src';
    const suffix = folder === 'test' ? '.test.ts' : '.ts';
    files[`${folder}/module${Math.floor(i / 8)}/file${i}${suffix}`] = SOURCE(
      i,
      800 + Math.floor(random() * 3000),
    );
  }
  return files;
}

/** Where the repositories are generated (the same path every run). */
export const REPOSITORIES_ROOT = path.join(
  os.tmpdir(),
  'flexinfra-bench',
  'repositories',
);

/** The commit of repository `n` (its files never change). */
function shaOf(n: number): string {
  return `${n.toString(16).padStart(8, '0')}${'c0ffee'.repeat(5)}dead`;
}

/** The top folder of repository `name`, as in GitHub's tarball of its commit. */
function topOf(name: string): string {
  const n = Number(name.slice('repo-'.length));
  return `acme-${name}-${shaOf(n).slice(0, 7)}`;
}

/** The folder repository `name` is generated in. */
export function repositoryFolder(
  name: string,
  root: string = REPOSITORIES_ROOT,
): string {
  return path.join(root, topOf(name));
}

/**
 * Writes `count` repositories under `root` (emptied first) and packs each as
 * GitHub's tarball of its commit; deterministic for a seed.
 */
export async function generateRepositories(
  count: number,
  seed: number,
  root: string = REPOSITORIES_ROOT,
): Promise<BenchRepository[]> {
  rmSync(root, { recursive: true, force: true });
  const random = mulberry32(seed ^ 0x5eed);
  const repositories: BenchRepository[] = [];
  for (let n = 0; n < count; n++) {
    const name = `repo-${n}`;
    const sha = shaOf(n);
    const top = topOf(name);
    const folder = path.join(root, top);
    const files = repositoryFiles(name, random);
    let bytes = 0;
    for (const [file, content] of Object.entries(files)) {
      const full = path.join(folder, file);
      mkdirSync(path.dirname(full), { recursive: true });
      writeFileSync(full, content);
      bytes += Buffer.byteLength(content);
    }
    const archive = path.join(root, `${top}.tar.gz`);
    await createTar({ gzip: true, cwd: root, file: archive, portable: true }, [
      top,
    ]);
    repositories.push({
      name,
      folder,
      sha,
      files: Object.keys(files).length,
      bytes,
      tarball: readFileSync(archive),
    });
    rmSync(archive);
  }
  return repositories;
}

/**
 * Picks `share` of the entities of the kinds whose repositories the
 * provider reads by default (`DEFAULT_REPOSITORY_KINDS`: Components; seeded)
 * and returns how many, and how many there were to pick from; the n-th
 * picked entity gets repository `repo-<n>`, located by `locate`
 * (annotations to set; undefined removes one), and the marker annotation.
 * Mutates `entities`.
 */
export function assignRepositories(
  entities: Entity[],
  share: number,
  seed: number,
  locate: (name: string) => Record<string, string | undefined>,
): { assigned: number; candidates: number } {
  const candidates = entities.filter(e =>
    REPOSITORY_KINDS.has(e.kind.toLocaleLowerCase('en-US')),
  ).length;
  if (share <= 0) {
    return { assigned: 0, candidates };
  }
  const random = mulberry32(seed ^ 0x2e90);
  let assigned = 0;
  for (let i = 0; i < entities.length; i++) {
    const entity = entities[i];
    if (!REPOSITORY_KINDS.has(entity.kind.toLocaleLowerCase('en-US'))) {
      continue;
    }
    if (random() >= share) {
      continue;
    }
    const name = `repo-${assigned++}`;
    const annotations: Record<string, string> = {
      ...entity.metadata.annotations,
      [REPOSITORY_ANNOTATION]: name,
    };
    for (const [key, value] of Object.entries(locate(name))) {
      if (value === undefined) {
        delete annotations[key];
      } else {
        annotations[key] = value;
      }
    }
    entities[i] = { ...entity, metadata: { ...entity.metadata, annotations } };
  }
  return { assigned, candidates };
}
