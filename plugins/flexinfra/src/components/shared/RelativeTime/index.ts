export { RelativeTime } from './RelativeTime';
export { formatRelativeTime } from './formatRelativeTime';
