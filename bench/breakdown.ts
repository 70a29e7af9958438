/**
 * `--breakdown`: where evaluation time goes. Times each stage of
 * evaluateEntity on its own, one full pass over the catalog per stage, using
 * the engine's internal modules. The stages do what scoreEntity does (as of
 * the benchmark's writing: each distinct appliesTo once per entity, waivers
 * read only for entities that carry one), so their sum approximates one
 * evaluateEntity pass; the last line is the full loop minus that sum (the
 * result objects, the ladder and the scores, or a negative number when the
 * stages timed apart cost more than inside the loop). The messages are
 * worked out when a result is read, not in evaluateEntity: their stages
 * (marked "when read") say what reading every one costs, and are left out of
 * that sum.
 */
import type { Entity } from '@backstage/catalog-model';
import type { CompiledModel } from '../plugins/flexinfra-common/src';
import {
  describePredicate,
  findEvidence,
} from '../plugins/flexinfra-common/src/engine/explain';
import {
  buildFacts,
  refOf,
  resolveDependsOn,
  type EntityLookup,
} from '../plugins/flexinfra-common/src/engine/facts';
import { findEntityProblem } from '../plugins/flexinfra-common/src/engine/validateEntity';
import { readWaiver } from '../plugins/flexinfra-common/src/engine/waivers';

export interface BreakdownStage {
  stage: string;
  medianMs: number;
  /** Share of the full evaluateEntity loop's median. */
  share: number;
}

function median(samples: number[]): number {
  const s = [...samples].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

export function timeBreakdown(
  model: CompiledModel,
  values: unknown[],
  lookup: EntityLookup,
  now: Date,
  reps: number,
  fullLoopMs: number,
): BreakdownStage[] {
  const gc = (globalThis as { gc?: () => void }).gc;
  const run = (fn: () => unknown): number => {
    fn(); // warm-up
    const samples: number[] = [];
    for (let r = 0; r < reps; r++) {
      gc?.();
      const start = performance.now();
      fn();
      samples.push(performance.now() - start);
    }
    return median(samples);
  };

  // Inputs each stage needs, prepared outside the timed passes.
  const valid: Entity[] = values.filter(
    v => findEntityProblem(v) === undefined,
  ) as Entity[];
  const facts = valid.map(e => buildFacts(e, resolveDependsOn(e, lookup)));
  const applies = valid.map(e => model.checks.map(c => c.appliesTo(e)));
  const hasWaiver = valid.map(e =>
    Object.keys(e.metadata.annotations ?? {}).some(key =>
      key.startsWith('flexinfra.io/waive.'),
    ),
  );
  const passes = facts.map((f, i) =>
    model.checks.map((c, j) => applies[i][j] && c.evidence(f)),
  );

  let sink = 0;
  const stages: Array<[string, () => unknown]> = [
    [
      'validate + ref (findEntityProblem, refOf)',
      () => {
        for (const v of values) {
          if (findEntityProblem(v) === undefined) sink += refOf(v)!.length;
        }
      },
    ],
    [
      'buildFacts (spread, lists, dependsOn lookups)',
      () => {
        for (const e of valid)
          sink += buildFacts(e, resolveDependsOn(e, lookup)).related.dependsOn
            .length;
      },
    ],
    [
      'appliesTo predicates (each distinct one once)',
      () => {
        for (const e of valid) {
          const seen = new Map<unknown, boolean>();
          for (const c of model.checks) {
            let r = seen.get(c.appliesTo);
            if (r === undefined) {
              r = c.appliesTo(e);
              seen.set(c.appliesTo, r);
            }
            if (r) sink++;
          }
        }
      },
    ],
    [
      'evidence predicates (applicable checks)',
      () => {
        for (let i = 0; i < facts.length; i++) {
          const a = applies[i];
          for (let j = 0; j < model.checks.length; j++) {
            if (a[j] && model.checks[j].evidence(facts[i])) sink++;
          }
        }
      },
    ],
    [
      'when read: pass messages (findEvidence)',
      () => {
        for (let i = 0; i < facts.length; i++) {
          for (let j = 0; j < model.checks.length; j++) {
            if (passes[i][j]) {
              sink += findEvidence(
                model.checks[j].definition.evidence,
                facts[i],
              ).join('; ').length;
            }
          }
        }
      },
    ],
    [
      'when read: fail messages (describePredicate, once per check)',
      () => {
        const described = new Map<unknown, string>();
        for (let i = 0; i < facts.length; i++) {
          for (let j = 0; j < model.checks.length; j++) {
            if (applies[i][j] && !passes[i][j]) {
              const { evidence } = model.checks[j].definition;
              let message = described.get(evidence);
              if (message === undefined) {
                message = `Missing ${describePredicate(evidence)}.`;
                described.set(evidence, message);
              }
              sink += message.length;
            }
          }
        }
      },
    ],
    [
      'waivers (readWaiver on fails, if any waiver)',
      () => {
        for (let i = 0; i < facts.length; i++) {
          const annotations = valid[i].metadata.annotations;
          for (let j = 0; j < model.checks.length; j++) {
            if (applies[i][j] && !passes[i][j]) {
              if (
                hasWaiver[i] &&
                readWaiver(annotations, model.checks[j].definition.id, now)
              )
                sink++;
            }
          }
        }
      },
    ],
  ];

  const out: BreakdownStage[] = [];
  for (const [stage, fn] of stages) {
    const ms = run(fn);
    out.push({ stage, medianMs: Math.round(ms * 10) / 10, share: 0 });
  }
  const accounted = out
    .filter(s => !s.stage.startsWith('when read'))
    .reduce((sum, s) => sum + s.medianMs, 0);
  out.push({
    // Negative when the stages, timed apart, cost more than in the loop.
    stage: 'full loop − stages (results, ladder, scores)',
    medianMs: Math.round((fullLoopMs - accounted) * 10) / 10,
    share: 0,
  });
  for (const s of out) {
    s.share = Math.round((s.medianMs / fullLoopMs) * 1000) / 10;
  }
  // eslint-disable-next-line no-console
  if (sink === -1) console.log(sink); // keeps the passes' work observable
  return out;
}
