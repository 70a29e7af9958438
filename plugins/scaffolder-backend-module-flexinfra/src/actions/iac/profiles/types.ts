import type { HclNode, HclValue } from '../hcl/hcl';

/** The infrastructure profiles `flexinfra:iac:generate` can write. */
export const PROFILES = [
  'container-service',
  'managed-database',
  'queue',
  'preview-environment',
  'autoscaling-observability',
] as const;
export type ProfileId = (typeof PROFILES)[number];

/** The AWS regions a module may target. */
export const REGIONS = [
  'eu-west-1',
  'eu-west-2',
  'eu-west-3',
  'eu-central-1',
  'eu-north-1',
  'us-east-1',
  'us-east-2',
  'us-west-2',
  'ca-central-1',
  'ap-southeast-1',
  'ap-southeast-2',
  'ap-northeast-1',
] as const;
export type Region = (typeof REGIONS)[number];

export const SIZES = ['small', 'medium', 'large'] as const;
export type Size = (typeof SIZES)[number];

export const ENVIRONMENTS = ['production', 'staging', 'development'] as const;
export type Environment = (typeof ENVIRONMENTS)[number];

export const SCALERS = ['hpa', 'keda'] as const;
export type Scaler = (typeof SCALERS)[number];

export const DATABASE_ENGINES = ['postgres', 'mysql'] as const;
export type DatabaseEngine = (typeof DATABASE_ENGINES)[number];

/** What every profile gets: the validated input, defaults filled in. */
export interface ModuleSpec {
  profile: ProfileId;
  /** Lowercase DNS label naming the module's resources. */
  name: string;
  /** Workspace-relative directory of the module, without trailing slash. */
  targetDir: string;
  /** The owner as given, e.g. group:default/payments (AWS tag value). */
  owner: string;
  /** The owner as a Kubernetes label value, e.g. payments. */
  ownerLabel: string;
  costCenter: string;
  region: Region;
  environment: Environment;
  size: Size;
  alertEmail?: string;
  /** The shared EKS cluster (Kubernetes profiles). */
  cluster?: string;
  namespace?: string;
  image?: string;
  port: number;
  healthCheckPath: string;
  minReplicas: number;
  maxReplicas: number;
  targetCpuUtilization: number;
  scaler: Scaler;
  /** The SQS queue whose backlog KEDA scales on. */
  queueName?: string;
  engine: DatabaseEngine;
  multiAz: boolean;
  backupRetentionDays: number;
  maxReceiveCount: number;
  visibilityTimeoutSeconds: number;
  ttlHours: number;
}

/** A Terraform input variable, with the value the module is generated for. */
export interface VariableSpec {
  name: string;
  /** HCL type expression, e.g. `string` or `list(string)`. */
  type: string;
  description: string;
  /** Written to terraform.tfvars; undefined leaves the variable's default. */
  value?: HclValue;
  default?: HclValue;
  sensitive?: boolean;
  validations?: Array<{ condition: string; message: string }>;
}

export interface OutputSpec {
  name: string;
  description: string;
  value: string;
}

export type Provider = 'aws' | 'kubernetes' | 'time';

/** A link for the entity's metadata.links. */
export interface EntityLinkSpec {
  url: string;
  title: string;
  type: string;
  icon?: string;
}

/** What a profile contributes; the common files are built around it. */
export interface ProfileModule {
  /** One sentence for the module's README. */
  summary: string;
  providers: Provider[];
  /** Uses the shared EKS cluster: adds its data sources and provider. */
  kubernetes: boolean;
  variables: VariableSpec[];
  /** Terraform files by name (main.tf, monitoring.tf, …). */
  files: Record<string, HclNode[]>;
  outputs: OutputSpec[];
  /** Notes for the README: how it scales, what alerts, what to check. */
  notes: string[];
  /**
   * Annotations for the catalog entity that no file of the module proves
   * to FlexInfra's repository analyzer: standard ones other Backstage
   * plugins read (backstage.io/kubernetes-id), and declarations about
   * things outside the repository.
   */
  annotations: Record<string, string>;
  /** Items for comma-separated list annotations (flexinfra.io/environments). */
  listAnnotations: Record<string, string[]>;
  /**
   * `flexinfra.io/*` annotations the module's files now answer (Terraform,
   * an autoscaler, cost-centre tags): an entity should not declare them
   * any more, or a stale value would contradict its repository.
   */
  superseded: string[];
  links: EntityLinkSpec[];
  /** The preview environment's workflow also destroys it when it expires. */
  expires: boolean;
}

/** A file of the generated module, relative to the workspace. */
export interface GeneratedFile {
  path: string;
  content: string;
}
