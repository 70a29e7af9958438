import { TemplateExample } from '@backstage/plugin-scaffolder-node';
import yaml from 'yaml';

export const examples: TemplateExample[] = [
  {
    description:
      'A containerised service on the shared EKS cluster, autoscaled on CPU, then its catalog entity annotated with what the module provides',
    example: yaml.stringify({
      steps: [
        {
          id: 'iac',
          action: 'flexinfra:iac:generate',
          name: 'Write the Terraform module',
          input: {
            profile: 'container-service',
            name: 'orders',
            owner: 'group:default/payments',
            costCenter: 'CC-2100',
            region: 'eu-west-1',
            cluster: 'acme-prod',
            image: 'ghcr.io/acme/orders:1.4.2',
            minReplicas: 2,
            maxReplicas: 10,
          },
        },
        {
          id: 'annotate',
          action: 'flexinfra:catalog:annotate',
          name: 'Record it in catalog-info.yaml',
          input: {
            annotations: '${{ steps.iac.output.annotations }}',
            listAnnotations: '${{ steps.iac.output.listAnnotations }}',
            links: '${{ steps.iac.output.links }}',
            removeAnnotations: '${{ steps.iac.output.supersededAnnotations }}',
          },
        },
      ],
    }),
  },
  {
    description:
      'A service that works off a queue, scaled by KEDA on the queue’s backlog',
    example: yaml.stringify({
      steps: [
        {
          id: 'iac',
          action: 'flexinfra:iac:generate',
          name: 'Write the Terraform module',
          input: {
            profile: 'container-service',
            name: 'invoice-worker',
            owner: 'group:default/payments',
            costCenter: 'CC-2100',
            cluster: 'acme-prod',
            image: 'ghcr.io/acme/invoice-worker:2.0.0',
            scaler: 'keda',
            queueName: 'invoice-requests',
            minReplicas: 1,
            maxReplicas: 30,
          },
        },
      ],
    }),
  },
  {
    description:
      'A managed PostgreSQL database, multi-AZ, in its own directory',
    example: yaml.stringify({
      steps: [
        {
          id: 'database',
          action: 'flexinfra:iac:generate',
          name: 'Write the database module',
          input: {
            profile: 'managed-database',
            name: 'orders-db',
            targetDir: 'infra/orders-db',
            owner: 'group:default/payments',
            costCenter: 'CC-2100',
            size: 'medium',
            engine: 'postgres',
            multiAz: true,
            backupRetentionDays: 14,
          },
        },
      ],
    }),
  },
  {
    description: 'A queue with a dead-letter queue',
    example: yaml.stringify({
      steps: [
        {
          id: 'queue',
          action: 'flexinfra:iac:generate',
          name: 'Write the queue module',
          input: {
            profile: 'queue',
            name: 'invoice-requests',
            owner: 'group:default/payments',
            costCenter: 'CC-2100',
            maxReceiveCount: 5,
          },
        },
      ],
    }),
  },
  {
    description:
      'An ephemeral preview environment that the workflow destroys after two days',
    example: yaml.stringify({
      steps: [
        {
          id: 'preview',
          action: 'flexinfra:iac:generate',
          name: 'Write the preview environment',
          input: {
            profile: 'preview-environment',
            name: 'orders-preview-checkout-v2',
            targetDir: 'infra/previews/orders-preview-checkout-v2',
            owner: 'group:default/payments',
            costCenter: 'CC-2100',
            cluster: 'acme-preview',
            image: 'ghcr.io/acme/orders:pr-118',
            ttlHours: 48,
          },
        },
      ],
    }),
  },
  {
    description:
      'Autoscaling and monitoring for a service already running on the cluster',
    example: yaml.stringify({
      steps: [
        {
          id: 'scaling',
          action: 'flexinfra:iac:generate',
          name: 'Write the autoscaling and monitoring module',
          input: {
            profile: 'autoscaling-observability',
            name: 'catalog-search',
            namespace: 'search',
            owner: 'group:default/search',
            costCenter: 'CC-3100',
            cluster: 'acme-prod',
            minReplicas: 2,
            maxReplicas: 12,
          },
        },
      ],
    }),
  },
];
