import { isIgnoredPath, isUnderTemplates, isVendoredSubchart } from './paths';
import { wantsManifests } from './manifests';

describe('isIgnoredPath', () => {
  it('ignores local tooling, CI, examples and fixtures', () => {
    for (const path of [
      'docker-compose.yml',
      'docker-compose.prod.yaml',
      'deploy/compose.yaml',
      'compose.override.yml',
      '.devcontainer/k8s/deployment.yaml',
      '.github/kind/deployment.yaml',
      'examples/k8s/deployment.yaml',
      'src/test/fixtures/deployment.yaml',
      'pkg/testdata/hpa.yaml',
    ]) {
      expect([path, isIgnoredPath(path)]).toEqual([path, true]);
    }
  });

  it('keeps deployment folders, whatever they are called', () => {
    for (const path of [
      'k8s/deployment.yaml',
      'deploy/overlays/test/kustomization.yaml',
      'charts/orders/values-prod.yaml',
      'composer.yaml',
      'my-compose-notes.yaml',
    ]) {
      expect([path, isIgnoredPath(path)]).toEqual([path, false]);
    }
  });
});

describe('wantsManifests', () => {
  it('wants YAML files but not templates, lock files or API descriptions', () => {
    expect(wantsManifests('k8s/app.yml')).toBe('yaml');
    expect(wantsManifests('k8s/app.json')).toBeUndefined();
    expect(wantsManifests('chart/templates/deployment.yaml')).toBeUndefined();
    expect(wantsManifests('pnpm-lock.yaml')).toBeUndefined();
    expect(wantsManifests('api/openapi.v1.yaml')).toBeUndefined();
  });
});

describe('isUnderTemplates and isVendoredSubchart', () => {
  it("tell a chart's templates and vendored dependencies", () => {
    expect(isUnderTemplates('chart/templates/hpa.yaml')).toBe(true);
    expect(isUnderTemplates('chart/templates.yaml')).toBe(false);
    const listing = [
      { path: 'Chart.yaml', size: 1 },
      { path: 'charts/redis/Chart.yaml', size: 1 },
    ];
    expect(isVendoredSubchart('charts/redis/Chart.yaml', listing)).toBe(true);
    expect(isVendoredSubchart('charts/redis/Chart.yaml', [])).toBe(false);
    expect(isVendoredSubchart('Chart.yaml', listing)).toBe(false);
  });
});
