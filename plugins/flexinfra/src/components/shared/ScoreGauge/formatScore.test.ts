import { formatDoraScore, formatScore, formatShare } from './formatScore';

describe('score formats', () => {
  it('shows scores with at most one decimal', () => {
    expect(formatScore(62.5)).toBe('62.5');
    expect(formatScore(40)).toBe('40');
    expect(formatScore(33.333)).toBe('33.3');
  });

  it('shows the DORA score with its level', () => {
    expect(formatDoraScore(2.9)).toBe('2.9 of 4 (Limited Automation)');
    expect(formatDoraScore(4)).toBe('4.0 of 4 (On-Demand and Elastic)');
  });

  it('shows shares as whole percentages', () => {
    expect(formatShare(0.4)).toBe('40%');
    expect(formatShare(0.666)).toBe('67%');
  });
});
