/**
 * One colour per maturity stage, from red (stage 1, least flexible) to green
 * (stage 5, most flexible). Readable on the light and the dark theme.
 */
const STAGE_COLORS: Record<number, string> = {
  1: '#d84315',
  2: '#f9a825',
  3: '#9e9d24',
  4: '#43a047',
  5: '#1b5e20',
};

/** The colour of a stage (1–5); grey for anything else. */
export function stageColor(stage: number): string {
  return STAGE_COLORS[stage] ?? '#9e9e9e';
}
