import { isOverrideFile } from './terraformOverrides';

describe('isOverrideFile', () => {
  it('knows the names Terraform and OpenTofu load as override files', () => {
    expect(
      [
        'override.tf',
        'infra/override.tf.json',
        'infra/providers_override.tf',
        'infra/region_override.tf.json',
        'infra/override.tofu',
        'infra/x_override.tofu.json',
      ].filter(isOverrideFile),
    ).toHaveLength(6);
  });

  it('does not take look-alike names for override files', () => {
    expect(
      [
        'infra/overrides.tf',
        'infra/myoverride.tf',
        'infra/override.tfvars',
        'infra/override.tf/main.tf',
        'infra/override_settings.tf',
      ].filter(isOverrideFile),
    ).toEqual([]);
  });
});
