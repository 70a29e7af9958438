import { createMockDirectory } from '@backstage/backend-test-utils';
import {
  compileModel,
  defaultModelDefinition,
  InvalidModelError,
} from '@flexinfra/backstage-plugin-flexinfra-common';
import { ConfigFileError, loadModelConfig } from './loadModelConfig';

describe('loadModelConfig', () => {
  const mockDir = createMockDirectory();

  beforeEach(() => mockDir.clear());

  const defaultVersion = compileModel(defaultModelDefinition).version;

  it('is the default model without config files', async () => {
    const { model } = await loadModelConfig([], mockDir.path);
    expect(model.version).toBe(defaultVersion);
  });

  it('applies flexinfra.model like the backend does', async () => {
    mockDir.setContent({
      'app-config.yaml':
        'flexinfra:\n  model:\n    targetStage: 4\n    checks:\n      runbook: { stage: 5, weight: 3 }\n',
    });
    const { model, warnings } = await loadModelConfig(
      ['app-config.yaml'],
      mockDir.path,
    );
    expect(warnings).toEqual([]);
    expect(model.definition.targetStage).toBe(4);
    expect(
      model.checks.find(c => c.definition.id === 'runbook')?.definition,
    ).toMatchObject({ stage: 5, weight: 3 });
  });

  it('ignores nulls as Backstage config does, with a warning', async () => {
    mockDir.setContent({
      'app-config.yaml':
        'flexinfra:\n  model:\n    checks:\n      runbook: { stage: null, weight: 3 }\n',
    });
    const { model, warnings } = await loadModelConfig(
      ['app-config.yaml'],
      mockDir.path,
    );
    // The backend reads app-config through ConfigReader too, which drops the
    // null, so the check keeps its stage there as well.
    expect(
      model.checks.find(c => c.definition.id === 'runbook')?.definition,
    ).toMatchObject({ stage: 4, weight: 3 });
    expect(warnings).toEqual([
      'app-config.yaml: flexinfra.model.checks.runbook.stage is null, which Backstage config treats as unset, so it is ignored here as in the backend (to make a check score-only, write stage: none)',
    ]);
  });

  it('merges several files, later ones winning', async () => {
    mockDir.setContent({
      'app-config.yaml':
        'flexinfra:\n  model:\n    targetStage: 4\n    checks:\n      runbook: { enabled: false }\n',
      'app-config.production.yaml':
        'flexinfra:\n  model:\n    targetStage: 5\n',
    });
    const { model } = await loadModelConfig(
      ['app-config.yaml', 'app-config.production.yaml'],
      mockDir.path,
    );
    expect(model.definition.targetStage).toBe(5);
    expect(model.checks.some(c => c.definition.id === 'runbook')).toBe(false);
  });

  it('treats an empty file as no overrides', async () => {
    mockDir.setContent({ 'app-config.yaml': '# nothing yet\n' });
    const { model } = await loadModelConfig(['app-config.yaml'], mockDir.path);
    expect(model.version).toBe(defaultVersion);
  });

  it('rejects invalid overrides, naming the key path', async () => {
    mockDir.setContent({
      'app-config.yaml':
        'flexinfra:\n  model:\n    checks:\n      owned: { weight: -1 }\n',
    });
    const error = await loadModelConfig(
      ['app-config.yaml'],
      mockDir.path,
    ).catch(e => e);
    expect(error).toBeInstanceOf(InvalidModelError);
    expect(error.message).toContain('flexinfra.model.checks.owned.weight');
  });

  it.each([
    ['flexinfra: true\n', /flexinfra/],
    ['- a list\n', /expected a YAML mapping/],
    ['flexinfra: [\n', /^app-config\.yaml:\d+:\d+: invalid YAML/],
  ])('rejects the config file %j', async (content, message) => {
    mockDir.setContent({ 'app-config.yaml': content });
    const error = await loadModelConfig(
      ['app-config.yaml'],
      mockDir.path,
    ).catch(e => e);
    expect(error).toBeInstanceOf(ConfigFileError);
    expect(error.message).toMatch(message);
  });

  it('says when the file is missing', async () => {
    await expect(loadModelConfig(['nope.yaml'], mockDir.path)).rejects.toThrow(
      /^Config file not found: nope\.yaml \(resolved to .*nope\.yaml\)$/,
    );
  });
});
