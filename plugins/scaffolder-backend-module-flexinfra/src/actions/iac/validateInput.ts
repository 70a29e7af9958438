import { parseEntityRef } from '@backstage/catalog-model';
import { isAbsolute, posix } from 'node:path';
import { z } from 'zod';
import {
  DATABASE_ENGINES,
  ENVIRONMENTS,
  ModuleSpec,
  PROFILES,
  REGIONS,
  SCALERS,
  SIZES,
} from './profiles/types';

const DNS_LABEL = /^[a-z]([-a-z0-9]{0,61}[a-z0-9])?$/;
const DNS_LABEL_RULE =
  'a lowercase DNS label: 1-63 lowercase letters, digits and "-", starting with a letter and ending with a letter or digit';
const LABEL_VALUE = /^[A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?$/;
const TARGET_DIR_SEGMENT = /^[A-Za-z0-9_][A-Za-z0-9._-]*$/;
const IMAGE =
  /^[a-z0-9]+([._-][a-z0-9]+)*(:[0-9]+)?(\/[a-z0-9]+([._-][a-z0-9]+)*)*(:[A-Za-z0-9_][A-Za-z0-9_.-]{0,127})?(@sha256:[a-f0-9]{64})?$/;

/** Template parameters may arrive as strings; blanks mean "not given". */
function blankToUndefined(value: unknown): unknown {
  return typeof value === 'string' && value.trim() === '' ? undefined : value;
}

function numeric(value: unknown): unknown {
  const given = blankToUndefined(value);
  return typeof given === 'string' && /^-?\d+$/.test(given.trim())
    ? Number(given)
    : given;
}

const optionalString = (schema: z.ZodString) =>
  z.preprocess(blankToUndefined, schema.optional());

const integer = (min: number, max: number, fallback: number) =>
  z.preprocess(
    numeric,
    z
      .number({ message: `must be a whole number from ${min} to ${max}` })
      .int({ message: `must be a whole number from ${min} to ${max}` })
      .min(min, { message: `must be at least ${min}` })
      .max(max, { message: `must be at most ${max}` })
      .default(fallback),
  );

const oneOf = <T extends readonly [string, ...string[]]>(
  values: T,
  fallback: T[number],
) =>
  z.preprocess(
    blankToUndefined,
    z
      .enum(values, { message: `must be one of ${values.join(', ')}` })
      .default(fallback),
  );

const booleanWithDefault = (fallback: boolean) =>
  z.preprocess(value => {
    const given = blankToUndefined(value);
    if (given === 'true' || given === 'false') {
      return given === 'true';
    }
    return given;
  }, z.boolean({ message: 'must be true or false' }).default(fallback));

const inputSchema = z.object({
  profile: z.enum(PROFILES, {
    message: `must be one of ${PROFILES.join(', ')}`,
  }),
  name: z
    .string({ message: 'is required' })
    .regex(DNS_LABEL, { message: `must be ${DNS_LABEL_RULE}` }),
  targetDir: optionalString(z.string()),
  owner: z
    .string({ message: 'is required' })
    .regex(/^[A-Za-z0-9:/._@+=-]{1,128}$/, {
      message:
        'must be the owning team, e.g. group:default/payments (letters, digits and : / . _ @ + = -, at most 128)',
    }),
  costCenter: z.string({ message: 'is required' }).regex(LABEL_VALUE, {
    message:
      'must be 1-63 letters, digits, "-", "_" or ".", starting and ending with a letter or digit, e.g. CC-2100',
  }),
  region: oneOf(REGIONS, 'eu-west-1'),
  environment: oneOf(ENVIRONMENTS, 'production'),
  size: oneOf(SIZES, 'small'),
  alertEmail: optionalString(
    z.string().regex(/^[^@\s]+@[^@\s]+\.[^@\s]+$/, {
      message: 'must be an e-mail address',
    }),
  ),
  cluster: optionalString(
    z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_-]{0,99}$/, {
      message: 'must be an EKS cluster name (letters, digits, "-" and "_")',
    }),
  ),
  namespace: optionalString(
    z.string().regex(DNS_LABEL, { message: `must be ${DNS_LABEL_RULE}` }),
  ),
  image: optionalString(
    z.string().regex(IMAGE, {
      message:
        'must be a container image reference, e.g. ghcr.io/acme/orders:1.4.2',
    }),
  ),
  port: integer(1, 65535, 8080),
  healthCheckPath: optionalString(
    z.string().regex(/^\/[A-Za-z0-9/._~-]*$/, {
      message: 'must be an HTTP path starting with /',
    }),
  ),
  minReplicas: integer(1, 50, 2),
  maxReplicas: integer(1, 100, 10),
  targetCpuUtilization: integer(10, 95, 70),
  scaler: oneOf(SCALERS, 'hpa'),
  queueName: optionalString(
    z.string().regex(/^[A-Za-z0-9_-]{1,80}$/, {
      message: 'must be an SQS queue name: 1-80 letters, digits, "-" and "_"',
    }),
  ),
  engine: oneOf(DATABASE_ENGINES, 'postgres'),
  multiAz: booleanWithDefault(true),
  backupRetentionDays: integer(1, 35, 7),
  maxReceiveCount: integer(1, 1000, 5),
  visibilityTimeoutSeconds: integer(0, 43200, 30),
  ttlHours: integer(1, 336, 72),
});

