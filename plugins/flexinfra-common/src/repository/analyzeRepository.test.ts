import { analyzeRepository } from './analyzeRepository';
import { memorySource } from './__testUtils__/memorySource';
import type { Detector } from './types';

const yamlKinds: Detector = {
  id: 'yaml-kinds',
  wants: path => (/\.ya?ml$/.test(path) ? 'yaml' : undefined),
  detect: ({ files }) =>
    files.flatMap(file =>
      file.as === 'yaml'
        ? file.documents
            .filter(
              (d): d is { kind: string } =>
                typeof (d as { kind?: unknown })?.kind === 'string',
            )
            .map(d => ({
              fact: 'deployment' as const,
              kind: d.kind.toLowerCase(),
              label: `a ${d.kind}`,
              path: file.path,
            }))
        : [],
    ),
};

describe('analyzeRepository', () => {
  it('parses wanted files once and reports the ones that do not parse', async () => {
    const source = memorySource({
      'deploy/app.yaml': 'kind: Deployment\n---\nkind: Service\n',
      'deploy/broken.yaml': 'kind: [unclosed\n',
      'node_modules/x/deploy.yaml': 'kind: Deployment\n',
      'README.md': '# hi',
    });
    const facts = await analyzeRepository(source, { detectors: [yamlKinds] });
    expect(source.reads.sort()).toEqual([
      'deploy/app.yaml',
      'deploy/broken.yaml',
    ]);
    expect(facts.deployment).toEqual({
      found: true,
      kinds: ['deployment', 'service'],
      paths: ['deploy/app.yaml'],
      message: 'a Deployment in deploy/app.yaml; a Service in deploy/app.yaml',
      values: [],
    });
    expect(facts.problems).toEqual([
      {
        path: 'deploy/broken.yaml',
        message: expect.stringMatching(/^is not valid YAML \(line 2\)/),
      },
    ]);
    expect(facts.iac.found).toBe(false);
  });

  it('bounds alias expansion', async () => {
    const bomb = [
      'a: &a ["x","x","x","x","x","x","x","x","x","x"]',
      'b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a,*a]',
      'c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b,*b]',
      'd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c,*c]',
      'e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d,*d]',
      'kind: Deployment',
    ].join('\n');
    const facts = await analyzeRepository(memorySource({ 'a.yaml': bomb }), {
      detectors: [yamlKinds],
    });
    expect(facts.deployment.found).toBe(false);
    expect(facts.problems).toEqual([
      { path: 'a.yaml', message: expect.stringMatching(/could not be read/) },
    ]);
  });

  it('parses HCL', async () => {
    const hcl: Detector = {
      id: 'hcl',
      wants: path => (path.endsWith('.tf') ? 'hcl' : undefined),
      detect: ({ files }) =>
        files.map(file => ({
          fact: 'iac',
          kind: 'terraform',
          label: 'Terraform',
          path: file.path,
          values: file.as === 'hcl' ? Object.keys(file.body) : [],
        })),
    };
    const facts = await analyzeRepository(
      memorySource({
        'infra/main.tf': 'resource "aws_s3_bucket" "b" {}\n',
        'infra/vars.tf': 'variable "x" {}\n',
        'infra/bad.tf': 'resource "x" {',
      }),
      { detectors: [hcl] },
    );
    expect(facts.iac.message).toBe('Terraform in infra/main.tf and 1 more');
    expect(facts.iac.values).toEqual(['resource', 'variable']);
    expect(facts.problems[0]).toEqual({
      path: 'infra/bad.tf',
      message: expect.stringMatching(/^is not valid HCL: .*Unclosed/),
    });
  });
});

describe('analyzeRepository and Helm charts', () => {
  it('never parses a chart template as YAML', async () => {
    const source = memorySource({
      'chart/Chart.yaml': 'apiVersion: v2\nname: web\nversion: 1.0.0\n',
      'chart/templates/deployment.yaml':
        'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: {{ include "web.fullname" . }}\n{{- if .Values.x }}\n',
      'deploy/templates/job.yaml': 'kind: Job\n',
    });
    const facts = await analyzeRepository(source, { detectors: [yamlKinds] });
    expect(facts.problems).toEqual([]);
    expect(source.reads.sort()).toEqual([
      'chart/Chart.yaml',
      'deploy/templates/job.yaml',
    ]);
  });
});

describe('analyzeRepository and probed files', () => {
  it('reports a file that does not parse only when its name says its format', async () => {
    const probe: Detector = {
      id: 'probe',
      wants: path => (/\.(template|ya?ml)$/.test(path) ? 'yaml' : undefined),
      detect: () => [],
    };
    const facts = await analyzeRepository(
      memorySource({
        'nginx.conf.template': 'map $uri $route {\n  ~^/a "/b";\n}\n',
        'broken.yaml': 'kind: [unclosed\n',
      }),
      { detectors: [probe] },
    );
    expect(facts.problems.map(p => p.path)).toEqual(['broken.yaml']);
  });
});
