import { analyzeRepository } from '../../analyzeRepository';
import { memorySource } from '../../__testUtils__/memorySource';
import { jenkinsDetector } from './jenkins';

const analyze = (files: Record<string, string>) =>
  analyzeRepository(memorySource(files), { detectors: [jenkinsDetector] });

const BUILD = `pipeline {
  agent { label 'linux' }
  stages {
    stage('Build') {
      steps { sh './gradlew build' }
    }
    stage('Test') {
      steps { sh './gradlew test' }
    }
  }
}
`;

describe('jenkinsDetector', () => {
  it('counts a build pipeline as CI that does not deploy', async () => {
    const facts = await analyze({ Jenkinsfile: BUILD });
    expect(facts.ci).toEqual({
      found: true,
      kinds: ['jenkins'],
      paths: ['Jenkinsfile'],
      message: 'Jenkins pipeline in Jenkinsfile',
      values: [],
    });
    expect(facts.ciDeploys).toBe(false);
  });

  it.each([
    [
      'a deploy command',
      `node {\n  stage('Release') {\n    sh "kubectl -n shop set image deployment/api api=\${image}"\n  }\n}\n`,
    ],
    [
      'a deploy stage',
      `pipeline {\n  agent any\n  stages {\n    stage("Deploy to production") {\n      steps { ansiblePlaybook playbook: 'site.yml' }\n    }\n  }\n}\n`,
    ],
    [
      'a downstream deploy job',
      `pipeline {\n  agent any\n  stages {\n    stage('Promote') {\n      steps { build job: 'api-deploy-prod', wait: false }\n    }\n  }\n}\n`,
    ],
  ])('sees a deploy in %s', async (_, text) => {
    const facts = await analyze({ 'ci/Jenkinsfile.release': text });
    expect(facts.ci.paths).toEqual(['ci/Jenkinsfile.release']);
    expect(facts.ciDeploys).toBe(true);
  });

  it('lists a deploying pipeline before a building one', async () => {
    const facts = await analyze({
      Jenkinsfile: BUILD,
      'jenkins/deploy.jenkinsfile': `pipeline {\n  stages {\n    stage('Apply') {\n      steps { sh 'terraform apply -auto-approve' }\n    }\n  }\n}\n`,
    });
    expect(facts.ci.paths).toEqual([
      'jenkins/deploy.jenkinsfile',
      'Jenkinsfile',
    ]);
    expect(facts.ci.message).toBe(
      'Jenkins pipeline in jenkins/deploy.jenkinsfile and 1 more',
    );
  });

  it('ignores a commented-out deploy, other file names and empty files', async () => {
    const commented = await analyze({
      Jenkinsfile: `pipeline {\n  stages {\n    stage('Test') {\n      steps {\n        sh 'npm test'\n        // sh 'helm upgrade --install api ./chart'\n      }\n    }\n  }\n}\n`,
    });
    expect(commented.ciDeploys).toBe(false);
    const others = await analyze({
      'docs/Jenkinsfile.md': BUILD,
      jenkinsfile: BUILD,
      'Jenkinsfile.bak/notes.txt': BUILD,
      'src/Jenkinsfile': '',
    });
    expect(others.ci.found).toBe(false);
  });
});
