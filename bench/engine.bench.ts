/* eslint-disable no-console */
/**
 * FlexInfra engine benchmark: how fast flexinfra-common scores a large
 * catalog, compared with how fast Node can merely JSON.parse that catalog.
 *
 * Run from the repository root (see bench/README.md):
 *
 *   yarn bench [--entities 100000] [--reps 5] [--seed 20261123]
 *              [--label text] [--breakdown] [--no-write]
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import {
  compileModel,
  createEntityLookup,
  defaultModelDefinition,
  evaluateEntities,
  evaluateEntity,
  type EntityEvaluation,
} from '../plugins/flexinfra-common/src';
import { timeBreakdown, type BreakdownStage } from './breakdown';
import { annotationKeysOf, generateCatalog } from './generateCatalog';

// ---------------------------------------------------------------------------
// Options

function option(name: string, fallback: string): string {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 && index + 1 < process.argv.length
    ? process.argv[index + 1]
    : fallback;
}
const ENTITIES = Number(option('entities', '100000'));
const REPS = Number(option('reps', '5'));
const COMPILE_REPS = Number(option('compile-reps', '50'));
const SEED = Number(option('seed', '20261123'));
const LABEL = option('label', '');
const WRITE = !process.argv.includes('--no-write');
const BREAKDOWN = process.argv.includes('--breakdown');
/** Waivers are judged against a fixed day so every run scores the same. */
const NOW = new Date('2026-06-01T00:00:00Z');

const benchDir = __dirname;
const gc = (globalThis as { gc?: () => void }).gc;

// ---------------------------------------------------------------------------
// Measuring helpers

const MB = 1024 * 1024;
const memory = {
  baselineRss: 0,
  baselineHeapUsed: 0,
  peakSampledRss: 0,
  peakSampledHeapUsed: 0,
  phases: [] as Array<{ phase: string; rssMb: number; heapUsedMb: number }>,
};

/** Samples memory; called after every timed repetition and phase. */
function sample(phase?: string) {
  const { rss, heapUsed } = process.memoryUsage();
  memory.peakSampledRss = Math.max(memory.peakSampledRss, rss);
  memory.peakSampledHeapUsed = Math.max(memory.peakSampledHeapUsed, heapUsed);
  if (phase) {
    memory.phases.push({
      phase,
      rssMb: round(rss / MB, 1),
      heapUsedMb: round(heapUsed / MB, 1),
    });
  }
}

function round(value: number, decimals = 2): number {
  const f = 10 ** decimals;
  return Math.round(value * f) / f;
}

interface Timing {
  median: number;
  min: number;
  max: number;
  samples: number[];
}

function summarise(samples: number[]): Timing {
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const median =
    sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  return {
    median: round(median, 3),
    min: round(sorted[0], 3),
    max: round(sorted[sorted.length - 1], 3),
    samples: samples.map(s => round(s, 3)),
  };
}

/**
 * Times `fn` `reps` times after `warmup` untimed calls; collects garbage
 * before each timed call (when run with --expose-gc) so one repetition does
 * not pay for the previous one's garbage. Returns the timings and the last
 * result.
 */
function time<T>(
  name: string,
  reps: number,
  warmup: number,
  fn: () => T,
): { timing: Timing; result: T } {
  let result!: T;
  for (let i = 0; i < warmup; i++) {
    result = fn();
    sample();
  }
  const samples: number[] = [];
  for (let i = 0; i < reps; i++) {
    result = undefined as unknown as T;
    gc?.();
    const start = performance.now();
    result = fn();
    samples.push(performance.now() - start);
    sample();
  }
  const timing = summarise(samples);
  console.log(
    `  ${name.padEnd(34)} median ${timing.median.toFixed(2).padStart(10)} ms` +
      `  (min ${timing.min.toFixed(2)}, max ${timing.max.toFixed(
        2,
      )}, n=${reps})`,
  );
  return { timing, result };
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 16);
}

// ---------------------------------------------------------------------------
// The run

