import { formatRelativeTime } from './formatRelativeTime';

/**
 * A time in words relative to now ("3 hours ago"), with the exact time as a
 * tooltip and machine-readable `dateTime`.
 */
export const RelativeTime = ({ value }: { value: string }) => {
  const time = new Date(value);
  if (Number.isNaN(time.getTime())) {
    return <>{value}</>;
  }
  return (
    <time dateTime={value} title={time.toLocaleString()}>
      {formatRelativeTime(time)}
    </time>
  );
};
