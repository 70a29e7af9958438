/**
 * The seed documents the model cites, by file name, with the title and
 * summary the seeds README gives them. Checks cite seeds by file name only;
 * the reference adds these so a reader knows what each file is.
 */
export interface SeedDocument {
  title: string;
  summary: string;
}

export const SEED_DOCUMENTS: Readonly<Record<string, SeedDocument>> =
  Object.freeze({
    '000_48502d184a14f5b9.txt': {
      title: 'DORA capability: Flexible Infrastructure',
      summary:
        "DORA's capability page: NIST's five characteristics of cloud computing, common pitfalls, the 1–4 self-assessment and the supporting practices (automate infrastructure management, on-demand self-service, monitor and optimise usage).",
    },
    '001_28f5f99caac4ef3d.txt': {
      title: 'Flexible infrastructure maturity card',
      summary:
        'A five-stage maturity card: Static & Constrained, Standardised but Rigid, Elastic & Programmable, Resilient & Optimised, Adaptive Platform, with the practices and outcomes of each.',
    },
    '002_390de89cb61d16ac.txt': {
      title: 'Infrastructure as Code',
      summary:
        'Changes as reviewed, tested code delivered by a pipeline; live state management.',
    },
    '003_952d86f69782f2e7.txt': {
      title: 'Scaling Infrastructure as Code',
      summary:
        'Rapid and reliable change, continuous delivery, small loosely coupled units.',
    },
    '004_7b34ff64586ebcd7.txt': {
      title: 'Infrastructure Operational Excellence',
      summary:
        'Reliability, performance and cost, security and compliance, a self-service catalog, and the metrics that show them (availability, MTTR, deployment frequency, lead time, change failure rate, utilisation, cost).',
    },
  });

/** Seed file names as they appear in free text, e.g. a dimension's source. */
export const SEED_FILE_PATTERN = /\b\d{3}_[0-9a-f]{16}\.txt\b/g;
