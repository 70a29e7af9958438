import { TemplateExample } from '@backstage/plugin-scaffolder-node';
import yaml from 'yaml';

export const examples: TemplateExample[] = [
  {
    description:
      'Fetch the catalog file of the entity the user picked, annotate it, and propose the change as a pull request to its repository',
    example: yaml.stringify({
      parameters: [
        {
          title: 'Service',
          required: ['entityRef'],
          properties: {
            entityRef: {
              title: 'Service',
              type: 'string',
              'ui:field': 'EntityPicker',
              'ui:options': { catalogFilter: [{ kind: 'Component' }] },
            },
          },
        },
      ],
      steps: [
        {
          id: 'checkout',
          action: 'flexinfra:catalog:checkout',
          name: 'Fetch its catalog-info.yaml',
          input: { entityRef: '${{ parameters.entityRef }}' },
        },
        {
          id: 'annotate',
          action: 'flexinfra:catalog:annotate',
          name: 'Add the runbook link',
          input: {
            filePath: '${{ steps.checkout.output.catalogInfoPath }}',
            entityRef: '${{ steps.checkout.output.entityRef }}',
            links: [
              {
                url: 'https://runbooks.example.com/orders',
                title: 'Runbook',
                type: 'runbook',
              },
            ],
          },
        },
        {
          id: 'pr',
          action: 'publish:github:pull-request',
          name: 'Open a pull request',
          input: {
            repoUrl: '${{ steps.checkout.output.repoUrl }}',
            targetBranchName: '${{ steps.checkout.output.branch }}',
            branchName: 'flexinfra/runbook',
            title: 'Link the runbook',
            description: 'Added by the FlexInfra runbook template.',
          },
        },
      ],
    }),
  },
];
