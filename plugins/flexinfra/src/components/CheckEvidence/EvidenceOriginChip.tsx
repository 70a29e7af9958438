import Chip from '@material-ui/core/Chip';
import Tooltip from '@material-ui/core/Tooltip';
import type { CheckEvidence } from '@flexinfra/backstage-plugin-flexinfra-common';
import { describeEvidenceOrigin } from './evidenceOrigin';

/** Props of {@link EvidenceOriginChip}. */
export interface EvidenceOriginChipProps {
  evidence: Pick<CheckEvidence, 'origin' | 'provider'>;
}

/**
 * Where a piece of evidence came from, as a small chip ("Repository",
 * "Catalog", "Declared" or the fact provider's id) with a tooltip saying
 * what that means. Self-declared evidence is outlined, so that it does not
 * look like evidence FlexInfra verified.
 */
export const EvidenceOriginChip = ({ evidence }: EvidenceOriginChipProps) => {
  const { label, explanation } = describeEvidenceOrigin(evidence);
  return (
    <Tooltip title={explanation}>
      <Chip
        size="small"
        label={label}
        variant={evidence.origin === 'declared' ? 'outlined' : 'default'}
        color={evidence.origin === 'repository' ? 'primary' : 'default'}
      />
    </Tooltip>
  );
};
