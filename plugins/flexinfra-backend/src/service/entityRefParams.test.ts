import { InputError } from '@backstage/errors';
import {
  normaliseEntityRef,
  parseEntityRefParams,
  validateRefPart,
} from './entityRefParams';

describe('parseEntityRefParams', () => {
  it('lower-cases the parts and the ref', () => {
    expect(
      parseEntityRefParams({
        kind: 'Component',
        namespace: 'Default',
        name: 'Payments_API.v2',
      }),
    ).toEqual({
      kind: 'component',
      namespace: 'default',
      name: 'payments_api.v2',
      entityRef: 'component:default/payments_api.v2',
    });
  });

  it.each([
    [
      'kind',
      { kind: '', namespace: 'default', name: 'x' },
      /must not be empty/,
    ],
    ['namespace', { kind: 'component', name: 'x' }, /must not be empty/],
    [
      'name',
      { kind: 'component', namespace: 'default', name: 'x'.repeat(254) },
      /at most 253 characters/,
    ],
    [
      'name',
      { kind: 'component', namespace: 'default', name: 'a/b' },
      /must be letters, digits/,
    ],
    [
      'kind',
      { kind: 'a:b', namespace: 'default', name: 'x' },
      /must be letters, digits/,
    ],
    [
      'name',
      { kind: 'component', namespace: 'default', name: '.hidden' },
      /starting with a letter or digit/,
    ],
  ])('rejects a bad %s', (parameter, params, message) => {
    expect(() => parseEntityRefParams(params)).toThrow(InputError);
    expect(() => parseEntityRefParams(params)).toThrow(
      new RegExp(`^Invalid ${parameter}`),
    );
    expect(() => parseEntityRefParams(params)).toThrow(message);
  });

  it('accepts a part of exactly 253 characters', () => {
    expect(validateRefPart('x'.repeat(253), 'name')).toHaveLength(253);
  });
});

describe('normaliseEntityRef', () => {
  it('is the lower-case full ref', () => {
    expect(
      normaliseEntityRef({ kind: 'Group', namespace: 'Ops', name: 'SRE' }),
    ).toBe('group:ops/sre');
  });
});
