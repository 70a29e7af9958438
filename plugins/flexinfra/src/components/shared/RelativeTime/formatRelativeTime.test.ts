import { formatRelativeTime } from './formatRelativeTime';

const now = new Date('2025-03-10T12:00:00Z');
const ago = (seconds: number) => new Date(now.getTime() - seconds * 1000);

describe('formatRelativeTime', () => {
  it.each([
    [ago(20), 'just now'],
    [ago(5 * 60), '5 minutes ago'],
    [ago(3 * 3600), '3 hours ago'],
    [ago(26 * 3600), 'yesterday'],
    [ago(5 * 24 * 3600), '5 days ago'],
    [ago(15 * 24 * 3600), '2 weeks ago'],
    [ago(-10 * 60), 'in 10 minutes'],
  ])('formats %p as %p', (time, expected) => {
    expect(formatRelativeTime(time, now)).toBe(expected);
  });
});
