import { InputError } from '@backstage/errors';
import { MAX_FILTER_VALUES, parseFilters } from './parseFilters';

describe('parseFilters', () => {
  it('leaves out absent and blank filters', () => {
    expect(parseFilters({})).toEqual({});
    expect(parseFilters({ owner: '', kind: [' ', ','] })).toEqual({});
  });

  it('takes repeated and comma-separated values, trimmed and deduplicated', () => {
    expect(
      parseFilters({
        type: ['service, website', 'service'],
        lifecycle: 'production',
      }),
    ).toEqual({ type: ['service', 'website'], lifecycle: ['production'] });
  });

  it('lower-cases kinds, types and lifecycles, as results store them', () => {
    expect(
      parseFilters({ kind: 'Component,API', type: 'gRPC', lifecycle: 'Prod' }),
    ).toEqual({
      kind: ['component', 'api'],
      type: ['grpc'],
      lifecycle: ['prod'],
    });
  });

  it('normalises refs to lower-case full refs with default kinds', () => {
    expect(
      parseFilters({
        owner: [
          'Payments',
          'user:jo',
          'group:Other/Team-A',
          'group:default/payments',
        ],
        system: 'payments',
        domain: 'default/Finance',
      }),
    ).toEqual({
      owner: [
        'group:default/payments',
        'user:default/jo',
        'group:other/team-a',
      ],
      system: ['system:default/payments'],
      domain: ['domain:default/finance'],
    });
  });

  it.each([
    ['owner', { owner: 'a:b:c' }],
    ['owner', { owner: 'component:default/x' }],
    ['owner', { owner: 'group:default/bad name' }],
    ['system', { system: 'domain:x' }],
    ['domain', { domain: 'system:x' }],
    ['kind', { kind: 'not-a-kind' }],
    ['kind', { kind: 'K'.repeat(64) }],
    ['type', { type: 'x'.repeat(254) }],
    ['lifecycle', { lifecycle: 'bad\u0007value' }],
    ['owner', { owner: { nested: 'object' } }],
    [
      'type',
      {
        type: Array.from({ length: MAX_FILTER_VALUES + 1 }, (_, i) => `t${i}`),
      },
    ],
  ])('rejects a bad %s filter, naming it', (name, query) => {
    expect(() => parseFilters(query)).toThrow(InputError);
    expect(() => parseFilters(query)).toThrow(
      new RegExp(`^Invalid ${name} filter`),
    );
  });

  it('cuts long values short in messages', () => {
    expect(() => parseFilters({ kind: `a-${'b'.repeat(100)}` })).toThrow(
      /"a-b{58}…"/,
    );
  });
});
