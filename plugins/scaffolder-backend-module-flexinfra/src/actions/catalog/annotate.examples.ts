import { TemplateExample } from '@backstage/plugin-scaffolder-node';
import yaml from 'yaml';

export const examples: TemplateExample[] = [
  {
    description:
      'Record which infrastructure-as-code tool provisions the service, in the catalog-info.yaml at the root of the workspace',
    example: yaml.stringify({
      steps: [
        {
          id: 'annotate',
          action: 'flexinfra:catalog:annotate',
          name: 'Add the FlexInfra IaC annotation',
          input: {
            annotations: {
              'flexinfra.io/iac-tool': 'terraform',
            },
          },
        },
      ],
    }),
  },
  {
    description:
      'Annotate one entity of a multi-document file, link its runbook and declare the database it depends on',
    example: yaml.stringify({
      steps: [
        {
          id: 'annotate',
          action: 'flexinfra:catalog:annotate',
          name: 'Add what the FlexInfra scorecard asks for',
          input: {
            filePath: 'services/orders/catalog-info.yaml',
            entityRef: 'component:default/orders',
            annotations: {
              'flexinfra.io/iac-tool': 'terraform',
              'backstage.io/techdocs-ref': 'dir:.',
            },
            links: [
              {
                url: 'https://runbooks.example.com/orders',
                title: 'Runbook',
                type: 'runbook',
                icon: 'docs',
              },
            ],
            dependsOn: ['resource:default/orders-db'],
          },
        },
      ],
    }),
  },
  {
    description:
      'Replace an annotation value that is already set, and add a label',
    example: yaml.stringify({
      steps: [
        {
          id: 'annotate',
          action: 'flexinfra:catalog:annotate',
          name: 'Switch the IaC tool to OpenTofu',
          input: {
            annotations: {
              'flexinfra.io/iac-tool': 'opentofu',
            },
            labels: {
              'flexinfra.io/tier': 'critical',
            },
            overwrite: true,
          },
        },
      ],
    }),
  },
];