function main() {
  gc?.();
  const base = process.memoryUsage();
  memory.baselineRss = base.rss;
  memory.baselineHeapUsed = base.heapUsed;
  sample('baseline (modules loaded)');

  const cpus = os.cpus();
  const machine = {
    cpu: cpus[0]?.model?.trim() ?? 'unknown',
    cores: cpus.length,
    totalMemoryGb: round(os.totalmem() / 1024 ** 3, 1),
    platform: `${os.platform()} ${os.release()}`,
    arch: os.arch(),
  };
  const gcNote = gc ? '' : ' (no --expose-gc: reps may pay for garbage)';
  console.log(
    `FlexInfra engine benchmark — Node ${process.version}, ${machine.cpu}, ` +
      `${machine.cores} cores, ${machine.totalMemoryGb} GB${gcNote}`,
  );

  // 1. compileModel
  console.log('\n1. Compile the default model');
  const compile = time('compileModel', COMPILE_REPS, 3, () =>
    compileModel(defaultModelDefinition),
  );
  const model = compile.result;

  // Generate and serialise the catalog (not timed as part of the comparison).
  console.log(`\nGenerating ${ENTITIES} entities (seed ${SEED})…`);
  let start = performance.now();
  const modelKeys = annotationKeysOf(model.definition.checks);
  const generated = generateCatalog(ENTITIES, SEED, modelKeys);
  const generateMs = performance.now() - start;
  start = performance.now();
  const json = JSON.stringify(generated.entities);
  const stringifyMs = performance.now() - start;
  generated.entities.length = 0; // only the parsed copy is evaluated
  const jsonBytes = Buffer.byteLength(json);
  console.log(
    `  generated in ${generateMs.toFixed(0)} ms; JSON ${(
      jsonBytes / MB
    ).toFixed(1)} MB (${Math.round(jsonBytes / ENTITIES)} bytes/entity), ` +
      `stringified in ${stringifyMs.toFixed(0)} ms; kinds ${JSON.stringify(
        generated.byKind,
      )}, malformed ${generated.malformed}`,
  );
  sample('catalog generated and serialised');

  // 2. JSON.parse of the whole catalog
  console.log('\n2. JSON.parse the catalog');
  const parse = time(
    'JSON.parse',
    REPS,
    1,
    () => JSON.parse(json) as unknown[],
  );
  // Evaluate what a backend would have: the objects JSON.parse made.
  const entities = parse.result;
  sample('catalog parsed');

  // 3. Evaluate
  console.log('\n3. Evaluate every entity with a lookup over all of them');
  const lookupTiming = time('createEntityLookup', REPS, 1, () =>
    createEntityLookup(entities),
  );
  const lookup = lookupTiming.result;
  const loop = time('evaluateEntity × N (lookup built)', REPS, 1, () => {
    const out: EntityEvaluation[] = new Array(entities.length);
    for (let i = 0; i < entities.length; i++) {
      out[i] = evaluateEntity(model, entities[i], { lookup, now: NOW });
    }
    return out;
  });
  sample('evaluated (loop)');
  const batch = time('evaluateEntities (incl. lookup)', REPS, 1, () =>
    evaluateEntities(model, entities, { now: NOW }),
  );
  sample('evaluated (evaluateEntities)');
  // The benchmark proper ends here; what follows allocates more.
  const maxRssBenchmarkKb = process.resourceUsage().maxRSS;
  const peakSampledRss = memory.peakSampledRss;
  const peakSampledHeapUsed = memory.peakSampledHeapUsed;
  const results = batch.result;

  // What came out, so a reader can judge the catalog is realistic and a
  // change to the engine that alters results is noticed (results checksum).
  const outcomes: Record<string, number> = {};
  const stages: Record<string, number> = {};
  let scoreSum = 0;
  let scored = 0;
  for (const r of results) {
    outcomes[r.outcome] = (outcomes[r.outcome] ?? 0) + 1;
    if (r.outcome === 'scored') {
      stages[r.stage.number] = (stages[r.stage.number] ?? 0) + 1;
      scoreSum += r.score;
      scored++;
    }
  }
  const resultsChecksum = sha256(JSON.stringify(results));
  const loopChecksum = sha256(JSON.stringify(loop.result));
  if (resultsChecksum !== loopChecksum) {
    throw new Error('evaluateEntities and the evaluateEntity loop disagree');
  }

  let breakdown: BreakdownStage[] | undefined;
  if (BREAKDOWN) {
    console.log('\nBreakdown of one evaluateEntity pass (median per stage)');
    breakdown = timeBreakdown(
      model,
      entities,
      lookup,
      NOW,
      REPS,
      loop.timing.median,
    );
    for (const b of breakdown) {
      console.log(
        `  ${b.stage.padEnd(48)} ${b.medianMs
          .toFixed(0)
          .padStart(7)} ms ${b.share.toFixed(1).padStart(5)}%`,
      );
    }
    sample('breakdown');
  }

  // What a consumer that stores or shows every result in full pays on top:
  // messages and evidence are worked out when first read.
  const explained = time(
    'evaluateEntities + every message read',
    REPS,
    1,
    () => {
      const evaluations = evaluateEntities(model, entities, { now: NOW });
      let length = 0;
      for (const evaluation of evaluations) {
        if (evaluation.outcome === 'scored') {
          for (const check of evaluation.checks) {
            length += check.message.length + (check.evidence?.length ?? 0);
          }
        }
      }
      return length;
    },
  );
  sample('explained');

  // 4. Report
  const evaluateMs = batch.timing.median;
  const parseMs = parse.timing.median;
  const ratio = evaluateMs / parseMs;
  const usage = process.resourceUsage();
  const report = {
    benchmark: 'flexinfra-common engine: evaluate vs JSON.parse',
    date: new Date().toISOString(),
    label: LABEL || undefined,
    machine,
    node: process.version,
    v8: process.versions.v8,
    exposeGc: Boolean(gc),
    options: {
      entities: ENTITIES,
      reps: REPS,
      compileReps: COMPILE_REPS,
      seed: SEED,
      now: NOW.toISOString(),
    },
    catalog: {
      entities: ENTITIES,
      byKind: generated.byKind,
      malformed: generated.malformed,
      modelAnnotationKeys: generated.modelAnnotationKeys,
      jsonBytes,
      jsonChecksum: sha256(json),
      generateMs: round(generateMs, 1),
      stringifyMs: round(stringifyMs, 1),
    },
    model: { version: model.version, checks: model.checks.length },
    timingsMs: {
      compileModel: compile.timing,
      jsonParse: parse.timing,
      createEntityLookup: lookupTiming.timing,
      evaluateEntityLoop: loop.timing,
      evaluateEntities: batch.timing,
      evaluateEntitiesAndReadMessages: explained.timing,
    },
    derived: {
      /** evaluateEntities (lookup included), median. */
      evaluateMs,
      jsonParseMs: parseMs,
      ratioEvaluateToJsonParse: round(ratio, 2),
      ratioLoopToJsonParse: round(loop.timing.median / parseMs, 2),
      /** With every check's message and evidence read (stored in full). */
      ratioExplainedToJsonParse: round(explained.timing.median / parseMs, 2),
      entitiesPerSecond: Math.round(ENTITIES / (evaluateMs / 1000)),
      msPerEntity: round(evaluateMs / ENTITIES, 5),
      usPerEntity: round((evaluateMs * 1000) / ENTITIES, 2),
      jsonParseMbPerSecond: round(jsonBytes / MB / (parseMs / 1000), 1),
      meetsGoal: ratio <= 1.5,
    },
    memory: {
      baselineRssMb: round(memory.baselineRss / MB, 1),
      baselineHeapUsedMb: round(memory.baselineHeapUsed / MB, 1),
      peakSampledRssMb: round(peakSampledRss / MB, 1),
      peakSampledHeapUsedMb: round(peakSampledHeapUsed / MB, 1),
      /** The kernel's high-water mark for the process, not a sample. */
      maxRssMb: round(maxRssBenchmarkKb / 1024, 1),
      /** Including the explained pass and --breakdown, when given. */
      maxRssWholeRunMb: round(usage.maxRSS / 1024, 1),
      phases: memory.phases,
    },
    breakdown,
    outcomes,
    stages,
    meanScore: scored ? round(scoreSum / scored, 2) : null,
    resultsChecksum,
  };

  console.log('\n4. Results');
  console.log(
    `  evaluate ${evaluateMs.toFixed(0)} ms vs JSON.parse ${parseMs.toFixed(
      0,
    )} ms: ratio ${ratio.toFixed(2)}× (goal ≤ 1.5×: ${
      report.derived.meetsGoal ? 'met' : 'NOT met'
    })`,
  );
  console.log(
    `  ${report.derived.entitiesPerSecond.toLocaleString(
      'en-US',
    )} entities/s, ${report.derived.usPerEntity} µs (${
      report.derived.msPerEntity
    } ms) per entity; compileModel ${compile.timing.median.toFixed(2)} ms`,
  );
  console.log(
    `  peak RSS ${report.memory.maxRssMb} MB (sampled ${report.memory.peakSampledRssMb} MB),` +
      ` peak sampled heap ${report.memory.peakSampledHeapUsedMb} MB,` +
      ` baseline RSS ${report.memory.baselineRssMb} MB`,
  );
  console.log(
    `  outcomes ${JSON.stringify(outcomes)}; stages ${JSON.stringify(
      stages,
    )}; mean score ${report.meanScore}; results checksum ${resultsChecksum}`,
  );

  if (WRITE) {
    writeResults(report);
  }
}

