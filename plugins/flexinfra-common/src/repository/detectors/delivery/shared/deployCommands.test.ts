import { runsDeployCommand } from './deployCommands';

describe('runsDeployCommand', () => {
  it.each([
    'terraform apply -auto-approve tfplan',
    'terraform -chdir=infra apply -input=false',
    'terragrunt run-all apply --terragrunt-non-interactive',
    'tofu apply',
    'helm upgrade --install api ./chart -f values-prod.yaml',
    'helmfile -e production apply',
    'kubectl -n shop apply -f k8s/',
    'kustomize build overlays/prod | kubectl apply -f -',
    'kubectl set image deployment/api api=registry/api:1.2.3',
    'argocd app sync shop-api',
    'flux reconcile kustomization apps',
    'npx cdk deploy --all --require-approval never',
    'serverless deploy --stage prod',
    'sam deploy --no-confirm-changeset',
    'pulumi up --yes --stack prod',
    'flyctl deploy --remote-only',
    'gcloud run deploy api --image "$IMAGE" --region europe-west1',
    'gcloud app deploy app.yaml',
    'gcloud deploy releases create rel-1 --delivery-pipeline=api',
    'aws ecs update-service --cluster prod --service api --force-new-deployment',
    'aws cloudformation deploy --template-file out.yaml --stack-name api',
    'az webapp deploy --resource-group rg --name api --src-path app.zip',
    'az deployment group create -g rg -f main.bicep',
    'vercel deploy --prebuilt --prod',
    'netlify deploy --prod --dir=dist',
    'npx wrangler deploy',
    'firebase deploy --only hosting',
    'git push https://heroku:$KEY@git.heroku.com/app.git HEAD:main',
    'make deploy ENV=prod',
    'npm run deploy:prod',
    './scripts/deploy.sh production',
  ])('sees a deploy in %p', line => {
    expect(runsDeployCommand(`set -eu\n${line}\n`)).toBe(true);
  });

  it.each([
    'npm test',
    'npm ci && npm run build && npm run lint',
    'terraform plan -out=tfplan',
    'terraform validate',
    'helm lint ./chart',
    'helm template api ./chart',
    'kubectl apply --dry-run=client -f k8s/',
    'kubectl get pods',
    'npx cdk synth',
    'sam build',
    'docker build -t api . && docker push registry/api:1.2.3',
    'mvn -B deploy',
    'npm publish',
    'gcloud builds submit --tag "$IMAGE"',
    '# terraform apply happens in the deploy workflow',
    'echo deploying later',
  ])('sees no deploy in %p', line => {
    expect(runsDeployCommand(line)).toBe(false);
  });

  it('keeps an explicit --dry-run=none as a real deploy', () => {
    expect(runsDeployCommand('kubectl apply --dry-run=none -f k8s/')).toBe(
      true,
    );
  });
});
