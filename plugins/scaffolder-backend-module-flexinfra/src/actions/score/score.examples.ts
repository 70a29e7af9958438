import { TemplateExample } from '@backstage/plugin-scaffolder-node';
import yaml from 'yaml';

export const examples: TemplateExample[] = [
  {
    description:
      'Gate a new service: fail the template unless its catalog-info.yaml reaches stage 3 (Elastic & Programmable)',
    example: yaml.stringify({
      steps: [
        {
          id: 'score',
          action: 'flexinfra:score',
          name: 'Check the service starts at stage 3',
          input: {
            catalogInfoPath: 'catalog-info.yaml',
            minStage: 3,
          },
        },
      ],
    }),
  },
  {
    description:
      'Score an entity of the catalog and show its stage in the template output',
    example: yaml.stringify({
      steps: [
        {
          id: 'score',
          action: 'flexinfra:score',
          name: 'Score the service',
          input: {
            entityRef: 'component:default/orders',
          },
        },
      ],
      output: {
        text: [
          {
            title: 'FlexInfra stage',
            content:
              '${{ steps.score.output.stage }} (${{ steps.score.output.stageName }}), score ${{ steps.score.output.score }}',
          },
        ],
      },
    }),
  },
  {
    description:
      'Check that the changes of a template make the checks it promises pass, in one entity of a multi-document file',
    example: yaml.stringify({
      steps: [
        {
          id: 'score',
          action: 'flexinfra:score',
          name: 'Check the infrastructure checks pass',
          input: {
            catalogInfoPath: 'services/orders/catalog-info.yaml',
            entityRef: 'component:default/orders',
            requireChecks: ['iac-managed', 'iac-location'],
          },
        },
      ],
    }),
  },
];
