import Chip from '@material-ui/core/Chip';
import { getMaturityStage } from '@flexinfra/backstage-plugin-flexinfra-common';

/** Props of {@link StageChip}. */
export interface StageChipProps {
  /** The stage number, 1–5. */
  stage: number;
  /** The stage's name; looked up in the model's stages when left out. */
  name?: string;
  size?: 'small' | 'medium';
}

/** The name of a stage, or "Unknown stage" for a number outside 1–5. */
export function stageName(stage: number): string {
  try {
    return getMaturityStage(stage).name;
  } catch {
    return 'Unknown stage';
  }
}

/** A maturity stage by number and name: "Stage 3 · Elastic & Programmable". */
export const StageChip = ({ stage, name, size = 'medium' }: StageChipProps) => (
  <Chip
    color="primary"
    size={size}
    label={`Stage ${stage} · ${name ?? stageName(stage)}`}
  />
);
