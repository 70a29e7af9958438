import {
  StatusAborted,
  StatusError,
  StatusOK,
  StatusWarning,
} from '@backstage/core-components';
import type { ScorecardCheck } from '../../../api';

type CheckStatus = ScorecardCheck['status'];

/** What each check status is called. */
export const checkStatusLabels: Record<CheckStatus, string> = {
  pass: 'Pass',
  fail: 'Fail',
  waived: 'Waived',
  'not-applicable': 'Not applicable',
};

const indicators = {
  pass: StatusOK,
  fail: StatusError,
  waived: StatusWarning,
  'not-applicable': StatusAborted,
} as const;

/** A check's status with a coloured indicator: Pass, Fail, Waived, Not applicable. */
export const CheckStatusLabel = ({ status }: { status: CheckStatus }) => {
  const Indicator = indicators[status];
  return <Indicator>{checkStatusLabels[status]}</Indicator>;
};
