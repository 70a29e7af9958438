/*
 * Repository analysis benchmark: how long FlexInfra takes to read what one
 * repository says about flexible infrastructure, and how many bytes it
 * reads, at 1k, 10k and 50k files. Each repository is generated on disk (a
 * realistic mix: mostly source code and docs, a service's infrastructure
 * files, some vendored and generated folders) and read the way the CLI and
 * the backend's file locations read it: `readDirectorySource` (listing with
 * sizes, confined reads) + `analyzeRepository` with the built-in detectors.
 * The floor, measured in the same run, is listing the same tree with sizes
 * (what any reader of the repository must do).
 *
 * Usage: yarn bench:repository [--sizes 1000,10000,50000] [--reps 5] [--no-write]
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { analyzeRepository } from '@flexinfra/backstage-plugin-flexinfra-common/repository';
import { readDirectorySource } from '@flexinfra/backstage-plugin-flexinfra-node';
import { machineInfo } from './refresh/measure';
import { writeSection } from './repository/writeSection';

interface SizeResult {
  files: number;
  infraFiles: number;
  floorMs: number;
  analysisMs: number[];
  medianMs: number;
  ratioToFloor: number;
  filesListed: number;
  filesRead: number;
  bytesRead: number;
  bytesInRepository: number;
  problems: number;
  found: string[];
  rssMb: number;
}

function argument(name: string, fallback: string): string {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? process.argv[index + 1] : fallback;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** A service's infrastructure, as a real repository would carry it. */
const INFRA_FILES: Record<string, string> = {
  'infra/main.tf':
    'resource "aws_ecs_service" "api" {\n  name = "api"\n  desired_count = 2\n  tags = { cost-center = "CC-1" }\n}\n',
  'infra/variables.tf': 'variable "region" {\n  default = "eu-west-1"\n}\n',
  'infra/env/prod.tfvars': 'region = "eu-west-1"\n',
  'infra/env/staging.tfvars': 'region = "eu-west-1"\n',
  'chart/Chart.yaml': 'apiVersion: v2\nname: api\nversion: 1.0.0\n',
  'chart/values.yaml':
    'replicaCount: 2\nautoscaling:\n  enabled: true\n  minReplicas: 2\n  maxReplicas: 10\n',
  'chart/values-prod.yaml': 'replicaCount: 3\n',
  'deploy/argocd/application.yaml':
    'apiVersion: argoproj.io/v1alpha1\nkind: Application\nmetadata:\n  name: api\nspec:\n  source:\n    path: chart\n',
  'deploy/monitoring/rules.yaml':
    'apiVersion: monitoring.coreos.com/v1\nkind: PrometheusRule\nmetadata:\n  name: api\nspec:\n  groups:\n    - name: api\n      rules:\n        - alert: ApiDown\n          expr: up == 0\n',
  '.github/workflows/ci.yml':
    'on: [push]\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - run: npm test\n',
  '.github/workflows/deploy.yml':
    'on:\n  push:\n    branches: [main]\njobs:\n  deploy:\n    environment: production\n    runs-on: ubuntu-latest\n    steps:\n      - run: helm upgrade --install api ./chart\n',
  'docs/runbook.md': '# Runbook\n\nRestart the pods.\n',
};

/** Ordinary files, by how often they occur in a service repository. */
const ORDINARY = [
  { ext: 'ts', weight: 40, size: 2400 },
  { ext: 'java', weight: 15, size: 3200 },
  { ext: 'md', weight: 8, size: 1500 },
  { ext: 'json', weight: 10, size: 900 },
  { ext: 'yaml', weight: 6, size: 400 },
  { ext: 'png', weight: 5, size: 20_000 },
  { ext: 'css', weight: 6, size: 1200 },
  { ext: 'sql', weight: 4, size: 700 },
  { ext: 'txt', weight: 6, size: 300 },
];

