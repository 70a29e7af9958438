import { mayBeJsonTemplate } from './jsonDocuments';

describe('mayBeJsonTemplate', () => {
  it('reads JSON files of any name', () => {
    expect(mayBeJsonTemplate('cfn/stack.json')).toBe(true);
    expect(mayBeJsonTemplate('azuredeploy.json')).toBe(true);
    expect(mayBeJsonTemplate('templates/api.template.json')).toBe(true);
  });

  it('skips manifests, settings and other tools’ JSON files', () => {
    for (const path of [
      'package.json',
      'web/package-lock.json',
      'tsconfig.build.json',
      'jsconfig.json',
      '.eslintrc.json',
      '.vscode/settings.json',
      '.devcontainer/devcontainer.json',
      'infra/cdk.json',
      'infra/main.tf.json',
      'infra/prod.tfvars.json',
      'stack.yaml',
    ]) {
      expect([path, mayBeJsonTemplate(path)]).toEqual([path, false]);
    }
  });
});
