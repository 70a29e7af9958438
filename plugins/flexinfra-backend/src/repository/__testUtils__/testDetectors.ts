import type { Detector } from '@flexinfra/backstage-plugin-flexinfra-common/repository';

/**
 * Small detectors for the backend's tests, so they do not depend on what
 * the built-in detectors find: Terraform (`*.tf` declaring a resource) and
 * GitHub Actions workflows (YAML with `jobs`).
 */
export const TEST_DETECTORS: Detector[] = [
  {
    id: 'test-terraform',
    wants: path => (path.endsWith('.tf') ? 'text' : undefined),
    detect: ({ files }) =>
      files
        .filter(file => file.as === 'text' && file.text.includes('resource "'))
        .map(file => ({
          fact: 'iac',
          kind: 'terraform',
          label: 'Terraform',
          path: file.path,
        })),
  },
  {
    id: 'test-github-actions',
    wants: path =>
      /^\.github\/workflows\/[^/]+\.ya?ml$/.test(path) ? 'yaml' : undefined,
    detect: ({ files }) =>
      files
        .filter(
          file =>
            file.as === 'yaml' &&
            file.documents.some(
              doc => typeof doc === 'object' && doc !== null && 'jobs' in doc,
            ),
        )
        .map(file => ({
          fact: 'ci',
          kind: 'github-actions',
          label: 'GitHub Actions workflow',
          path: file.path,
        })),
  },
];

/** A Terraform file that declares a resource. */
export const MAIN_TF = `resource "aws_s3_bucket" "artifacts" {
  bucket = "checkout-artifacts"
}
`;

/** A GitHub Actions workflow that builds. */
export const BUILD_WORKFLOW = `name: build
on: [push]
jobs:
  test:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: make test
`;