// ---------------------------------------------------------------------------
// Writing results (formatted with the repository's prettier config, so that
// `prettier --check bench` keeps passing after a run)

function formatted(file: string, text: string): string {
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const prettier = require('prettier') as {
      format(source: string, options: object): string;
      resolveConfig: { sync(file: string): object | null };
    };
    const config = prettier.resolveConfig.sync(file) ?? {};
    return prettier.format(text, { ...config, filepath: file });
  } catch {
    return text;
  }
}

type Report = {
  date: string;
  label?: string;
  machine: { cpu: string; cores: number; totalMemoryGb: number };
  node: string;
  options: { entities: number };
  timingsMs: {
    compileModel: Timing;
    evaluateEntitiesAndReadMessages?: Timing;
  };
  derived: {
    jsonParseMs: number;
    evaluateMs: number;
    ratioEvaluateToJsonParse: number;
    ratioExplainedToJsonParse?: number;
    entitiesPerSecond: number;
  };
  memory: { maxRssMb: number };
};

const RESULTS_HEADER = `# Engine benchmark results

Written by \`yarn bench\` (see [README.md](README.md)); one row per run, newest
last; dates are UTC. Evaluate is the median of \`evaluateEntities\` over the whole catalog
(lookup construction included); JSON.parse is the median of parsing the same
catalog's JSON. "With messages" also reads every check's message and
evidence, which the engine works out when first read (a refresh reads them for
the results it stores). The full numbers of the latest run of each day are in
\`results/engine-<date>.json\`.

| date | label | machine | node | entities | compile ms | JSON.parse ms | evaluate ms | ratio | entities/s | peak RSS MB | with messages ms (ratio) |
| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |
`;

