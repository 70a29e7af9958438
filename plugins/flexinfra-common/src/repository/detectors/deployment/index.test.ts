import fc from 'fast-check';
import type { ParsedFile } from '../../types';
import { DEPLOYMENT_DETECTORS } from '.';

/** Every apiVersion and kind some detector of this concern looks at. */
const KINDS: Array<[string, string]> = [
  ['apps/v1', 'Deployment'],
  ['batch/v1', 'CronJob'],
  ['argoproj.io/v1alpha1', 'ApplicationSet'],
  ['autoscaling/v2', 'HorizontalPodAutoscaler'],
  ['keda.sh/v1alpha1', 'ScaledObject'],
  ['autoscaling.k8s.io/v1', 'VerticalPodAutoscaler'],
  ['monitoring.coreos.com/v1', 'PrometheusRule'],
  ['nais.io/v1alpha1', 'Application'],
  ['skiperator.kartverket.no/v1alpha1', 'Application'],
  ['serving.knative.dev/v1', 'Service'],
  ['velero.io/v1', 'Schedule'],
  ['postgresql.cnpg.io/v1', 'Cluster'],
  ['postgres-operator.crunchydata.com/v1beta1', 'PostgresCluster'],
  ['v1', 'List'],
  ['v1', 'Namespace'],
];

/** Files of every name the detectors read, holding one value in every form. */
function filesHolding(value: unknown): ParsedFile[] {
  const names = [
    'k8s/a.yaml',
    'chart/Chart.yaml',
    'chart/values.yaml',
    'chart/values-prod.yaml',
    'k8s/overlays/dev/kustomization.yaml',
    'helmfile.yaml',
    'app.yaml',
    'serverless.yml',
    'copilot/api/manifest.yml',
  ];
  const record = (
    typeof value === 'object' && value !== null && !Array.isArray(value)
      ? value
      : { app: value, http_service: value, build: value, context: value }
  ) as Record<string, unknown>;
  return [
    ...names.map(path => ({ path, as: 'yaml' as const, documents: [value] })),
    { path: 'fly.toml', as: 'toml', value: record },
    { path: 'netlify.toml', as: 'toml', value: record },
    { path: 'vercel.json', as: 'json', value },
  ];
}

describe('DEPLOYMENT_DETECTORS', () => {
  it('have distinct ids', () => {
    const ids = DEPLOYMENT_DETECTORS.map(detector => detector.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('never throw, whatever shape a parsed file has', () => {
    const manifest = fc
      .tuple(fc.constantFrom(...KINDS), fc.jsonValue(), fc.jsonValue())
      .map(([[apiVersion, kind], spec, metadata]) => ({
        apiVersion,
        kind,
        spec,
        metadata,
        items: [{ apiVersion, kind, spec }],
      }));
    const copilot = fc.record({
      type: fc.constantFrom('Backend Service', 'Environment'),
      count: fc.jsonValue(),
      environments: fc.dictionary(
        fc.string(),
        fc.record({ count: fc.jsonValue() }),
      ),
    });
    fc.assert(
      fc.property(fc.oneof(manifest, copilot, fc.jsonValue()), value => {
        const files = filesHolding(value);
        const listing = files.map(file => ({ path: file.path, size: 1 }));
        for (const detector of DEPLOYMENT_DETECTORS) {
          const findings = detector.detect({ files, listing });
          for (const finding of findings) {
            expect(finding.path).toEqual(expect.any(String));
            expect(finding.label).not.toBe('');
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});
