import {
  environmentFromFolders,
  environmentFromName,
  environmentFromPlace,
} from './environmentNames';

describe('environment names', () => {
  it('keeps names that say they are environments, lower case', () => {
    expect(environmentFromName('prod')).toBe('prod');
    expect(environmentFromName('Staging')).toBe('staging');
    expect(environmentFromName('prod-eu')).toBe('prod-eu');
    expect(environmentFromName('dev2')).toBe('dev2');
    expect(environmentFromName('non-prod')).toBe('non-prod');
    expect(environmentFromName('preprod')).toBe('preprod');
  });

  it('does not take other words for environments', () => {
    expect(environmentFromName('common')).toBeUndefined();
    expect(environmentFromName('product')).toBeUndefined();
    expect(environmentFromName('live')).toBeUndefined();
    expect(environmentFromName('developer-tools')).toBeUndefined();
    expect(environmentFromName('')).toBeUndefined();
  });

  it('takes any name an environments folder holds, but shared settings', () => {
    expect(environmentFromPlace('acme-eu')).toBe('acme-eu');
    expect(environmentFromPlace('Blue')).toBe('blue');
    expect(environmentFromPlace('shared')).toBeUndefined();
    expect(environmentFromPlace('_global')).toBeUndefined();
  });

  it('reads the environment of a file from its folders', () => {
    expect(environmentFromFolders('infra/environments/acme/main.tf')).toBe(
      'acme',
    );
    expect(environmentFromFolders('live/prod/eu-west-1/app/x.hcl')).toBe(
      'prod',
    );
    expect(environmentFromFolders('infra/staging/main.tf')).toBe('staging');
    expect(environmentFromFolders('test/dev/main.tf')).toBeUndefined();
    expect(environmentFromFolders('modules/prod/main.tf')).toBeUndefined();
    expect(environmentFromFolders('envs/main.tf')).toBeUndefined();
  });
});
