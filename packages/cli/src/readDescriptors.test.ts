import { createMockDirectory } from '@backstage/backend-test-utils';
import { formatInputError, readDescriptors } from './readDescriptors';

describe('readDescriptors', () => {
  const mockDir = createMockDirectory();

  beforeEach(() => mockDir.clear());

  it('reads every document of multi-document files, with its line', async () => {
    mockDir.setContent({
      'catalog.yaml': `# leading comment
---
kind: Group
metadata:
  name: team-a
---
# a comment above the entity
kind: Component
metadata:
  name: svc
---
`,
    });
    const result = await readDescriptors(['catalog.yaml'], {
      cwd: mockDir.path,
    });
    expect(result.errors).toEqual([]);
    expect(result.files).toEqual(['catalog.yaml']);
    expect(result.descriptors).toEqual([
      {
        file: 'catalog.yaml',
        line: 3,
        value: { kind: 'Group', metadata: { name: 'team-a' } },
      },
      {
        file: 'catalog.yaml',
        line: 8,
        value: { kind: 'Component', metadata: { name: 'svc' } },
      },
    ]);
  });

  it('keeps documents that are not entities for the engine to judge', async () => {
    mockDir.setContent({ 'odd.yaml': '- a\n- b\n---\njust a string\n' });
    const result = await readDescriptors(['odd.yaml'], { cwd: mockDir.path });
    expect(result.descriptors.map(d => d.value)).toEqual([
      ['a', 'b'],
      'just a string',
    ]);
  });

  it('expands globs, sorted, and reads each file once', async () => {
    mockDir.setContent({
      'catalog/b.yaml': 'kind: B\n',
      'catalog/a.yaml': 'kind: A\n',
      'catalog/nested/c.yaml': 'kind: C\n',
      'catalog/.hidden.yaml': 'kind: Hidden\n',
    });
    const result = await readDescriptors(
      ['catalog/**/*.yaml', 'catalog/a.yaml'],
      { cwd: mockDir.path },
    );
    expect(result.errors).toEqual([]);
    expect(result.files).toEqual([
      'catalog/a.yaml',
      'catalog/b.yaml',
      'catalog/nested/c.yaml',
    ]);
  });

  it('takes an existing file literally even if its name looks like a glob', async () => {
    mockDir.setContent({ 'svc[1].yaml': 'kind: Component\n' });
    const result = await readDescriptors(['svc[1].yaml'], {
      cwd: mockDir.path,
    });
    expect(result.errors).toEqual([]);
    expect(result.files).toEqual(['svc[1].yaml']);
  });

  it('shows files outside the working directory by absolute path', async () => {
    mockDir.setContent({ 'a.yaml': 'kind: A\n', 'sub/b.yaml': 'kind: B\n' });
    const result = await readDescriptors([mockDir.resolve('a.yaml')], {
      cwd: mockDir.resolve('sub'),
    });
    expect(result.files).toEqual([mockDir.resolve('a.yaml')]);
  });

  it('reports patterns that match nothing and directories', async () => {
    mockDir.setContent({ 'a.yaml': 'kind: A\n', catalog: {} });
    const result = await readDescriptors(
      ['missing.yaml', 'catalog/', 'a.yaml'],
      { cwd: mockDir.path },
    );
    expect(result.files).toEqual(['a.yaml']);
    expect(result.errors).toEqual([
      { message: 'No files match "missing.yaml"' },
      {
        file: 'catalog',
        message:
          'is a directory; pass descriptor files or a glob such as "catalog/*.yaml"',
      },
    ]);
  });

  it('reports bad YAML with file, line and column, and skips that file only', async () => {
    mockDir.setContent({
      'bad.yaml': 'kind: Component\nmetadata:\n  name: a\n  name: b\n',
      'good.yaml': 'kind: Component\nmetadata:\n  name: good\n',
    });
    const result = await readDescriptors(['*.yaml'], { cwd: mockDir.path });
    expect(result.descriptors.map(d => d.file)).toEqual(['good.yaml']);
    expect(result.errors).toHaveLength(1);
    const [error] = result.errors;
    expect(error).toMatchObject({ file: 'bad.yaml', line: 4, column: 3 });
    expect(error.message).toMatch(
      /^invalid YAML: Map keys must be unique \(DUPLICATE_KEY\)\n/,
    );
    expect(error.message).toContain('No entity in this file was scored.');
  });
});

describe('formatInputError', () => {
  it('puts the position in front, as compilers do', () => {
    expect(
      formatInputError({ file: 'a.yaml', line: 3, column: 7, message: 'bad' }),
    ).toBe('a.yaml:3:7: bad');
    expect(formatInputError({ file: 'a.yaml', message: 'bad' })).toBe(
      'a.yaml: bad',
    );
    expect(formatInputError({ message: 'bad' })).toBe('bad');
  });
});
