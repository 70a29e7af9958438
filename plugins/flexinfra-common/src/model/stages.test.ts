import { getMaturityStage, MATURITY_STAGES } from './stages';

describe('maturity stages', () => {
  it('are the five stages of the maturity card, in ladder order', () => {
    expect(MATURITY_STAGES.map(s => `${s.number} ${s.name}`)).toEqual([
      '1 Static & Constrained',
      '2 Standardised but Rigid',
      '3 Elastic & Programmable',
      '4 Resilient & Optimised',
      '5 Adaptive Platform',
    ]);
  });

  it('have unique ids', () => {
    const ids = MATURITY_STAGES.map(s => s.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('are looked up by number', () => {
    expect(getMaturityStage(3).name).toBe('Elastic & Programmable');
  });

  it.each([0, 6, 2.5, NaN])('rejects stage %p with a message', n => {
    expect(() => getMaturityStage(n)).toThrow(
      /Unknown maturity stage .*expected an integer from 1 to 5/,
    );
  });
});
