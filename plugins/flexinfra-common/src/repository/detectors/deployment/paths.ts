import type { RepositoryFileEntry } from '../../types';

/** The folders of a path (without its file name). */
export function foldersOf(path: string): string[] {
  return path.split('/').slice(0, -1);
}

/** The file name of a path. */
export function baseName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

/** The folder of a path, '' at the root. */
export function dirName(path: string): string {
  const slash = path.lastIndexOf('/');
  return slash < 0 ? '' : path.slice(0, slash);
}

/** `folder/name`, or `name` at the root. */
export function joinPath(folder: string, name: string): string {
  return folder ? `${folder}/${name}` : name;
}

/**
 * Folders whose files never describe how this service is deployed: a dev
 * container configures a developer's editor; `.github/` holds CI (its
 * manifests set up throwaway test clusters); examples, samples and test
 * fixtures show or test something else.
 */
const IGNORED_FOLDERS = new Set([
  '.devcontainer',
  '.github',
  'examples',
  'example',
  'samples',
  'sample',
  'fixtures',
  '__fixtures__',
  'testdata',
  '__tests__',
  '__snapshots__',
]);

/**
 * Whether a file says nothing about how this service is deployed: it lies
 * in an ignored folder (above), or it is a Compose file, which runs the
 * service on a laptop or a CI runner, not on a shared platform.
 */
export function isIgnoredPath(path: string): boolean {
  return (
    foldersOf(path).some(folder => IGNORED_FOLDERS.has(folder)) ||
    /^(docker-)?compose([.-][^/]*)?\.ya?ml$/.test(baseName(path))
  );
}

/**
 * Whether a path lies in a folder named `templates`. A Helm chart's
 * templates are Go templates that do not parse as YAML; the chart is read
 * through its Chart.yaml and values instead. A detector decides on the path
 * alone, so every `templates/` folder is left out, chart or not.
 */
export function isUnderTemplates(path: string): boolean {
  return foldersOf(path).includes('templates');
}

/**
 * Whether a chart is a dependency vendored into another chart's `charts/`
 * folder (`app/charts/redis/Chart.yaml` next to `app/Chart.yaml`): it
 * belongs to someone else.
 */
export function isVendoredSubchart(
  path: string,
  listing: readonly RepositoryFileEntry[],
): boolean {
  const folders = foldersOf(path);
  for (let i = folders.length - 2; i >= 0; i--) {
    if (folders[i] !== 'charts') {
      continue;
    }
    const parent = folders.slice(0, i).join('/');
    const parentChart = joinPath(parent, 'Chart.yaml');
    if (listing.some(file => file.path === parentChart)) {
      return true;
    }
  }
  return false;
}