/** A deterministic PRNG (mulberry32), so a size always gives the same tree. */
function prng(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function generateRepository(root: string, files: number): number {
  const random = prng(files);
  let bytes = 0;
  const write = (path: string, content: string | Buffer) => {
    const full = join(root, path);
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, content);
    bytes += Buffer.byteLength(content);
  };
  for (const [path, content] of Object.entries(INFRA_FILES)) {
    write(path, content);
  }
  const total = ORDINARY.reduce((sum, kind) => sum + kind.weight, 0);
  for (let i = Object.keys(INFRA_FILES).length; i < files; i++) {
    let pick = random() * total;
    const kind = ORDINARY.find(k => (pick -= k.weight) < 0) ?? ORDINARY[0];
    // One file in ten lies in a vendored or generated folder.
    const top =
      random() < 0.1
        ? ['node_modules/lib', 'vendor/pkg', 'dist', 'build'][i % 4]
        : ['src', 'test', 'docs', 'config', 'scripts'][i % 5];
    const path = `${top}/m${Math.floor(i / 200)}/d${i % 17}/f${i}.${kind.ext}`;
    // Generated YAML files look like YAML config (not infrastructure).
    const body =
      kind.ext === 'yaml'
        ? `name: item-${i}\nvalues:\n${'  - x\n'.repeat(kind.size / 6)}`
        : 'x'.repeat(Math.round(kind.size * (0.5 + random())));
    write(path, body);
  }
  return bytes;
}

async function measure(files: number, reps: number): Promise<SizeResult> {
  const root = mkdtempSync(join(tmpdir(), `flexinfra-bench-repo-${files}-`));
  try {
    const bytesInRepository = generateRepository(root, files);
    const floors: number[] = [];
    const times: number[] = [];
    let facts: Awaited<ReturnType<typeof analyzeRepository>> | undefined;
    // One warm-up of each, then the timed repetitions.
    for (let rep = -1; rep < reps; rep++) {
      global.gc?.();
      let start = performance.now();
      await readDirectorySource(root, {
        limits: { maxFiles: files * 2 },
      });
      const floor = performance.now() - start;
      global.gc?.();
      start = performance.now();
      const source = await readDirectorySource(root, {
        limits: { maxFiles: files * 2 },
      });
      facts = await analyzeRepository(source, {
        limits: { maxFiles: files * 2 },
      });
      const took = performance.now() - start;
      if (rep >= 0) {
        floors.push(floor);
        times.push(took);
      }
    }
    const medianMs = median(times);
    const floorMs = median(floors);
    return {
      files,
      infraFiles: Object.keys(INFRA_FILES).length,
      floorMs: Math.round(floorMs * 10) / 10,
      analysisMs: times.map(t => Math.round(t * 10) / 10),
      medianMs: Math.round(medianMs * 10) / 10,
      ratioToFloor: Math.round((medianMs / floorMs) * 100) / 100,
      filesListed: facts!.stats.filesListed,
      filesRead: facts!.stats.filesRead,
      bytesRead: facts!.stats.bytesRead,
      bytesInRepository,
      problems: facts!.problems.length,
      found: Object.entries(facts!)
        .filter(
          ([, value]) =>
            typeof value === 'object' &&
            value !== null &&
            (value as { found?: boolean }).found === true,
        )
        .map(([name]) => name),
      rssMb: Math.round(process.memoryUsage().rss / 1024 ** 2),
    };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

async function main() {
  const sizes = argument('sizes', '1000,10000,50000').split(',').map(Number);
  const reps = Number(argument('reps', '5'));
  const results: SizeResult[] = [];
  for (const size of sizes) {
    const result = await measure(size, reps);
    results.push(result);
    process.stdout.write(
      `${size} files: analysis ${result.medianMs} ms (listing alone ${
        result.floorMs
      } ms, ${result.ratioToFloor}×), read ${result.filesRead} files / ${
        result.bytesRead
      } bytes of ${result.bytesInRepository}; found ${result.found.join(
        ', ',
      )}\n`,
    );
  }
  const report = {
    date: new Date().toISOString(),
    machine: machineInfo(),
    reps,
    results,
  };
  if (!process.argv.includes('--no-write')) {
    const day = report.date.slice(0, 10);
    const file = resolve(__dirname, 'results', `repository-${day}.json`);
    writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
    writeSection(resolve(__dirname, 'RESULTS.md'), report);
    process.stdout.write(`wrote ${file} and RESULTS.md\n`);
  }
}

main().catch(error => {
  process.stderr.write(`${error.stack ?? error}\n`);
  process.exit(1);
});
