/**
 * The refresh benchmark's results: `results/refresh-<date>.json` (one entry
 * per catalog size; a later run of the same size on the same day replaces
 * it) and a generated section at the top of `RESULTS.md`, between markers,
 * rebuilt from the latest result of each size.
 *
 * The section goes above the engine benchmark's table on purpose:
 * engine.bench.ts appends its rows after the last table row of the file.
 */
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import type { LoadResult } from './autocannonWorker';
import type { PhaseMemory } from './measure';
import { round } from './measure';
import type { EngineId, FloorResult } from './refreshRunner';
import type { RepositoriesReport } from './repositoryPhase';
import { repositoriesSection } from './repositoryReport';
import type { PeerReport } from './peer/peerPhase';
import { peerSection } from './peer/peerReport';
import type { ReplicasReport } from './replica/replicaPhase';
import { replicasSection } from './replica/replicaReport';

const benchDir = path.resolve(__dirname, '..');
const resultsDir = path.join(benchDir, 'results');
const START = '<!-- refresh-bench:start -->';
const END = '<!-- refresh-bench:end -->';

export interface RefreshPhaseReport {
  wallMs: number;
  processCpuMs: number;
  machineCpuBusy: number;
  memory: PhaseMemory;
  run: {
    status: string;
    error: string | null;
    entitiesSeen: number;
    entitiesScored: number;
    entitiesChanged: number;
    entitiesRemoved: number;
  };
  entitiesPerSecond: number;
  rowsBefore: Record<string, number>;
  rowsAfter: Record<string, number>;
  rowsWritten: { total: number; byTable?: Record<string, number>; how: string };
  /** Wall time of each reader and store call (see stageTimes.ts). */
  stageTimes?: Record<string, { calls: number; ms: number }>;
}

export interface EngineReport {
  database: string;
  full: RefreshPhaseReport;
  resultsChecksumAfterFull: string;
  incremental?: RefreshPhaseReport;
}

export interface SizeReport {
  date: string;
  label?: string;
  machine: ReturnType<typeof import('./measure').machineInfo>;
  postgres: string;
  postgresSettings?: Record<string, string>;
  vacuumAnalyzeBeforeIncrementalMs?: Record<string, number>;
  options: Record<string, unknown> & { entities: number };
  catalog: {
    database: string;
    descriptors: number;
    scoredKinds: number;
    byKind: Record<string, number>;
    ingestion: {
      reusedDatabase: boolean;
      backendStartMs: number;
      applyFullMs: number;
      waitMs: number;
      served: number;
      vacuumAnalyzeMs?: number;
    };
    [key: string]: unknown;
  };
  flexinfra: Record<string, unknown>;
  floors: Array<{
    wallMs: number;
    processCpuMs: number;
    machineCpuBusy: number;
    memory: PhaseMemory;
    read: FloorResult;
  }>;
  change: { entities: number; servedAfterMs: number; settled: boolean };
  engines: Partial<Record<EngineId, EngineReport>>;
  api?: { token: string; results: LoadResult[]; [key: string]: unknown };
  /** The `--repositories` refreshes, when the run had them. */
  repositories?: RepositoriesReport;
  /** FlexInfra beside Tech Insights, when the run had it. */
  peer?: PeerReport;
  /** Two replicas on one database, when the run had them. */
  replicas?: ReplicasReport;
  goals: {
    fullToFloor: number;
    incrementalToFull: number;
    rssGrowthMbAt100k: number;
  };
  derived?: ReturnType<typeof derive>;
}

/** The ratios the goals are about, all from this one run. */
export function derive(report: SizeReport) {
  const [beforeFull, afterFull] = report.floors;
  // The floors read before and after the full refreshes bracket them.
  const floorMs = round((beforeFull.wallMs + afterFull.wallMs) / 2, 0);
  const engines: Record<string, unknown> = {};
  for (const [engine, r] of Object.entries(report.engines)) {
    if (!r) continue;
    const fullToFloor = round(r.full.wallMs / floorMs, 2);
    const incrementalToFull = r.incremental
      ? round(r.incremental.wallMs / r.full.wallMs, 4)
      : null;
    engines[engine] = {
      fullToFloor,
      fullToFloorMet: fullToFloor <= report.goals.fullToFloor,
      incrementalToFull,
      incrementalToFullMet:
        incrementalToFull === null
          ? null
          : incrementalToFull <= report.goals.incrementalToFull,
      incrementalScoredShare: r.incremental
        ? round(
            r.incremental.run.entitiesScored /
              Math.max(1, r.incremental.run.entitiesSeen),
            4,
          )
        : null,
      fullRssGrowthMb: r.full.memory.rssGrowthMb,
      // Only the first refresh of a run starts from a heap V8 has not grown
      // yet; later ones reuse what the first one grew.
      firstRefreshOfRun: engine === Object.keys(report.engines)[0],
      rssGrowthMet:
        engine === Object.keys(report.engines)[0]
          ? r.full.memory.rssGrowthMb <= report.goals.rssGrowthMbAt100k
          : null,
    };
  }
  return { floorMs, engines };
}

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

