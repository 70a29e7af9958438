/**
 * A stage of the flexible-infrastructure maturity card
 * (source `flexible-infrastructure-maturity-card`).
 *
 * @public
 */
export interface MaturityStage {
  /** 1 (least flexible) to 5 (most flexible). */
  number: 1 | 2 | 3 | 4 | 5;
  /** Stable identifier, safe to store and to use in URLs. */
  id: string;
  /** The stage's name on the maturity card. */
  name: string;
  /** The card's one-line characterisation of the stage. */
  summary: string;
}

/**
 * The five stages, in ladder order.
 *
 * @public
 */
export const MATURITY_STAGES: readonly MaturityStage[] = Object.freeze([
  {
    number: 1,
    id: 'static-constrained',
    name: 'Static & Constrained',
    summary: 'Provisioning slow, changes difficult',
  },
  {
    number: 2,
    id: 'standardised-rigid',
    name: 'Standardised but Rigid',
    summary: 'Improved consistency, limited adaptability',
  },
  {
    number: 3,
    id: 'elastic-programmable',
    name: 'Elastic & Programmable',
    summary: 'Resources provisioned on demand',
  },
  {
    number: 4,
    id: 'resilient-optimised',
    name: 'Resilient & Optimised',
    summary: 'Performance continuously managed',
  },
  {
    number: 5,
    id: 'adaptive-platform',
    name: 'Adaptive Platform',
    summary: 'Infrastructure as a strategic enabler',
  },
] as const);

/**
 * Looks a stage up by its number.
 *
 * @throws RangeError when `stageNumber` is not an integer from 1 to 5.
 * @public
 */
export function getMaturityStage(stageNumber: number): MaturityStage {
  const stage = MATURITY_STAGES.find(s => s.number === stageNumber);
  if (!stage) {
    throw new RangeError(
      `Unknown maturity stage ${JSON.stringify(
        stageNumber,
      )}: expected an integer from 1 to ${MATURITY_STAGES.length}`,
    );
  }
  return stage;
}
