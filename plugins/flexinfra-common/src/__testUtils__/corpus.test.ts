import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import {
  corpusDirFromEnvironment,
  listCorpusFiles,
  loadCorpusFile,
  readCorpusSources,
} from './corpus';

/**
 * The corpus loader runs only when someone points FLEXINFRA_CORPUS_DIR at a
 * real catalog, so its own behaviour is tested here, on a small folder made
 * for the test.
 */

let dir: string;

function write(path: string, text: string) {
  const file = join(dir, path);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'flexinfra-corpus-'));
});

afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('corpusDirFromEnvironment', () => {
  it('is undefined when the variable is unset or blank', () => {
    expect(corpusDirFromEnvironment({})).toBeUndefined();
    expect(
      corpusDirFromEnvironment({ FLEXINFRA_CORPUS_DIR: '  ' }),
    ).toBeUndefined();
  });

  it('resolves the folder, relative ones against the working directory', () => {
    expect(corpusDirFromEnvironment({ FLEXINFRA_CORPUS_DIR: dir })).toBe(dir);
    expect(corpusDirFromEnvironment({ FLEXINFRA_CORPUS_DIR: '.' })).toBe(
      resolve('.'),
    );
  });

  it('fails, naming the folder, when it does not exist or is a file', () => {
    const missing = join(dir, 'no-such-folder');
    expect(() =>
      corpusDirFromEnvironment({ FLEXINFRA_CORPUS_DIR: missing }),
    ).toThrow(`FLEXINFRA_CORPUS_DIR names ${missing}`);
    write('catalog-info.yaml', 'kind: Component\n');
    expect(() =>
      corpusDirFromEnvironment({
        FLEXINFRA_CORPUS_DIR: join(dir, 'catalog-info.yaml'),
      }),
    ).toThrow(/which is not a folder/);
  });
});

describe('listCorpusFiles', () => {
  it('lists YAML files in subfolders too, sorted, as `/`-separated paths', () => {
    write('b__catalog-info.yaml', '');
    write('a__catalog-info.yml', '');
    write('templated/c__catalog-info.yaml', '');
    write('SOURCES.tsv', 'file\tkinds\n');
    write('README.md', '# corpus\n');
    write('.git/config.yaml', '');
    write('node_modules/x/catalog-info.yaml', '');
    expect(listCorpusFiles(dir)).toEqual([
      'a__catalog-info.yml',
      'b__catalog-info.yaml',
      'templated/c__catalog-info.yaml',
    ]);
  });
});

describe('loadCorpusFile', () => {
  it('reads every document, and only errors from a file that does not parse', () => {
    write('two.yaml', 'kind: System\n---\nkind: Component\n---\n');
    write('broken.yaml', "metadata:\n  links:''\n  name: x\n");
    expect(loadCorpusFile(dir, 'two.yaml')).toEqual({
      file: 'two.yaml',
      documents: [{ kind: 'System' }, { kind: 'Component' }, null],
      errors: [],
    });
    const broken = loadCorpusFile(dir, 'broken.yaml');
    expect(broken.documents).toEqual([]);
    expect(broken.errors.length).toBeGreaterThan(0);
  });
});

describe('readCorpusSources', () => {
  it('is undefined when the folder has no SOURCES.tsv', () => {
    expect(readCorpusSources(dir)).toBeUndefined();
  });

  it('reads each file and its kinds, `none` and `PARSE_ERROR` included', () => {
    write(
      'SOURCES.tsv',
      [
        'file\trepo\tkinds',
        'a.yaml\tacme/a\tSystem,Component',
        'b.yaml\tacme/b\tnone',
        'templated/c.yaml\tacme/c\tPARSE_ERROR',
        '',
      ].join('\n'),
    );
    expect(readCorpusSources(dir)).toEqual([
      { file: 'a.yaml', kinds: ['System', 'Component'], parseError: false },
      { file: 'b.yaml', kinds: [], parseError: false },
      { file: 'templated/c.yaml', kinds: [], parseError: true },
    ]);
  });

  it('fails on a header without the file and kinds columns', () => {
    write('SOURCES.tsv', 'path\tkind\na.yaml\tComponent\n');
    expect(() => readCorpusSources(dir)).toThrow(
      /no "file" and "kinds" columns/,
    );
  });
});
