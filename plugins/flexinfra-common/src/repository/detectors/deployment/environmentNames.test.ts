import { environmentFromFolder, environmentFromName } from './environmentNames';

describe('environmentFromName', () => {
  it('keeps what the name says, lower case', () => {
    expect(environmentFromName('Prod')).toEqual({
      kind: 'environment',
      name: 'prod',
    });
    expect(environmentFromName('dev-gcp')).toEqual({
      kind: 'environment',
      name: 'dev-gcp',
    });
    expect(environmentFromName('uat')?.kind).toBe('environment');
    expect(environmentFromName('pr')).toEqual({ kind: 'preview', name: 'pr' });
    expect(environmentFromName('ephemeral')?.kind).toBe('preview');
  });

  it('reads names that are not environments as nothing', () => {
    for (const name of [
      'secrets',
      'local',
      'minikube',
      'production2',
      'override',
    ]) {
      expect(environmentFromName(name)).toBeUndefined();
    }
  });

  it('reads any overlay folder as an environment', () => {
    expect(environmentFromFolder('eu-west')).toEqual({
      kind: 'environment',
      name: 'eu-west',
    });
    expect(environmentFromFolder('Review').kind).toBe('preview');
  });
});
