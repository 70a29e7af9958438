import { analyzeRepository } from '../../analyzeRepository';
import { memorySource } from '../../__testUtils__/memorySource';
import { gitlabCiDetector } from './gitlabCi';

const analyze = (files: Record<string, string>) =>
  analyzeRepository(memorySource(files), { detectors: [gitlabCiDetector] });

describe('gitlabCiDetector', () => {
  it('counts a build-and-test pipeline as CI that does not deploy', async () => {
    const facts = await analyze({
      '.gitlab-ci.yml': `stages: [build, test]
image: node:22
build:
  stage: build
  script:
    - npm ci
    - npm run build
test:
  stage: test
  script: npm test
`,
    });
    expect(facts.ci).toEqual({
      found: true,
      kinds: ['gitlab-ci'],
      paths: ['.gitlab-ci.yml'],
      message: 'GitLab CI pipeline in .gitlab-ci.yml',
      values: [],
    });
    expect(facts.ciDeploys).toBe(false);
    expect(facts.environments.found).toBe(false);
  });

  it('finds deploy jobs, their environments and review apps, through extends', async () => {
    const facts = await analyze({
      '.gitlab-ci.yml': `stages: [test, deploy]
.deploy:
  image: alpine/helm:3.15
  script:
    - helm upgrade --install api ./chart --namespace "$NAMESPACE"
test:
  stage: test
  script: go test ./...
review:
  extends: .deploy
  environment:
    name: review/$CI_COMMIT_REF_SLUG
    url: https://$CI_COMMIT_REF_SLUG.review.example.com
    on_stop: stop_review
    auto_stop_in: 3 days
  rules:
    - if: $CI_MERGE_REQUEST_IID
stop_review:
  extends: .deploy
  script: helm uninstall api
  environment:
    name: review/$CI_COMMIT_REF_SLUG
    action: stop
staging:
  extends: .deploy
  environment: staging
production:
  extends: .deploy
  environment:
    name: production
    url: https://api.example.com
  when: manual
`,
    });
    expect(facts.ciDeploys).toBe(true);
    expect(facts.environments).toEqual({
      found: true,
      kinds: ['gitlab-environments'],
      paths: ['.gitlab-ci.yml'],
      message: 'GitLab environments in .gitlab-ci.yml',
      values: ['production', 'review', 'staging'],
    });
    expect(facts.previewEnvironments).toEqual({
      found: true,
      kinds: ['gitlab-review-apps'],
      paths: ['.gitlab-ci.yml'],
      message: 'GitLab review apps in .gitlab-ci.yml',
      values: [],
    });
  });

  it('sees a deploy stage, a deploy command and an Auto DevOps include', async () => {
    const stage = await analyze({
      '.gitlab-ci.yml': `release:\n  stage: deploy\n  script: ./release.sh\n`,
    });
    const command = await analyze({
      'services/api/.gitlab-ci.yml': `apply:\n  script:\n    - terraform init\n    - terraform apply -auto-approve\n`,
    });
    const autoDevOps = await analyze({
      '.gitlab-ci.yml': `include:\n  - template: Auto-DevOps.gitlab-ci.yml\n`,
    });
    expect(stage.ciDeploys).toBe(true);
    expect(command.ciDeploys).toBe(true);
    expect(command.ci.paths).toEqual(['services/api/.gitlab-ci.yml']);
    expect(autoDevOps.ciDeploys).toBe(true);
  });

  it('does not take a computed non-review environment, a lone environment, or a hidden job', async () => {
    const facts = await analyze({
      '.gitlab-ci.yml': `.template:
  environment: staging
  script: make deploy
deploy:
  stage: release
  environment:
    name: $TARGET_ENV
  script: echo "$TARGET_ENV"
prod:
  environment: production
  script: kubectl apply -f k8s/
`,
      '.gitlab/ci/lint.yml': `lint:\n  script: npm run lint\n`,
    });
    expect(facts.ciDeploys).toBe(true);
    expect(facts.ci.paths).toEqual(['.gitlab-ci.yml', '.gitlab/ci/lint.yml']);
    expect(facts.environments.found).toBe(false);
    expect(facts.previewEnvironments.found).toBe(false);
  });

  it('ignores YAML that is not a GitLab pipeline', async () => {
    const facts = await analyze({
      'gitlab-ci.yml': `test:\n  script: npm test\n`,
      '.gitlab-ci.yml': `variables:\n  FOO: bar\n`,
    });
    expect(facts.ci.found).toBe(false);
  });
});
