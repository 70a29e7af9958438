import { YAMLMap } from 'yaml';
import { parseCatalogDocuments, renderCatalogFile } from './catalogYaml';

describe('renderCatalogFile', () => {
  it('re-prints only the edited document, in the indentation of the file', () => {
    const first = `apiVersion: backstage.io/v1alpha1
kind: Component
metadata:
    name: orders
    annotations:
        github.com/project-slug: acme/orders
spec:
    dependsOn:
      - resource:default/orders-db
...
`;
    const second = `---
kind:    Resource   # untouched, odd spacing and all
metadata: {name: orders-db}
`;
    const source = first + second;
    const documents = parseCatalogDocuments(source, 'catalog-info.yaml');
    const annotations = documents[0]!.getIn([
      'metadata',
      'annotations',
    ]) as YAMLMap;
    annotations.set('flexinfra.io/iac-tool', 'terraform');

    expect(renderCatalogFile(source, documents, 0)).toBe(
      `apiVersion: backstage.io/v1alpha1
kind: Component
metadata:
    name: orders
    annotations:
        github.com/project-slug: acme/orders
        flexinfra.io/iac-tool: terraform
spec:
    dependsOn:
      - resource:default/orders-db
...
${second}`,
    );
  });

  it('keeps a file without a final newline without one', () => {
    const source = `kind: Component\nmetadata:\n  name: orders`;
    const documents = parseCatalogDocuments(source, 'catalog-info.yaml');
    (documents[0]!.get('metadata') as YAMLMap).set('title', 'Orders');

    expect(renderCatalogFile(source, documents, 0)).toBe(
      `kind: Component\nmetadata:\n  name: orders\n  title: Orders`,
    );
  });
});

describe('parseCatalogDocuments', () => {
  it('names the file and the line of the first error', () => {
    expect(() =>
      parseCatalogDocuments(
        'kind: Component\n---\nkind: Resource\nkind: API\n',
        'catalog-info.yaml',
      ),
    ).toThrow(
      /^catalog-info\.yaml is not valid YAML: Map keys must be unique at line 4, column 1/,
    );
  });
});