type ParsedInput = z.infer<typeof inputSchema>;

const KUBERNETES_PROFILES = [
  'container-service',
  'preview-environment',
  'autoscaling-observability',
];
const AUTOSCALED_PROFILES = ['container-service', 'autoscaling-observability'];
const IMAGE_PROFILES = ['container-service', 'preview-environment'];

/** Requirements that depend on the profile or on several fields. */
function profileProblems(input: ParsedInput): string[] {
  const problems: string[] = [];
  if (KUBERNETES_PROFILES.includes(input.profile) && !input.cluster) {
    problems.push(
      `cluster is required for profile ${input.profile}: the shared EKS cluster the workload runs on`,
    );
  }
  if (IMAGE_PROFILES.includes(input.profile) && !input.image) {
    problems.push(
      `image is required for profile ${input.profile}: the container image to run`,
    );
  }
  if (AUTOSCALED_PROFILES.includes(input.profile)) {
    if (input.maxReplicas < input.minReplicas) {
      problems.push(
        `maxReplicas (${input.maxReplicas}) must be at least minReplicas (${input.minReplicas})`,
      );
    }
    if (input.scaler === 'keda' && !input.queueName) {
      problems.push(
        'queueName is required with scaler keda: KEDA scales on the backlog of that SQS queue (choose scaler hpa to scale on CPU)',
      );
    }
  }
  if (input.targetDir !== undefined) {
    problems.push(...targetDirProblems(input.targetDir));
  }
  return problems;
}

/** `./services/orders/infra/` → `services/orders/infra`. */
function normalizeTargetDir(targetDir: string): string {
  return posix.normalize(targetDir).replace(/\/+$/, '');
}

function targetDirProblems(targetDir: string): string[] {
  if (isAbsolute(targetDir) || /^[A-Za-z]:[\\/]/.test(targetDir)) {
    return [
      `targetDir ${JSON.stringify(
        targetDir,
      )} is absolute; give a directory relative to the workspace, e.g. infra/orders`,
    ];
  }
  const normal = normalizeTargetDir(targetDir);
  const segments = normal.split('/');
  if (segments.includes('..')) {
    return [
      `targetDir ${JSON.stringify(targetDir)} leads out of the workspace`,
    ];
  }
  if (normal === '.') {
    return [
      `targetDir ${JSON.stringify(
        targetDir,
      )} is the workspace root; give a directory below it, e.g. infra/orders`,
    ];
  }
  if (!segments.every(segment => TARGET_DIR_SEGMENT.test(segment))) {
    return [
      `targetDir ${JSON.stringify(
        targetDir,
      )} must be a relative path of letters, digits, ".", "_" and "-", e.g. infra/orders`,
    ];
  }
  return [];
}

/** The owner as a Kubernetes label value: the name of the owner reference. */
export function ownerLabel(owner: string): string {
  let name = owner;
  try {
    name = parseEntityRef(owner, { defaultKind: 'group' }).name;
  } catch {
    // Not an entity reference; use it as it is.
  }
  const label = name
    .replace(/[^A-Za-z0-9_.-]/g, '-')
    .slice(0, 63)
    .replace(/^[^A-Za-z0-9]+|[^A-Za-z0-9]+$/g, '');
  return label || 'unknown';
}

/**
 * Checks the input of `flexinfra:iac:generate` and fills in defaults.
 *
 * @throws an error naming every invalid field at once
 */
export function validateGenerateInput(input: unknown): ModuleSpec {
  const result = inputSchema.safeParse(input ?? {});
  if (!result.success) {
    const problems = result.error.issues.map(issue => {
      const field = issue.path.join('.') || 'input';
      const given = (input as Record<string, unknown> | undefined)?.[field];
      const shown =
        given === undefined || typeof given === 'object'
          ? ''
          : ` (got ${JSON.stringify(given)})`;
      return `${field}${shown} ${issue.message}`;
    });
    throw new Error(
      `Invalid input to flexinfra:iac:generate: ${problems.join('; ')}`,
    );
  }
  const parsed = result.data;
  const problems = profileProblems(parsed);
  if (problems.length > 0) {
    throw new Error(
      `Invalid input to flexinfra:iac:generate: ${problems.join('; ')}`,
    );
  }
  return {
    ...parsed,
    targetDir: normalizeTargetDir(parsed.targetDir ?? `infra/${parsed.name}`),
    ownerLabel: ownerLabel(parsed.owner),
    namespace: parsed.namespace ?? parsed.name,
    healthCheckPath: parsed.healthCheckPath ?? '/healthz',
  };
}
