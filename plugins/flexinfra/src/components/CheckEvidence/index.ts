export {
  CheckEvidenceList,
  type CheckEvidenceListProps,
} from './CheckEvidenceList';
export {
  EvidenceFiles,
  MAX_EVIDENCE_FILES,
  type EvidenceFilesProps,
} from './EvidenceFiles';
export {
  EvidenceOriginChip,
  type EvidenceOriginChipProps,
} from './EvidenceOriginChip';
export {
  describeEvidenceOrigin,
  type EvidenceOriginDescription,
} from './evidenceOrigin';
export { repositoryFileUrl } from './repositoryFileUrl';
