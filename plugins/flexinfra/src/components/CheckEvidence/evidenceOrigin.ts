import type { CheckEvidence } from '@flexinfra/backstage-plugin-flexinfra-common';

/** How a piece of evidence's origin is named on its chip, and explained. */
export interface EvidenceOriginDescription {
  /** The chip's label: "Repository", "Catalog", "Declared" or the provider id. */
  label: string;
  /** What the origin means, for the chip's tooltip. */
  explanation: string;
}

/** The label and explanation of where a piece of evidence came from. */
export function describeEvidenceOrigin(
  evidence: Pick<CheckEvidence, 'origin' | 'provider'>,
): EvidenceOriginDescription {
  switch (evidence.origin) {
    case 'repository':
      return {
        label: 'Repository',
        explanation: "Found in the files of the entity's repository",
      };
    case 'catalog':
      return {
        label: 'Catalog',
        explanation: "From the entity's catalog metadata",
      };
    case 'declared':
      return {
        label: 'Declared',
        explanation:
          'Self-declared in flexinfra.io annotations, not verified from files',
      };
    case 'provider':
      return {
        label: evidence.provider || 'Provider',
        explanation: evidence.provider
          ? `Reported by the ${evidence.provider} fact provider`
          : 'Reported by a fact provider',
      };
    default:
      // An origin this version of the plugin does not know yet.
      return {
        label: String(evidence.origin),
        explanation: `Evidence of origin ${String(evidence.origin)}`,
      };
  }
}
