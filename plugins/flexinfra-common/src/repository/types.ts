/**
 * The repository analyzer's contract: what it reads a repository through,
 * what each detector sees and says, and the facts it produces. Pure types;
 * the analyzer does no I/O of its own (the caller lists and reads files).
 */

/**
 * One file of a repository listing.
 *
 * @public
 */
export interface RepositoryFileEntry {
  /** Relative to the repository root, `/`-separated, no leading `./` or `/`. */
  path: string;
  /** In bytes. */
  size: number;
}

/**
 * A repository as the analyzer reads it: a listing with sizes, and a reader
 * for the files it asks for. The CLI backs it with the file system, the
 * backend with Backstage's UrlReaderService, tests with memory.
 *
 * @public
 */
export interface RepositorySource {
  files: RepositoryFileEntry[];
  /** The content of one listed file. May reject; the analyzer reports it. */
  read(path: string): Promise<Uint8Array | string>;
}

/**
 * Bounds on what the analyzer reads: repository content is untrusted input.
 *
 * @public
 */
export interface AnalyzerLimits {
  /** Listed files considered at most (the rest are ignored, and said so). */
  maxFiles: number;
  /** A file larger than this is not read. */
  maxFileBytes: number;
  /** Bytes read per repository at most. */
  maxTotalBytes: number;
  /** YAML alias expansions per document at most (billion-laughs guard). */
  maxYamlAliases: number;
  /** Nesting depth of a parsed document at most. */
  maxDepth: number;
  /** YAML documents per file at most. */
  maxDocumentsPerFile: number;
}

/**
 * How a detector wants a file handed to it.
 *
 * @public
 */
export type ParseAs = 'yaml' | 'hcl' | 'json' | 'toml' | 'text';

/**
 * A file as a detector sees it, parsed once for every detector that wants
 * it. A file that does not parse never reaches a detector; the analyzer
 * reports it as a problem instead.
 *
 * @public
 */
export type ParsedFile =
  | {
      path: string;
      as: 'yaml';
      /** Every document of the file as plain JS (null for an empty one). */
      documents: unknown[];
    }
  | {
      path: string;
      as: 'hcl';
      /** The HCL body as JSON, in hcl2json's shape (blocks as arrays). */
      body: Record<string, unknown>;
    }
  | { path: string; as: 'json'; value: unknown }
  | { path: string; as: 'toml'; value: Record<string, unknown> }
  | { path: string; as: 'text'; text: string };

/**
 * The facts a repository can prove, one per concern of flexible
 * infrastructure. Checks read them as `facts.repository.<name>`.
 *
 * @public
 */
export type RepositoryFactName =
  /** Infrastructure as code: Terraform, Pulumi, CDK, CloudFormation, … */
  | 'iac'
  /** Declarative deployment on a shared platform: Kubernetes, Helm, Argo CD, … */
  | 'deployment'
  /** Autoscaling: HPA, KEDA, Knative, serverless, cloud autoscaling in IaC. */
  | 'autoscaling'
  /** A CI/CD pipeline. */
  | 'ci'
  /** Monitoring and alerting defined in the repository. */
  | 'monitoring'
  /** Runbooks. */
  | 'runbook'
  /** Several environments (variables files, workspaces, overlays). */
  | 'environments'
  /** Preview or ephemeral environments. */
  | 'previewEnvironments'
  /** Deployment to several regions. */
  | 'regions'
  /** Backups and retention. */
  | 'backups'
  /** Cost-attribution tags or labels. */
  | 'costAttribution'
  /** Redundancy: replicas ≥ 2, several zones, disruption budgets. */
  | 'redundancy'
  /** Documentation kept as code (TechDocs' mkdocs.yml and docs/). */
  | 'documentation';

/**
 * One piece of evidence a detector found in one file.
 *
 * @public
 */
