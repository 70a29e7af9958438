/**
 * A level of DORA's 1–4 self-assessment for the Flexible Infrastructure
 * capability (source `dora-flexible-infrastructure`, "Assessment").
 *
 * @public
 */
export interface DoraLevel {
  level: 1 | 2 | 3 | 4;
  name: string;
  description: string;
}

/** @public */
export const DORA_LEVELS: readonly DoraLevel[] = Object.freeze([
  {
    level: 1,
    name: 'Rigid and Manual',
    description:
      'Infrastructure tasks are slow and labor-intensive, requiring manual intervention.',
  },
  {
    level: 2,
    name: 'Limited Automation',
    description:
      'Some routine tasks are automated; provisioning, scaling and allocation still need manual effort.',
  },
  {
    level: 3,
    name: 'Advanced Automation',
    description:
      'Infrastructure tasks are largely automated, with self-service and rapid scalability.',
  },
  {
    level: 4,
    name: 'On-Demand and Elastic',
    description:
      'Infrastructure is fully automated, rapidly scalable and on demand for its users.',
  },
] as const);

/**
 * The named DORA level a decimal score falls in. DORA allows scores between
 * two levels ("2.5"); such a score belongs to the lower level, as it has not
 * yet reached the next one.
 *
 * @throws RangeError when `score` is not a number from 1 to 4.
 * @public
 */
export function getDoraLevel(score: number): DoraLevel {
  if (typeof score !== 'number' || !(score >= 1 && score <= 4)) {
    throw new RangeError(
      `DORA score must be a number from 1 to 4, got ${JSON.stringify(score)}`,
    );
  }
  return DORA_LEVELS[Math.floor(score) - 1];
}
