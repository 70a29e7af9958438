/**
 * What a dimension measures, and where that comes from.
 *
 * @public
 */
export interface Dimension {
  id: DimensionId;
  title: string;
  description: string;
  /** The seed document the dimension is taken from. */
  source: string;
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

const NIST = '000_48502d184a14f5b9.txt (NIST SP 800-145, via DORA)';

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
    source: NIST,
  },
  {
    id: 'broad-network-access',
    title: 'Broad network access',
    description:
      'Capabilities are reachable over the network through standard interfaces and APIs.',
    source: NIST,
  },
  {
    id: 'resource-pooling',
    title: 'Resource pooling',
    description:
      'Workloads run on shared, pooled platforms rather than dedicated hand-built machines.',
    source: NIST,
  },
  {
    id: 'rapid-elasticity',
    title: 'Rapid elasticity',
    description:
      'Capacity scales out and in with demand, automatically where possible.',
    source: NIST,
  },
  {
    id: 'measured-service',
    title: 'Measured service',
    description:
      'Usage, performance and cost are monitored and visible to the owning team.',
    source: NIST,
  },
  {
    id: 'infrastructure-as-code',
    title: 'Infrastructure as code',
    description:
      'Infrastructure changes are reviewed, tested code delivered by a pipeline, with a live source of state.',
    source: '002_390de89cb61d16ac.txt, 003_952d86f69782f2e7.txt',
  },
  {
    id: 'operational-excellence',
    title: 'Operational excellence',
    description:
      'Reliability, security and compliance, and cost visibility are built in and owned.',
    source: '004_7b34ff64586ebcd7.txt',
  },
] as const);
