import { analyzeRepository } from '../../analyzeRepository';
import { memorySource } from '../../__testUtils__/memorySource';
import { cloudBuildDetector } from './cloudBuild';

const analyze = (files: Record<string, string>) =>
  analyzeRepository(memorySource(files), { detectors: [cloudBuildDetector] });

const BUILD = `steps:
  - name: gcr.io/cloud-builders/docker
    args: [build, -t, europe-docker.pkg.dev/$PROJECT_ID/app/api:$SHORT_SHA, .]
images:
  - europe-docker.pkg.dev/$PROJECT_ID/app/api:$SHORT_SHA
`;

describe('cloudBuildDetector', () => {
  it('counts a build-only config as CI that does not deploy', async () => {
    const facts = await analyze({ 'cloudbuild.yaml': BUILD });
    expect(facts.ci).toEqual({
      found: true,
      kinds: ['cloud-build'],
      paths: ['cloudbuild.yaml'],
      message: 'Google Cloud Build config in cloudbuild.yaml',
      values: [],
    });
    expect(facts.ciDeploys).toBe(false);
  });

  it.each([
    [
      'the gcloud builder',
      `steps:\n  - name: gcr.io/cloud-builders/gcloud\n    args: [run, deploy, api, --image, IMAGE, --region, europe-west1]\n`,
    ],
    [
      'the cloud-sdk image with an entrypoint',
      `steps:\n  - name: gcr.io/google.com/cloudsdktool/cloud-sdk:slim\n    entrypoint: gcloud\n    args: [app, deploy]\n`,
    ],
    [
      'a bash script',
      `steps:\n  - name: gcr.io/cloud-builders/kubectl\n    entrypoint: bash\n    args:\n      - -c\n      - |\n        gcloud container clusters get-credentials prod --region europe-west1\n        kubectl apply -k k8s/overlays/prod\n`,
    ],
    [
      'gke-deploy',
      `steps:\n  - name: gcr.io/cloud-builders/gke-deploy\n    args: [run, --filename=k8s/, --cluster=prod, --location=europe-west1]\n`,
    ],
  ])('sees a deploy through %s', async (_, config) => {
    const facts = await analyze({ 'deploy/cloudbuild-prod.yaml': config });
    expect(facts.ci.paths).toEqual(['deploy/cloudbuild-prod.yaml']);
    expect(facts.ciDeploys).toBe(true);
  });

  it('reads the JSON form', async () => {
    const facts = await analyze({
      'cloudbuild.json': JSON.stringify({
        steps: [
          {
            name: 'gcr.io/cloud-builders/gcloud',
            args: ['functions', 'deploy', 'hook', '--runtime=nodejs22'],
          },
        ],
      }),
    });
    expect(facts.ciDeploys).toBe(true);
  });

  it('does not take gke-deploy prepare or other files for a deploy', async () => {
    const facts = await analyze({
      'cloudbuild.yml': `steps:\n  - name: gcr.io/cloud-builders/gke-deploy\n    args: [prepare, --filename=k8s/]\n`,
      'cloud-build.yaml': `steps:\n  - name: gcr.io/cloud-builders/gcloud\n    args: [run, deploy, api]\n`,
      'cloudbuild.yaml': `substitutions:\n  _REGION: europe-west1\n`,
    });
    expect(facts.ci.paths).toEqual(['cloudbuild.yml']);
    expect(facts.ciDeploys).toBe(false);
  });
});
