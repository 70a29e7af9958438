/**
 * What a dimension measures, and where that comes from.
 *
 * @public
 */
export interface Dimension {
  id: DimensionId;
  title: string;
  description: string;
  /** The documents the dimension is taken from, by id (see SOURCE_DOCUMENTS). */
  sources: string[];
}

/**
 * Identifiers of the seven dimensions a score is broken down into.
 *
 * @public
 */
export type DimensionId =
  | 'on-demand-self-service'
  | 'broad-network-access'
  | 'resource-pooling'
  | 'rapid-elasticity'
  | 'measured-service'
  | 'infrastructure-as-code'
  | 'operational-excellence';

const NIST = ['nist-sp-800-145', 'dora-flexible-infrastructure'];

/**
 * NIST's five essential characteristics of cloud computing, plus
 * infrastructure as code and operational excellence.
 *
 * @public
 */
export const DIMENSIONS: readonly Dimension[] = Object.freeze([
  {
    id: 'on-demand-self-service',
    title: 'On-demand self-service',
    description:
      'Teams provision and change what they need themselves, without tickets or hand-offs.',
    sources: NIST,
  },
  {
    id: 'broad-network-access',
    title: 'Broad network access',
    description:
      'Capabilities are reachable over the network through standard interfaces and APIs.',
    sources: NIST,
  },
  {
    id: 'resource-pooling',
    title: 'Resource pooling',
    description:
      'Workloads run on shared, pooled platforms rather than dedicated hand-built machines.',
    sources: NIST,
  },
  {
    id: 'rapid-elasticity',
    title: 'Rapid elasticity',
    description:
      'Capacity scales out and in with demand, automatically where possible.',
    sources: NIST,
  },
  {
    id: 'measured-service',
    title: 'Measured service',
    description:
      'Usage, performance and cost are monitored and visible to the owning team.',
    sources: NIST,
  },
  {
    id: 'infrastructure-as-code',
    title: 'Infrastructure as code',
    description:
      'Infrastructure changes are reviewed, tested code delivered by a pipeline, with a live source of state.',
    sources: ['infrastructure-as-code', 'scaling-infrastructure-as-code'],
  },
  {
    id: 'operational-excellence',
    title: 'Operational excellence',
    description:
      'Reliability, security and compliance, and cost visibility are built in and owned.',
    sources: ['infrastructure-operational-excellence'],
  },
] as const);
