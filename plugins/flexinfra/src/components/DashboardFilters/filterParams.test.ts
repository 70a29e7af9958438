import { filtersFromSearchParams, trendsComparable } from './filterParams';

describe('filtersFromSearchParams', () => {
  it('reads repeated parameters, dropping empty and repeated values and unknown keys', () => {
    expect(
      filtersFromSearchParams(
        new URLSearchParams(
          'kind=component&kind=api&kind=component&owner=group%3Adefault%2Fpayments&type=&tab=model&domain=x',
        ),
      ),
    ).toEqual({
      kind: ['component', 'api'],
      owner: ['group:default/payments'],
    });
  });
});

describe('trendsComparable', () => {
  it('allows owner filters only', () => {
    expect(trendsComparable({})).toBe(true);
    expect(trendsComparable({ owner: ['group:default/a'] })).toBe(true);
    expect(trendsComparable({ kind: [] })).toBe(true);
    expect(trendsComparable({ kind: ['component'] })).toBe(false);
    expect(trendsComparable({ system: ['system:default/s'] })).toBe(false);
  });
});
