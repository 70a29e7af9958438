import { ConfigReader } from '@backstage/config';
import {
  compileModel,
  defaultModelDefinition,
} from '@flexinfra/backstage-plugin-flexinfra-common';
import { loadModel } from './loadModel';

describe('loadModel', () => {
  it('is the default model when app-config says nothing', () => {
    const model = loadModel(new ConfigReader({}));
    expect(model.version).toBe(compileModel(defaultModelDefinition).version);
  });

  it('applies flexinfra.model overrides, which change the version', () => {
    const model = loadModel(
      new ConfigReader({
        flexinfra: {
          model: {
            targetStage: 4,
            checks: {
              'code-quality': { enabled: false },
              runbook: { weight: 5 },
              autoscaling: { stage: 'none' },
            },
          },
        },
      }),
    );
    expect(model.definition.targetStage).toBe(4);
    expect(model.checks.map(c => c.definition.id)).not.toContain(
      'code-quality',
    );
    expect(
      model.checks.find(c => c.definition.id === 'runbook')?.definition.weight,
    ).toBe(5);
    expect(
      model.checks.find(c => c.definition.id === 'autoscaling')?.definition
        .stage,
    ).toBeNull();
    expect(model.version).not.toBe(
      compileModel(defaultModelDefinition).version,
    );
  });

  it('rejects a bad value with a message naming the key', () => {
    expect(() =>
      loadModel(
        new ConfigReader({
          flexinfra: { model: { checks: { runbook: { weight: 'heavy' } } } },
        }),
      ),
    ).toThrow(/flexinfra\.model\.checks\.runbook\.weight/);
  });
});
