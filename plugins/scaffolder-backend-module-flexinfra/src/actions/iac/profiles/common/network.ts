import { attr, attrs, block, data, HclNode, ref } from '../../hcl/hcl';
import { VariableSpec } from '../types';

export const networkVariables: VariableSpec[] = [
  {
    name: 'network',
    type: 'string',
    description:
      'The shared VPC, found by its tag flexinfra.io/network; its subnets tagged flexinfra.io/subnet-tier = private hold the resources.',
    default: 'shared',
  },
];

/** The platform's shared VPC and its private subnets, found by tag. */
export function sharedNetwork(): HclNode[] {
  return [
    data('aws_vpc', 'shared', [
      attr('tags', { 'flexinfra.io/network': ref('var.network') }),
    ]),
    data('aws_subnets', 'private', [
      attr('tags', { 'flexinfra.io/subnet-tier': 'private' }),
      block(
        'filter',
        [],
        attrs({ name: 'vpc-id', values: ref('[data.aws_vpc.shared.id]') }),
      ),
    ]),
  ];
}
