import { validateAnnotateInput } from './validateInput';

describe('validateAnnotateInput', () => {
  it('fills in the defaults', () => {
    expect(validateAnnotateInput({})).toEqual({
      filePath: 'catalog-info.yaml',
      entityRef: undefined,
      changes: {
        annotations: [],
        listAnnotations: [],
        labels: [],
        links: [],
        dependsOn: [],
        removeAnnotations: [],
        overwrite: false,
      },
    });
  });

  it('takes an empty entityRef as none', () => {
    expect(validateAnnotateInput({ entityRef: '' }).entityRef).toBeUndefined();
  });

  it('reports every problem at once', () => {
    expect(() =>
      validateAnnotateInput({
        entityRef: 'orders',
        annotations: { 'bad key': 'x' },
        labels: { tier: 'not a label value' },
        links: [{ url: 'file:///etc/passwd' }, { url: '/relative' }],
        dependsOn: ['orders-db'],
      }),
    ).toThrow(
      /^Invalid input to flexinfra:catalog:annotate: entityRef "orders" .*; annotation key "bad key" .*; label tier has value "not a label value".*; links\[0\]\.url "file:\/\/\/etc\/passwd" is not an absolute http or https URL; links\[1\]\.url "\/relative" is not an absolute http or https URL; dependsOn\[0\] "orders-db" /,
    );
  });

  it('keeps only the link fields that are given', () => {
    expect(
      validateAnnotateInput({
        links: [{ url: 'https://example.com/a', title: 'A' }],
      }).changes.links,
    ).toEqual([{ url: 'https://example.com/a', title: 'A' }]);
  });
});
