/**
 * The RESULTS.md part of a run with the peer: FlexInfra beside Tech
 * Insights, with the ratios the goals are set on.
 */
import type { PeerReport } from './peerPhase';

const n = (value: number) => value.toLocaleString('en-US');
const s = (ms: number) => (ms / 1000).toFixed(ms < 10_000 ? 2 : 1);
const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);
const x = (value: number) => `${value.toFixed(value < 10 ? 2 : 1)}×`;

export function peerSection(p: PeerReport): string[] {
  const t = p.timeToResults;
  const a = p.agreement;
  const pgFull = t.flexinfraFullMs.pg;
  const speedup = t.techInsightsMs / pgFull;
  const lines = [
    '',
    `Side by side with Tech Insights (${p.peer}), in the same backend over the same catalog: ` +
      `${p.checks.translated} of FlexInfra's checks as json-rules-engine checks over ` +
      `${p.checks.facts} stored facts per entity and the built-in \`hasOwner\`` +
      (p.checks.leftOut.length
        ? `; left out: ${p.checks.leftOut
            .map(l => `\`${l.id}\` (${l.reason})`)
            .join(', ')}`
        : '') +
      `. Both answered the same for ${n(a.agreed)} of ${n(
        a.compared,
      )} entity × check pairs` +
      (a.waived ? ` (${n(a.waived)} waived in FlexInfra left out)` : '') +
      (a.missing ? `; ${n(a.missing)} not answered by Tech Insights` : '') +
      '.',
    '',
    '| measure | FlexInfra | Tech Insights | Tech Insights ÷ FlexInfra | goal |',
    '| --- | --- | --- | --- | --- |',
    `| time until all ${n(t.entities)} entities have a result, s | ` +
      `full refresh ${Object.entries(t.flexinfraFullMs)
        .map(([engine, ms]) => `${s(ms)} (${engine})`)
        .join(', ')} | ` +
      `${s(t.techInsightsMs)}: retrieval ${s(
        t.retrieval.runningMs,
      )} + bulk check run ${s(t.bulkCheckRunMs)} in ${
        t.bulkRequests ?? 1
      } requests (the scheduler started the retrievers ${s(
        t.retrieval.pickupMs,
      )} s after the trigger; not counted) | ` +
      `${x(speedup)} (PostgreSQL) | ≥ 10× ${
        speedup >= 10 ? 'met' : '**not met**'
      } |`,
  ];
  const ours = p.entity.flexinfra;
  const theirs = p.entity.techInsights;
  const unloadedRatio = theirs.unloaded.p50Ms / ours.unloaded.p50Ms;
  const loadedRatio =
    ours.loaded.requestsPerSecond / theirs.loaded.requestsPerSecond;
  lines.push(
    `| one entity, unloaded: p50 / p99 ms (${n(
      ours.unloaded.requests,
    )} requests one after another) | ` +
      `${ours.unloaded.p50Ms} / ${ours.unloaded.p99Ms} (${n(
        ours.unloaded.bytesP50,
      )} B) | ${theirs.unloaded.p50Ms} / ${theirs.unloaded.p99Ms} (${n(
        theirs.unloaded.bytesP50,
      )} B) | ${x(unloadedRatio)} (p50) | ≥ 1× ${
        unloadedRatio >= 1 ? 'met' : '**not met**'
      } |`,
    `| one entity, ${ours.loaded.connections} connections: req/s (p50 / p99 ms) | ` +
      `${n(Math.round(ours.loaded.requestsPerSecond))} (${
        ours.loaded.latencyMs.p50
      } / ${ours.loaded.latencyMs.p99}) | ${n(
        Math.round(theirs.loaded.requestsPerSecond),
      )} (${theirs.loaded.latencyMs.p50} / ${
        theirs.loaded.latencyMs.p99
      }) | FlexInfra does ${x(loadedRatio)} the requests | ≥ 1× ${
        loadedRatio >= 1 ? 'met' : '**not met**'
      } |`,
  );
  if (p.storage) {
    const st = p.storage;
    lines.push(
      `| PostgreSQL tables after ${st.days} simulated daily runs, MB | ` +
        `${mb(st.flexinfra.bytes)} (${Object.entries(st.flexinfra.tables)
          .filter(([name, t]) => t.rows > 0 && name.startsWith('flexinfra_'))
          .map(([name, t]) => `${name.replace('flexinfra_', '')} ${n(t.rows)}`)
          .join(', ')} rows) | ` +
        `${mb(st.techInsights.bytes)} (facts ${n(
          st.techInsights.tables.facts?.rows ?? 0,
        )} rows) | ${x(st.ratio)} | bounded |`,
    );
  }
  return lines;
}
