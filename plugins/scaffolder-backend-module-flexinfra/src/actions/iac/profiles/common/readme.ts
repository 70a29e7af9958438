import { HclValue } from '../../hcl/hcl';
import { ModuleSpec, ProfileModule } from '../types';
import { workflowPath } from './workflow';

function describeValue(value: HclValue | undefined): string {
  if (value === undefined) {
    return '';
  }
  return `\`${JSON.stringify(value)}\``;
}

/** README.md of the module: what it creates, how it is delivered, its variables. */
export function renderReadme(
  spec: ModuleSpec,
  module: ProfileModule,
  header: string,
): string {
  const variableRows = module.variables.map(
    variable =>
      `| \`${variable.name}\` | ${variable.description} | ${describeValue(
        variable.value ?? variable.default,
      )} |`,
  );
  const outputRows = module.outputs.map(
    output => `| \`${output.name}\` | ${output.description} |`,
  );
  return `<!-- ${header.replace(/\n/g, ' ')} -->

# ${spec.name} (${spec.profile})

${module.summary}

Owner: \`${spec.owner}\`. Cost centre: \`${spec.costCenter}\`. Region: \`${
    spec.region
  }\`. Every AWS resource is tagged \`owner\` and \`cost-center\`${
    module.kubernetes ? ', every Kubernetes object labelled with both' : ''
  }.

## Delivery

Infrastructure changes go through review and a pipeline, never by hand. \`${workflowPath(
    spec,
  )}\`:

- on a pull request that touches this directory: \`terraform fmt -check\`, \`validate\` and \`plan\`;
- on merge to \`main\`: \`terraform apply\`, in the GitHub environment \`${
    spec.profile === 'preview-environment' ? 'preview' : spec.environment
  }\` (add required reviewers there to gate it)${
    module.expires
      ? ';\n- every hour: `terraform destroy` once the environment has expired, and a pull request removing this directory'
      : ''
  }.

It needs, as repository variables: \`TF_STATE_BUCKET\` (S3 bucket of the Terraform state; the key is \`${
    spec.targetDir
  }/terraform.tfstate\`), \`TERRAFORM_PLAN_ROLE_ARN\` (read-only IAM role) and \`TERRAFORM_APPLY_ROLE_ARN\`, both trusting GitHub's OIDC provider for this repository.

## Notes

${module.notes.map(note => `- ${note}`).join('\n')}

## Variables

Set in \`terraform.tfvars\`.

| variable | description | value |
| -------- | ----------- | ----- |
${variableRows.join('\n')}

## Outputs

| output | description |
| ------ | ----------- |
${outputRows.join('\n')}
`;
}
