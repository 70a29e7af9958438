import {
  attr,
  attrs,
  block,
  comment,
  HclNode,
  ref,
  resource,
} from '../hcl/hcl';
import {
  deployment,
  POD_SIZES,
  service,
  workloadAlarms,
  workloadVariables,
} from './common/kubernetes';
import { monitoringFile, monitoringOutputs } from './common/monitoring';
import { commonVariables, kubernetesVariables } from './common/variables';
import { ModuleSpec, ProfileModule, Size, VariableSpec } from './types';

/** What the whole environment may request, by size. */
export const PREVIEW_QUOTAS: Record<Size, { cpu: string; memory: string }> = {
  small: { cpu: '2', memory: '4Gi' },
  medium: { cpu: '4', memory: '8Gi' },
  large: { cpu: '8', memory: '16Gi' },
};

const NAMESPACE = 'kubernetes_namespace_v1.this.metadata[0].name';

function previewVariables(spec: ModuleSpec): VariableSpec[] {
  const quota = PREVIEW_QUOTAS[spec.size];
  return [
    {
      name: 'ttl_hours',
      type: 'number',
      description:
        'Hours after creation at which the environment expires; the workflow then destroys it.',
      value: spec.ttlHours,
      validations: [
        {
          condition: 'var.ttl_hours >= 1 && var.ttl_hours <= 336',
          message: 'ttl_hours must be from 1 to 336 (two weeks).',
        },
      ],
    },
    {
      name: 'quota_cpu',
      type: 'string',
      description: `CPU the whole environment may request (size ${spec.size}).`,
      value: quota.cpu,
    },
    {
      name: 'quota_memory',
      type: 'string',
      description: `Memory the whole environment may request (size ${spec.size}).`,
      value: quota.memory,
    },
  ];
}

function namespaceResources(): HclNode[] {
  const namespaced = block(
    'metadata',
    [],
    attrs({
      name: ref('var.name'),
      namespace: ref(NAMESPACE),
      labels: ref('local.labels'),
    }),
  );
  return [
    comment(
      'The expiry is fixed when the environment is created; the workflow destroys\nthe environment once it has passed.',
    ),
    resource('time_offset', 'expiry', [
      attr('offset_hours', ref('var.ttl_hours')),
    ]),
    resource('kubernetes_namespace_v1', 'this', [
      block(
        'metadata',
        [],
        [
          ...attrs({
            name: ref('var.namespace'),
            labels: ref('local.labels'),
          }),
          attr('annotations', {
            'flexinfra.io/expires-at': ref('time_offset.expiry.rfc3339'),
          }),
        ],
      ),
    ]),
    resource('kubernetes_resource_quota_v1', 'this', [
      namespaced,
      block(
        'spec',
        [],
        [
          attr('hard', {
            'requests.cpu': ref('var.quota_cpu'),
            'requests.memory': ref('var.quota_memory'),
            'limits.memory': ref('var.quota_memory'),
            pods: '20',
          }),
        ],
      ),
    ]),
    resource('kubernetes_limit_range_v1', 'this', [
      namespaced,
      block(
        'spec',
        [],
        [
          block(
            'limit',
            [],
            attrs({
              type: 'Container',
              default_request: { cpu: '100m', memory: '128Mi' },
              default: { memory: '256Mi' },
            }),
          ),
        ],
      ),
    ]),
  ];
}

/**
 * An ephemeral preview environment on the shared EKS cluster: its own
 * namespace with a resource quota, one pod of the service, an expiry after
 * which the workflow destroys it, and CloudWatch alarms.
 */
export function previewEnvironment(spec: ModuleSpec): ProfileModule {
  const quota = PREVIEW_QUOTAS[spec.size];
  return {
    summary: `The preview environment ${spec.name}: namespace ${spec.namespace} on the shared EKS cluster ${spec.cluster} (quota ${quota.cpu} CPU, ${quota.memory}), running ${spec.image}, destroyed ${spec.ttlHours} hours after it is created.`,
    providers: ['aws', 'kubernetes', 'time'],
    kubernetes: true,
    variables: [
      ...commonVariables(spec),
      ...kubernetesVariables(spec),
      ...workloadVariables(spec),
      ...previewVariables(spec),
    ],
    files: {
      'main.tf': [
        ...namespaceResources(),
        deployment({
          replicas: '1',
          spreadOverZones: false,
          autoscaled: false,
          namespace: NAMESPACE,
        }),
        service(NAMESPACE),
      ],
      'monitoring.tf': monitoringFile(workloadAlarms({ minReplicas: '1' })),
    },
    outputs: [
      {
        name: 'namespace',
        description: 'Namespace of the environment.',
        value: NAMESPACE,
      },
      {
        name: 'expires_at',
        description:
          'When the environment expires (RFC 3339); read by the workflow’s expiry job.',
        value: 'time_offset.expiry.rfc3339',
      },
      {
        name: 'service_dns_name',
        description: 'In-cluster DNS name of the service.',
        value: `"\${kubernetes_service_v1.this.metadata[0].name}.\${${NAMESPACE}}.svc.cluster.local"`,
      },
      ...monitoringOutputs(),
    ],
    notes: [
      `Expiry: the workflow runs every hour; once \`expires_at\` has passed it runs \`terraform destroy\` and opens a pull request that removes this directory. Pushing a change to the directory before then re-applies it; after the expiry, a push creates a fresh environment with a new TTL.`,
      `Pods of the environment request ${POD_SIZES[spec.size].cpu} CPU and ${
        POD_SIZES[spec.size].memory
      } each; the quota caps the namespace at ${quota.cpu} CPU and ${
        quota.memory
      }.`,
      'A preview runs one pod and is not autoscaled.',
    ],
    // The workflow that deploys it to the `preview` GitHub environment on
    // pull requests proves the preview environment.
    annotations: {},
    listAnnotations: {},
    superseded: [],
    links: [],
    expires: true,
  };
}
