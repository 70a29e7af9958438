import {
  attr,
  attrs,
  block,
  call,
  comment,
  data,
  HclNode,
  ref,
} from '../../hcl/hcl';
import { ModuleSpec, Provider } from '../types';

/** The Terraform version the module and its workflow are written for. */
export const TERRAFORM_VERSION = '1.11.4';

const PROVIDER_SOURCES: Record<Provider, { source: string; version: string }> =
  {
    aws: { source: 'hashicorp/aws', version: '~> 5.80' },
    kubernetes: { source: 'hashicorp/kubernetes', version: '~> 2.35' },
    time: { source: 'hashicorp/time', version: '~> 0.12' },
  };

/** Where the module keeps its state: one S3 key per module directory. */
export function stateKey(spec: ModuleSpec): string {
  return `${spec.targetDir}/terraform.tfstate`;
}

/**
 * versions.tf: the Terraform and provider versions, and the S3 backend. The
 * bucket is given at `terraform init` time by the CI workflow, so the same
 * module works with each account's state bucket.
 */
export function versionsFile(
  spec: ModuleSpec,
  providers: Provider[],
): HclNode[] {
  const required: Record<string, { source: string; version: string }> = {};
  for (const provider of providers) {
    required[provider] = PROVIDER_SOURCES[provider];
  }
  return [
    block(
      'terraform',
      [],
      [
        attr('required_version', '>= 1.10'),
        block('required_providers', [], attrs(required)),
        comment(
          'The state bucket is passed to `terraform init -backend-config="bucket=…"`\nby the CI workflow (repository variable TF_STATE_BUCKET).',
        ),
        block(
          'backend',
          ['s3'],
          attrs({
            key: stateKey(spec),
            region: spec.region,
            encrypt: true,
            use_lockfile: true,
          }),
        ),
      ],
    ),
  ];
}

/** providers.tf: AWS, and for Kubernetes profiles the shared EKS cluster. */
export function providersFile(
  providers: Provider[],
  kubernetes: boolean,
): HclNode[] {
  const nodes: HclNode[] = [];
  if (providers.includes('aws')) {
    nodes.push(block('provider', ['aws'], [attr('region', ref('var.region'))]));
  }
  if (kubernetes) {
    nodes.push(
      data('aws_eks_cluster', 'shared', [
        attr('name', ref('var.cluster_name')),
      ]),
      data('aws_eks_cluster_auth', 'shared', [
        attr('name', ref('var.cluster_name')),
      ]),
      block(
        'provider',
        ['kubernetes'],
        attrs({
          host: ref('data.aws_eks_cluster.shared.endpoint'),
          cluster_ca_certificate: call(
            'base64decode',
            ref('data.aws_eks_cluster.shared.certificate_authority[0].data'),
          ),
          token: ref('data.aws_eks_cluster_auth.shared.token'),
        }),
      ),
    );
  }
  return nodes;
}

/**
 * locals.tf: the tags every AWS resource carries and the labels every
 * Kubernetes object carries, owner and cost centre first.
 */
export function localsFile(kubernetes: boolean): HclNode[] {
  const body: HclNode[] = [
    comment(
      'Every resource carries its owner and cost centre, so that its cost can be\nattributed (FlexInfra check cost-visibility).',
    ),
    attr('tags', {
      owner: ref('var.owner'),
      'cost-center': ref('var.cost_center'),
      environment: ref('var.environment'),
      'flexinfra.io/module': ref('var.name'),
      'managed-by': 'terraform',
    }),
  ];
  if (kubernetes) {
    body.push(
      attr('labels', {
        'app.kubernetes.io/name': ref('var.name'),
        'app.kubernetes.io/managed-by': 'terraform',
        'backstage.io/kubernetes-id': ref('var.name'),
        owner: ref('var.owner_label'),
        'cost-center': ref('var.cost_center'),
        environment: ref('var.environment'),
      }),
    );
  }
  return [block('locals', [], body)];
}
