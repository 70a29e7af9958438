import {
  environmentValue,
  isDynamicName,
  isPreviewName,
} from './environmentNames';

describe('environment names', () => {
  it('keeps static names, lower case', () => {
    expect(environmentValue('Production')).toBe('production');
    expect(environmentValue(' staging ')).toBe('staging');
  });

  it('drops computed names unless they name preview environments', () => {
    expect(environmentValue('${{ inputs.environment }}')).toBeUndefined();
    expect(environmentValue('$DEPLOY_ENV')).toBeUndefined();
    expect(environmentValue('$(environment)')).toBeUndefined();
    expect(environmentValue('review/$CI_COMMIT_REF_SLUG')).toBe('review');
    expect(environmentValue('pr-${{ github.event.number }}')).toBe('preview');
    expect(environmentValue('')).toBeUndefined();
  });

  it('tells preview names from others', () => {
    expect(isPreviewName('preview')).toBe(true);
    expect(isPreviewName('pr-42')).toBe(true);
    expect(isPreviewName('review/feature-x')).toBe(true);
    expect(isPreviewName('production')).toBe(false);
    expect(isPreviewName('prod')).toBe(false);
    expect(isPreviewName('previewer-tools')).toBe(false);
  });

  it('tells computed names from static ones', () => {
    expect(isDynamicName('${{ matrix.env }}')).toBe(true);
    expect(isDynamicName('production')).toBe(false);
    expect(isDynamicName('cost: $5')).toBe(false);
  });
});
