import type { Entity } from '@backstage/catalog-model';
import {
  isFlexInfraAvailable,
  isFlexInfraRollupAvailable,
  isFlexInfraScored,
  rollupFiltersFor,
} from './entityFilters';

function entity(kind: string, type?: string, name = 'x'): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind,
    metadata: { name, namespace: 'default' },
    spec: type ? { type } : {},
  };
}

describe('entity filters', () => {
  it.each([
    [entity('Component', 'service'), true],
    [entity('Component', 'website'), true],
    [entity('Resource', 'database'), true],
    [entity('resource', 'queue'), true],
    [entity('Component', 'library'), false],
    [entity('Component', 'documentation'), false],
    [entity('Component', 'template'), false],
    [entity('System'), false],
    [entity('API', 'openapi'), false],
    [entity('Group', 'team'), false],
  ])('scores %j: %p (like the default model)', (e, expected) => {
    expect(isFlexInfraScored(e)).toBe(expected);
  });

  it('shows the Flexibility tab on scored entities and on Systems', () => {
    expect(isFlexInfraAvailable(entity('Component', 'service'))).toBe(true);
    expect(isFlexInfraAvailable(entity('System'))).toBe(true);
    expect(isFlexInfraAvailable(entity('Component', 'library'))).toBe(false);
    expect(isFlexInfraAvailable(entity('Domain'))).toBe(false);
  });

  it('rolls up Groups, Systems and Domains', () => {
    expect(isFlexInfraRollupAvailable(entity('Group'))).toBe(true);
    expect(isFlexInfraRollupAvailable(entity('system'))).toBe(true);
    expect(isFlexInfraRollupAvailable(entity('Domain'))).toBe(true);
    expect(isFlexInfraRollupAvailable(entity('Component', 'service'))).toBe(
      false,
    );
    expect(isFlexInfraRollupAvailable(entity('User'))).toBe(false);
  });

  it('filters a rollup by owner, system or domain ref', () => {
    expect(rollupFiltersFor(entity('Group', 'team', 'payments'))).toEqual({
      owner: ['group:default/payments'],
    });
    expect(rollupFiltersFor(entity('System', undefined, 'shop'))).toEqual({
      system: ['system:default/shop'],
    });
    expect(rollupFiltersFor(entity('Domain', undefined, 'commerce'))).toEqual({
      domain: ['domain:default/commerce'],
    });
    expect(rollupFiltersFor(entity('Component', 'service'))).toBeUndefined();
  });
});