const n = (value: number) => value.toLocaleString('en-US');
const s = (ms: number) => (ms / 1000).toFixed(ms < 10_000 ? 2 : 1);
const pct = (value: number) => `${(value * 100).toFixed(value < 0.1 ? 2 : 1)}%`;
const yes = (met: boolean | null) =>
  met === null ? '–' : met ? 'met' : '**not met**';

function written(r: RefreshPhaseReport | undefined): string {
  return r ? n(r.rowsWritten.total) : '–';
}

function sizeSection(report: SizeReport): string {
  const d = derive(report);
  const m = report.machine;
  const ing = report.catalog.ingestion;
  const lines: string[] = [];
  lines.push(
    `#### ${report.label ? `${report.label}, ` : ''}${report.date
      .slice(0, 16)
      .replace('T', ' ')} UTC`,
    '',
    `${m.cpu}, ${m.cores} cores, ${m.totalMemoryGb} GB, Node ${m.node}, PostgreSQL ${report.postgres}` +
      (report.postgresSettings
        ? ` (autovacuum ${report.postgresSettings.autovacuum})`
        : '') +
      '. ' +
      `Catalog: ${n(report.catalog.descriptors)} entities in \`${
        report.catalog.database
      }\`, ` +
      `${n(report.catalog.scoredKinds)} of the kinds FlexInfra scores; ` +
      (ing.reusedDatabase
        ? `reused (caught up in ${s(ing.applyFullMs + ing.waitMs)} s).`
        : `ingested in this run: ${s(
            ing.applyFullMs + ing.waitMs,
          )} s from the provider's full mutation to every entity served.`) +
      ` Floor: ${report.floors
        .map(f => s(f.wallMs))
        .join(
          ' / ',
        )} s (before the full refreshes / after them / after the incremental ones); ` +
      `the ratios use the mean of the first two, ${s(d.floorMs)} s. ` +
      `Change: ${n(report.change.entities)} entities, served ${s(
        report.change.servedAfterMs,
      )} s after the delta mutation.`,
    '',
    '| engine | full s | entities/s | full ÷ floor (goal ≤ 2×) | incremental s | rescored | incremental ÷ full (goal ≤ 5%) | peak RSS MB | RSS growth MB (goal ≤ 300 at 100k) | heap MB: growth at peak / kept | rows after full: results / checks / history / snapshots | rows written full / incremental |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
  );
  for (const [engine, r] of Object.entries(report.engines)) {
    if (!r) continue;
    const e = d.engines[engine] as {
      fullToFloor: number;
      fullToFloorMet: boolean;
      incrementalToFull: number | null;
      incrementalToFullMet: boolean | null;
      rssGrowthMet: boolean | null;
    };
    const inc = r.incremental;
    const rows = r.full.rowsAfter;
    const mem = r.full.memory;
    lines.push(
      `| ${engine} | ${s(r.full.wallMs)} | ${n(r.full.entitiesPerSecond)} | ` +
        `${e.fullToFloor.toFixed(2)}× ${yes(e.fullToFloorMet)} | ` +
        `${inc ? s(inc.wallMs) : '–'} | ` +
        `${
          inc
            ? `${n(inc.run.entitiesScored)} of ${n(inc.run.entitiesSeen)}`
            : '–'
        } | ` +
        `${
          e.incrementalToFull === null
            ? '–'
            : `${pct(e.incrementalToFull)} ${yes(e.incrementalToFullMet)}`
        } | ` +
        `${Math.max(mem.peakSampledRssMb, mem.peakKernelRssMb ?? 0).toFixed(
          0,
        )} | ` +
        `${mem.rssGrowthMb.toFixed(0)}${
          e.rssGrowthMet === null
            ? ' (2nd refresh)'
            : report.options.entities >= 100_000
            ? ` ${yes(e.rssGrowthMet)}`
            : ''
        } | ` +
        `${mem.heapGrowthMb.toFixed(0)} / ${
          mem.retainedHeapMb?.toFixed(0) ?? '–'
        } | ` +
        `${n(rows.flexinfra_results)} / ${n(
          rows.flexinfra_check_results,
        )} / ${n(rows.flexinfra_history)} / ${n(
          rows.flexinfra_snapshots,
        )} | ${written(r.full)} / ${written(inc)} |`,
    );
  }
  if (report.repositories) {
    lines.push(...repositoriesSection(report.repositories));
  }
  if (report.peer) {
    lines.push(...peerSection(report.peer));
  }
  if (report.replicas) {
    lines.push(...replicasSection(report.replicas));
  }
  if (report.api) {
    lines.push(
      '',
      `API under load (autocannon in a child process, loopback, ${report.api.token}):`,
      '',
      '| request | first request, unloaded ms | connections | s | requests | req/s | p50 ms | p90 ms | p99 ms | max ms | non-2xx | errors |',
      '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    );
    const probes = (report.api.probes ?? {}) as Record<string, { ms: number }>;
    for (const r of report.api.results) {
      const first = probes[r.title]?.ms;
      lines.push(
        `| \`${r.title}\` (${n(r.distinctPaths)} path${
          r.distinctPaths > 1 ? 's' : ''
        }) | ${first === undefined ? '–' : first.toFixed(0)} | ${
          r.connections
        } | ${r.durationSeconds} | ${n(r.requests)} | ` +
          `${n(Math.round(r.requestsPerSecond))} | ${r.latencyMs.p50} | ${
            r.latencyMs.p90
          } | ${r.latencyMs.p99} | ` +
          `${r.latencyMs.max} | ${r.non2xx} | ${r.errors} |`,
      );
    }
  }
  return lines.join('\n');
}

/** The runs in a results file (older files held one run per size). */
function runsOf(content: {
  runs?: SizeReport[];
  sizes?: Record<string, SizeReport>;
}): SizeReport[] {
  return content.runs ?? Object.values(content.sizes ?? {});
}

/**
 * Runs are grouped by catalog size, and runs with `--repositories` apart
 * from those without (they measure something else).
 */
interface RunGroup {
  size: number;
  repositories: boolean;
}

const groupKey = (report: SizeReport) =>
  `${report.options.entities}|${report.options.repositories ? 'r' : ''}`;

/** For each group of runs, the runs of the latest day it was run. */
function latestByGroup(): Map<
  string,
  { group: RunGroup; reports: SizeReport[] }
> {
  const byGroup = new Map<string, { group: RunGroup; reports: SizeReport[] }>();
  const files = readdirSync(resultsDir)
    .filter(file => /^refresh-\d{4}-\d{2}-\d{2}\.json$/.test(file))
    .sort();
  for (const file of files) {
    const content = JSON.parse(
      readFileSync(path.join(resultsDir, file), 'utf8'),
    );
    const byDay = new Map<string, { group: RunGroup; reports: SizeReport[] }>();
    for (const report of runsOf(content)) {
      const key = groupKey(report);
      const entry = byDay.get(key) ?? {
        group: {
          size: report.options.entities,
          repositories: Boolean(report.options.repositories),
        },
        reports: [],
      };
      entry.reports.push(report);
      byDay.set(key, entry);
    }
    // Files are read oldest first: a later day's runs replace earlier ones.
    byDay.forEach((entry, key) => byGroup.set(key, entry));
  }
  return new Map(
    [...byGroup.entries()].sort(
      (a, b) =>
        a[1].group.size - b[1].group.size ||
        Number(a[1].group.repositories) - Number(b[1].group.repositories),
    ),
  );
}

function section(): string {
  const sizes = [...latestByGroup().values()].map(
    ({ group, reports }) =>
      `### ${n(group.size)} generated entities${
        group.repositories ? ', with repositories' : ''
      }\n\n${reports
        .sort((a, b) => (a.date < b.date ? -1 : 1))
        .map(sizeSection)
        .join('\n\n')}\n`,
  );
  return [
    START,
    '',
    'Written by `bench/refresh.bench.ts` (see [README.md](README.md)) from',
    '`results/refresh-<date>.json`: every run of the latest day each catalog',
    'size was run (runs with `--repositories` apart from those without). The',
    'text between the markers is rebuilt by every run. Times',
    'are wall times of one measurement each; all ratios are within one run.',
    "The bench runs VACUUM ANALYZE on the catalog's database once it has caught",
    "up, and on FlexInfra's PostgreSQL database between the full and the",
    'incremental refresh, as autovacuum would (see README.md). RSS growth is',
    'judged on the first refresh of a run only: a later one starts from',
    'whatever heap V8 kept from the earlier ones, so its growth says little.',
    '',
    ...sizes,
    END,
  ].join('\n');
}

/** Writes the JSON results and RESULTS.md; returns the files written. */
export function writeReport(report: SizeReport): string[] {
  report.derived = derive(report);
  mkdirSync(resultsDir, { recursive: true });
  const day = report.date.slice(0, 10);
  const jsonFile = path.join(resultsDir, `refresh-${day}.json`);
  const content = existsSync(jsonFile)
    ? JSON.parse(readFileSync(jsonFile, 'utf8'))
    : {};
  // A run of the same size and label that day is replaced.
  const runs = runsOf(content).filter(
    run =>
      run.options.entities !== report.options.entities ||
      (run.label ?? '') !== (report.label ?? ''),
  );
  const output = { runs: [...runs, report] };
  writeFileSync(
    jsonFile,
    formatted(jsonFile, `${JSON.stringify(output, null, 2)}\n`),
  );

  return [path.relative(process.cwd(), jsonFile), writeResultsMd()];
}

/**
 * Rebuilds the generated section of RESULTS.md from the results files and
 * returns the file's path.
 */
export function writeResultsMd(): string {
  const mdFile = path.join(benchDir, 'RESULTS.md');
  const existing = existsSync(mdFile) ? readFileSync(mdFile, 'utf8') : '';
  let text: string;
  const start = existing.indexOf(START);
  const end = existing.indexOf(END);
  if (start >= 0 && end > start) {
    text =
      existing.slice(0, start) + section() + existing.slice(end + END.length);
  } else {
    text = `# Refresh benchmark results\n\n${section()}\n\n${existing}`;
  }
  writeFileSync(mdFile, formatted(mdFile, text));
  return path.relative(process.cwd(), mdFile);
}
