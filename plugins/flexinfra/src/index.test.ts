import * as main from '.';

describe('the package main entry', () => {
  it('has no default export, so package discovery registers only ./alpha', () => {
    expect(main).not.toHaveProperty('default');
  });

  it('exports the legacy plugin, its page, its entity views, their conditions and the API', () => {
    expect(Object.keys(main).sort()).toEqual([
      'EntityFlexInfraCard',
      'EntityFlexInfraContent',
      'EntityFlexInfraRollupCard',
      'FlexInfraClient',
      'FlexInfraIcon',
      'FlexInfraPage',
      'flexInfraApiRef',
      'flexinfraPlugin',
      'isFlexInfraAvailable',
      'isFlexInfraRollupAvailable',
      'isFlexInfraScored',
    ]);
  });
});
