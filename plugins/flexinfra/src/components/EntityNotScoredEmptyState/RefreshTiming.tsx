import type { FlexInfraStatus } from '../../api';
import { RelativeTime } from '../shared';

/**
 * When results will appear, from the refresh status: a refresh is running,
 * or the last one ran some time ago and the next follows on the schedule.
 */
export const RefreshTiming = ({ status }: { status?: FlexInfraStatus }) => {
  const lastRun = status?.lastRun;
  if (!lastRun) {
    return (
      <>
        No refresh has run yet. Results appear after the first refresh, which
        runs on the FlexInfra backend's schedule.
      </>
    );
  }
  if (lastRun.status === 'running') {
    return (
      <>
        A refresh is running now (started{' '}
        <RelativeTime value={lastRun.startedAt} />
        ). Results appear when it has finished.
      </>
    );
  }
  return (
    <>
      The last refresh {lastRun.status === 'failed' ? 'failed' : 'finished'}{' '}
      <RelativeTime value={lastRun.finishedAt ?? lastRun.startedAt} />. Results
      appear after the next refresh, which runs on the FlexInfra backend's
      schedule.
    </>
  );
};
