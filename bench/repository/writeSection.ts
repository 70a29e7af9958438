import { readFileSync, writeFileSync } from 'node:fs';

const START = '<!-- repository-bench:start -->';
const END = '<!-- repository-bench:end -->';

interface Report {
  date: string;
  machine: {
    cpu: string;
    cores: number;
    totalMemoryGb: number;
    node: string;
  };
  reps: number;
  results: Array<{
    files: number;
    floorMs: number;
    medianMs: number;
    ratioToFloor: number;
    filesListed: number;
    filesRead: number;
    bytesRead: number;
    bytesInRepository: number;
    problems: number;
    found: string[];
    rssMb: number;
  }>;
}

const number = (value: number) => value.toLocaleString('en-US');

/** The repository benchmark's section of RESULTS.md, rebuilt from a run. */
export function renderSection(report: Report): string {
  const m = report.machine;
  const rows = report.results.map(r =>
    [
      number(r.files),
      number(r.filesListed),
      `${r.medianMs}`,
      `${r.floorMs}`,
      `${r.ratioToFloor}×`,
      number(r.filesRead),
      number(r.bytesRead),
      `${((100 * r.bytesRead) / r.bytesInRepository).toFixed(2)}%`,
      `${r.rssMb}`,
      r.found.join(', '),
    ].join(' | '),
  );
  return [
    START,
    '',
    '## Repository analysis',
    '',
    'Written by `bench/repository.bench.ts` (`yarn bench:repository`). One generated repository per size on disk (a service’s infrastructure files among source code, docs, images and vendored folders), read as the CLI and the backend’s file locations read it: `readDirectorySource` + `analyzeRepository` with every built-in detector. The floor is listing the same tree with sizes. Median of the timed repetitions after a warm-up.',
    '',
    `${report.date.slice(0, 16).replace('T', ' ')} UTC; ${m.cpu}, ${
      m.cores
    } cores, ${m.totalMemoryGb} GB, Node ${m.node}; ${
      report.reps
    } repetitions.`,
    '',
    '| files | listed (after skipping vendored) | analysis ms | listing alone ms | ÷ listing | files read | bytes read | of the repository’s bytes | RSS MB | facts found |',
    '| ----- | -------------------------------- | ----------- | ---------------- | --------- | ---------- | ---------- | ------------------------- | ------ | ----------- |',
    ...rows.map(row => `| ${row} |`),
    '',
    END,
  ].join('\n');
}

/** Replaces (or appends) the section in RESULTS.md. */
export function writeSection(path: string, report: Report) {
  const text = readFileSync(path, 'utf8');
  const section = renderSection(report);
  const start = text.indexOf(START);
  const end = text.indexOf(END);
  const next =
    start >= 0 && end > start
      ? `${text.slice(0, start)}${section}${text.slice(end + END.length)}`
      : `${text.trimEnd()}\n\n${section}\n`;
  writeFileSync(path, next);
}
