import { InputError } from '@backstage/errors';
import { parseEntityRefInput } from './entityRefInput';
import { parseScope } from './scope';

describe('parseEntityRefInput', () => {
  it('reads a full ref, lower-cased as results are stored', () => {
    expect(parseEntityRefInput('Component:Default/Checkout-API')).toEqual({
      kind: 'component',
      namespace: 'default',
      name: 'checkout-api',
      entityRef: 'component:default/checkout-api',
    });
  });

  it('gives the default kind and the namespace default', () => {
    expect(
      parseEntityRefInput('checkout-api', { defaultKind: 'component' })
        .entityRef,
    ).toBe('component:default/checkout-api');
    expect(
      parseEntityRefInput('ops/payments', { defaultKind: 'group' }).entityRef,
    ).toBe('group:ops/payments');
  });

  it('rejects a malformed ref with an InputError naming it', () => {
    expect(() => parseEntityRefInput('checkout-api')).toThrow(
      new InputError(
        'Invalid entity ref "checkout-api": must be an entity ref such as component:default/checkout-api',
      ),
    );
    expect(() =>
      parseEntityRefInput('component:default/bad name', {
        defaultKind: 'component',
      }),
    ).toThrow(
      /^Invalid entity ref "component:default\/bad name": name "bad name": must be letters/,
    );
  });

  it('rejects a ref of a kind not allowed', () => {
    expect(() =>
      parseEntityRefInput('component:x', { kinds: ['group', 'system'] }),
    ).toThrow(
      'Invalid entity ref "component:x": must be a ref of kind group, system',
    );
  });
});

describe('parseScope', () => {
  it('selects a group with its sub-groups, broken down by owner', () => {
    expect(parseScope('payments')).toEqual({
      entity: expect.objectContaining({ entityRef: 'group:default/payments' }),
      filters: { owner: ['group:default/payments'] },
      breakdownBy: 'owner',
    });
  });

  it('selects a system by owner and a domain by system', () => {
    expect(parseScope('system:checkout')).toMatchObject({
      filters: { system: ['system:default/checkout'] },
      breakdownBy: 'owner',
    });
    expect(parseScope('Domain:default/Commerce')).toMatchObject({
      filters: { domain: ['domain:default/commerce'] },
      breakdownBy: 'system',
    });
  });

  it('refuses other kinds', () => {
    expect(() => parseScope('component:default/checkout-api')).toThrow(
      /must be a ref of kind group, system, domain/,
    );
  });
});
