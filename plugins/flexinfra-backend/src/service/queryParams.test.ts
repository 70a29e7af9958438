import { InputError } from '@backstage/errors';
import {
  parseEnumParam,
  parseIntegerParam,
  singleQueryValue,
} from './queryParams';

const range = { min: 1, max: 500, defaultValue: 50 };

describe('parseIntegerParam', () => {
  it('defaults when absent', () => {
    expect(parseIntegerParam({}, 'limit', range)).toBe(50);
  });

  it('takes strings and numbers (as the validator coerces them)', () => {
    expect(parseIntegerParam({ limit: '7' }, 'limit', range)).toBe(7);
    expect(parseIntegerParam({ limit: 500 }, 'limit', range)).toBe(500);
    expect(parseIntegerParam({ limit: ['1'] }, 'limit', range)).toBe(1);
  });

  it.each(['0', '501', '-1', '1.5', 'abc', '', ' 3'])(
    'rejects %p, naming the parameter and the range',
    raw => {
      expect(() => parseIntegerParam({ limit: raw }, 'limit', range)).toThrow(
        new InputError(
          `Invalid limit ${JSON.stringify(
            raw,
          )}: must be an integer from 1 to 500`,
        ),
      );
    },
  );

  it('rejects a repeated parameter', () => {
    expect(() =>
      parseIntegerParam({ limit: ['1', '2'] }, 'limit', range),
    ).toThrow('Invalid limit: must be given at most once');
  });
});

describe('parseEnumParam', () => {
  const values = ['a', 'b'] as const;

  it('defaults when absent and takes a known value', () => {
    expect(parseEnumParam({}, 'x', values, 'a')).toBe('a');
    expect(parseEnumParam({ x: 'b' }, 'x', values, 'a')).toBe('b');
  });

  it('rejects other values, listing the known ones', () => {
    expect(() => parseEnumParam({ x: 'c' }, 'x', values, 'a')).toThrow(
      'Invalid x "c": must be one of a, b',
    );
  });
});

describe('singleQueryValue', () => {
  it('rejects objects', () => {
    expect(() => singleQueryValue({ x: { y: 'z' } }, 'x')).toThrow(
      'Invalid x: must be a single value',
    );
  });
});
