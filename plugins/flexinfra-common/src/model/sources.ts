/**
 * A document the maturity model cites, by its public title and, where the
 * document names one, its public address.
 *
 * @public
 */
export interface SourceDocument {
  /** Stable id that checks and dimensions cite, e.g. `dora-flexible-infrastructure`. */
  id: string;
  /** The document's public title. */
  title: string;
  /** Who published it, as the document says. */
  publisher: string;
  /** Its public address, when the document names one; null otherwise. */
  url: string | null;
  /** What FlexInfra takes from it. */
  summary: string;
}

/**
 * The documents FlexInfra's model comes from. Checks cite them by id in
 * `sources`; an adopter's own checks may cite an `https://` address instead.
 *
 * @public
 */
export const SOURCE_DOCUMENTS: readonly SourceDocument[] = Object.freeze([
  {
    id: 'dora-flexible-infrastructure',
    title: 'Flexible Infrastructure',
    publisher: 'DORA',
    url: 'https://dora.dev/capabilities/flexible-infrastructure/',
    summary:
      "NIST's five characteristics of cloud computing, common pitfalls, the 1–4 self-assessment and the supporting practices: automate infrastructure management, on-demand self-service, monitor and optimise usage.",
  },
  {
    id: 'nist-sp-800-145',
    title: 'The NIST Definition of Cloud Computing (SP 800-145)',
    publisher: 'National Institute of Standards and Technology',
    url: 'https://nvlpubs.nist.gov/nistpubs/Legacy/SP/nistspecialpublication800-145.pdf',
    summary:
      'The five essential characteristics: on-demand self-service, broad network access, resource pooling, rapid elasticity and measured service.',
  },
  {
    id: 'flexible-infrastructure-maturity-card',
    title: 'Flexible Infrastructure: maturity card (Platform & Architecture)',
    publisher: 'DORA capability maturity card',
    url: null,
    summary:
      'Five stages — Static & Constrained, Standardised but Rigid, Elastic & Programmable, Resilient & Optimised, Adaptive Platform — with the practices and outcomes of each.',
  },
  {
    id: 'infrastructure-as-code',
    title: 'Infrastructure as Code',
    publisher: 'Reflex documentation',
    url: null,
    summary:
      'Infrastructure changes as tested, reviewed code merged and delivered by a pipeline; live state management.',
  },
  {
    id: 'scaling-infrastructure-as-code',
    title: 'Scaling Infrastructure as Code',
    publisher:
      'blog post by the author of the book "Infrastructure as Code", 5 December 2016',
    url: null,
    summary:
      'Rapid and reliable change through continuous delivery and small, loosely coupled units of infrastructure code.',
  },
  {
    id: 'infrastructure-operational-excellence',
    title: 'Infrastructure Operational Excellence',
    publisher: 'infrastructure-as-code operational excellence framework',
    url: null,
    summary:
      'Reliability, performance and cost, security and compliance, a self-service catalog, and the metrics that show them (availability, MTTR, deployment frequency, lead time, change failure rate, utilisation, cost).',
  },
]);

const byId = new Map(SOURCE_DOCUMENTS.map(source => [source.id, source]));

/**
 * The document a citation names: a built-in source by id, or an adopter's
 * `https://` address, cited as itself.
 *
 * @public
 */
export function resolveSource(citation: string): SourceDocument | undefined {
  const known = byId.get(citation);
  if (known) {
    return known;
  }
  if (/^https:\/\/\S+$/.test(citation)) {
    return {
      id: citation,
      title: citation,
      publisher: '',
      url: citation,
      summary: '',
    };
  }
  return undefined;
}