export interface Finding {
  fact: RepositoryFactName;
  /**
   * What was found, as a stable lowercase id: `terraform`, `helm`, `hpa`,
   * `keda`, `github-actions`, `prometheus-rule`, …
   */
  kind: string;
  /** The same for people, e.g. "Terraform", "a HorizontalPodAutoscaler". */
  label: string;
  /** The file that proves it. */
  path: string;
  /**
   * Set when the thing is there but not in effect, saying why, e.g.
   * "autoscaling.enabled is false". A disabled finding proves nothing; the
   * fact's message says it was seen.
   */
  disabled?: string;
  /**
   * Set when the evidence is a platform's documented default rather than
   * something written in the file, e.g. "NAIS scales between 2 and 4
   * replicas unless told otherwise".
   */
  defaultApplies?: string;
  /**
   * Values the finding names, e.g. environment names for `environments`,
   * region names for `regions`.
   */
  values?: string[];
  /** For `ci`: the pipeline deploys (not only builds and tests). */
  deploys?: boolean;
  /** For `monitoring`: the file defines alerts, not only metrics or dashboards. */
  alerting?: boolean;
  /** For `autoscaling`: scaling follows demand signals (KEDA, serverless). */
  demandDriven?: boolean;
}

/**
 * What a detector sees: the files it wanted, parsed, and the whole listing.
 *
 * @public
 */
export interface DetectorInput {
  files: ParsedFile[];
  listing: RepositoryFileEntry[];
}

/**
 * One small unit per source of evidence: it says which files it reads and
 * what they prove. A new kind of file means a new detector, not a longer
 * `if` chain. Detectors are pure and synchronous and must not throw on any
 * parsed input (the analyzer reports a detector that does throw).
 *
 * @public
 */
export interface Detector {
  /** Names the detector in problems and tests, e.g. `terraform`. */
  id: string;
  /**
   * Whether (and how) the detector reads a listed file. Called for every
   * listed file: decide on the path alone, cheaply. `path` is as listed.
   */
  wants(path: string): ParseAs | undefined;
  /** The evidence in the files it wanted. */
  detect(input: DetectorInput): Finding[];
}

/**
 * A file the analyzer could not read or parse, or a limit it hit.
 *
 * @public
 */
export interface AnalysisProblem {
  /** The file, or `.` for the repository as a whole. */
  path: string;
  message: string;
}

/**
 * One fact as checks read it: `facts.repository.<name>.found` and friends.
 *
 * @public
 */
export interface RepositoryFact {
  /** True when at least one finding is in effect (not disabled). */
  found: boolean;
  /** The distinct kinds in effect, e.g. `['terraform', 'helm']`. */
  kinds: string[];
  /** The files that prove it, most telling first. */
  paths: string[];
  /**
   * A phrase naming what was found and where, for "Found …" and "Missing …"
   * messages: "Terraform in infra/main.tf and 4 more", or, when only
   * disabled evidence was seen, what and why it does not count.
   */
  message: string;
  /** Distinct values of the findings (environments, regions), lower case. */
  values: string[];
}

/**
 * What the analyzer found out about one repository: `facts.repository` to
 * the engine.
 *
 * @public
 */
export type RepositoryFacts = {
  /** The repository was read (false: see `error`). */
  analyzed: boolean;
  /** Why it could not be read, when it could not. */
  error?: string;
  /** Files that did not parse, limits hit; none of them stopped the analysis. */
  problems: AnalysisProblem[];
  /** Files listed and files read; bytes read. */
  stats: { filesListed: number; filesRead: number; bytesRead: number };
} & Record<RepositoryFactName, RepositoryFact> & {
    /** For `ci`: some pipeline deploys. */
    ciDeploys: boolean;
    /** For `monitoring`: some file defines alerts. */
    alerting: boolean;
    /** For `autoscaling`: scaling follows demand (KEDA, serverless). */
    demandDriven: boolean;
    /** Two or more distinct regions. */
    multiRegion: boolean;
  };
