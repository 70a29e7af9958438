/**
 * The RESULTS.md table of a `--repositories` run: the same refresh without
 * and with the repository provider, first and again with nothing changed,
 * and what the provider read in each.
 */
import type { RepositoriesReport } from './repositoryPhase';

const n = (value: number) => value.toLocaleString('en-US');
const s = (ms: number) => (ms / 1000).toFixed(ms < 10_000 ? 2 : 1);
const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);

export function repositoriesSection(r: RepositoriesReport): string[] {
  const lines = [
    '',
    `Repositories (\`--repositories ${r.share}\`, \`--repository-source ${r.source}\`): ` +
      `${n(r.entitiesWithRepository)} of the ${n(
        r.candidates,
      )} Components have one, each its own; ` +
      `${r.filesPerRepository.min}–${r.filesPerRepository.max} files a repository (mean ${r.filesPerRepository.mean}), ` +
      `${mb(r.bytes)} MB in all (${mb(
        r.tarballBytes,
      )} MB as tarballs), generated in ${s(r.generateMs)} s; located by ${
        r.how
      }; provider concurrency ${
        r.concurrency
      }. Each refresh on a fresh database; "second" is the same refresh again with nothing changed.`,
    '',
    '| engine | run | without repositories: wall s (CPU s) | with repositories: wall s (CPU s) | with ÷ without | rescored (with) | repositories read | not modified | files / MB in the repositories read | tarballs downloaded (MB) | commit checks |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
  ];
  const rows = Object.entries(r.engines);
  for (const [engine, e] of rows) {
    if (!e) {
      continue;
    }
    for (const which of ['first', 'second'] as const) {
      const without = e.without[which];
      const withRepos = e.with[which];
      const reads = withRepos.reads;
      const host = withRepos.host;
      lines.push(
        `| ${engine} | ${which} | ${s(without.wallMs)} (${s(
          without.processCpuMs,
        )}) | ${s(withRepos.wallMs)} (${s(withRepos.processCpuMs)}) | ${(
          withRepos.wallMs / without.wallMs
        ).toFixed(2)}× | ${n(withRepos.run.entitiesScored)} of ${n(
          withRepos.run.entitiesSeen,
        )} | ${reads ? n(reads.read) : '–'} | ${
          reads ? n(reads.notModified) : '–'
        } | ${
          reads ? `${n(reads.filesRead)} / ${mb(reads.bytesRead)}` : '–'
        } | ${
          host ? `${n(host.downloads)} (${mb(host.downloadedBytes)})` : '–'
        } | ${host ? n(host.statusRequests) : '–'} |`,
      );
    }
    lines.push(
      `| ${engine} | second ÷ first | ${(
        e.without.second.wallMs / e.without.first.wallMs
      ).toFixed(2)}× | ${(e.with.second.wallMs / e.with.first.wallMs).toFixed(
        2,
      )}× | | | | | | | |`,
    );
  }
  return lines;
}