function writeResults(report: Report) {
  const day = report.date.slice(0, 10);
  const resultsDir = path.join(benchDir, 'results');
  mkdirSync(resultsDir, { recursive: true });
  const jsonFile = path.join(resultsDir, `engine-${day}.json`);
  writeFileSync(
    jsonFile,
    formatted(jsonFile, `${JSON.stringify(report, null, 2)}\n`),
  );

  const mdFile = path.join(benchDir, 'RESULTS.md');
  const existing = existsSync(mdFile)
    ? readFileSync(mdFile, 'utf8')
    : RESULTS_HEADER;
  const m = report.machine;
  const row = [
    report.date.slice(0, 16).replace('T', ' '),
    report.label ?? '',
    `${m.cpu}, ${m.cores} cores, ${m.totalMemoryGb} GB`,
    report.node,
    report.options.entities.toLocaleString('en-US'),
    report.timingsMs.compileModel.median.toFixed(2),
    report.derived.jsonParseMs.toFixed(0),
    report.derived.evaluateMs.toFixed(0),
    `${report.derived.ratioEvaluateToJsonParse.toFixed(2)}×`,
    report.derived.entitiesPerSecond.toLocaleString('en-US'),
    report.memory.maxRssMb.toFixed(0),
    report.timingsMs.evaluateEntitiesAndReadMessages
      ? `${report.timingsMs.evaluateEntitiesAndReadMessages.median.toFixed(
          0,
        )} (${report.derived.ratioExplainedToJsonParse?.toFixed(2)}×)`
      : '—',
  ]
    .map(cell => cell.replace(/\|/g, '\\|'))
    .join(' | ');
  // Insert after the engine table's last row: notes and other benchmarks'
  // sections may follow it.
  const lines = existing.trimEnd().split('\n');
  let last = lines.findIndex(
    line => line.startsWith('| date ') && line.includes('compile ms'),
  );
  if (last < 0) {
    throw new Error(`${mdFile} has no engine results table`);
  }
  while (last + 1 < lines.length && lines[last + 1].startsWith('|')) last++;
  lines.splice(last + 1, 0, `| ${row} |`);
  writeFileSync(mdFile, formatted(mdFile, `${lines.join('\n')}\n`));
  console.log(
    `\nWrote ${path.relative(process.cwd(), jsonFile)} and ${path.relative(
      process.cwd(),
      mdFile,
    )}`,
  );
}

main();
