import { getDoraLevel } from './dora';

describe('getDoraLevel', () => {
  it.each([
    [1, 'Rigid and Manual'],
    [1.99, 'Rigid and Manual'],
    [2, 'Limited Automation'],
    [2.5, 'Limited Automation'],
    [3, 'Advanced Automation'],
    [3.7, 'Advanced Automation'],
    [4, 'On-Demand and Elastic'],
  ])('maps %p to %p', (score, name) => {
    expect(getDoraLevel(score).name).toBe(name);
  });

  it.each([0.99, 4.01, NaN, Infinity, '3' as unknown as number])(
    'rejects %p',
    score => {
      expect(() => getDoraLevel(score)).toThrow(
        /DORA score must be a number from 1 to 4/,
      );
    },
  );
});
