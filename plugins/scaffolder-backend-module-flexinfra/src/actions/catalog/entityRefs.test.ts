import { entityRefKey, formatEntityRef, parseEntityRef } from './entityRefs';

describe('parseEntityRef', () => {
  it.each([
    ['resource:default/orders-db', 'resource', 'default', 'orders-db'],
    ['resource:orders-db', 'resource', 'default', 'orders-db'],
    ['Component:payments/orders', 'Component', 'payments', 'orders'],
  ])('reads %s', (ref, kind, namespace, name) => {
    expect(parseEntityRef(ref)).toEqual({ kind, namespace, name });
  });

  it.each([
    'orders-db',
    'default/orders-db',
    ':orders-db',
    'resource:',
    'resource:/orders-db',
    'resource:default/',
    'resource:a/b/c',
    'resource:orders db',
    '',
  ])('refuses %j', ref => {
    expect(parseEntityRef(ref)).toBeUndefined();
  });
});

describe('entityRefKey', () => {
  it('is the same for references that differ only in case or a default namespace', () => {
    expect(entityRefKey(parseEntityRef('Resource:Orders-DB')!)).toBe(
      entityRefKey(parseEntityRef('resource:default/orders-db')!),
    );
  });
});

describe('formatEntityRef', () => {
  it('writes kind in lower case and the namespace in full', () => {
    expect(
      formatEntityRef({
        kind: 'Component',
        namespace: 'default',
        name: 'orders',
      }),
    ).toBe('component:default/orders');
  });
});
