import { ownerLabel, validateGenerateInput } from './validateInput';

const VALID = {
  profile: 'container-service',
  name: 'orders',
  owner: 'group:default/payments',
  costCenter: 'CC-2100',
  cluster: 'acme-prod',
  image: 'ghcr.io/acme/orders:1.4.2',
};

function problemsOf(input: Record<string, unknown>): string {
  try {
    validateGenerateInput(input);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('expected the input to be refused');
}

describe('validateGenerateInput', () => {
  it('fills in defaults', () => {
    expect(validateGenerateInput(VALID)).toEqual({
      ...VALID,
      targetDir: 'infra/orders',
      ownerLabel: 'payments',
      region: 'eu-west-1',
      environment: 'production',
      size: 'small',
      namespace: 'orders',
      port: 8080,
      healthCheckPath: '/healthz',
      minReplicas: 2,
      maxReplicas: 10,
      targetCpuUtilization: 70,
      scaler: 'hpa',
      engine: 'postgres',
      multiAz: true,
      backupRetentionDays: 7,
      maxReceiveCount: 5,
      visibilityTimeoutSeconds: 30,
      ttlHours: 72,
    });
  });

  it('treats blank strings as not given and accepts numbers and booleans as strings, as template parameters may render them', () => {
    const spec = validateGenerateInput({
      ...VALID,
      region: '',
      alertEmail: ' ',
      minReplicas: '3',
      multiAz: 'false',
    });
    expect(spec.region).toBe('eu-west-1');
    expect(spec.alertEmail).toBeUndefined();
    expect(spec.minReplicas).toBe(3);
    expect(spec.multiAz).toBe(false);
  });

  it('names every invalid field at once, with the value given', () => {
    const message = problemsOf({
      ...VALID,
      name: 'Orders_Service',
      size: 'huge',
      region: 'mars-north-1',
      costCenter: 'CC 2100',
      minReplicas: 0,
    });
    expect(message).toMatch(/^Invalid input to flexinfra:iac:generate: /);
    expect(message).toContain(
      'name (got "Orders_Service") must be a lowercase DNS label',
    );
    expect(message).toContain(
      'size (got "huge") must be one of small, medium, large',
    );
    expect(message).toContain('region (got "mars-north-1") must be one of');
    expect(message).toContain('costCenter (got "CC 2100") must be 1-63');
    expect(message).toContain('minReplicas (got 0) must be at least 1');
  });

  it.each([
    [{ name: undefined }, 'name is required'],
    [{ profile: 'lambda' }, 'profile (got "lambda") must be one of'],
    [{ name: 'a'.repeat(64) }, 'must be a lowercase DNS label'],
    [{ name: '1orders' }, 'must be a lowercase DNS label'],
    [{ maxReplicas: 500 }, 'maxReplicas (got 500) must be at most 100'],
    [{ minReplicas: 1.5 }, 'minReplicas (got 1.5) must be a whole number'],
    [
      { image: 'not an image' },
      'image (got "not an image") must be a container image',
    ],
    [
      { alertEmail: 'nobody' },
      'alertEmail (got "nobody") must be an e-mail address',
    ],
  ])('refuses %j', (change, expected) => {
    expect(problemsOf({ ...VALID, ...change })).toContain(expected);
  });

  it('checks what depends on the profile or on several fields', () => {
    expect(problemsOf({ ...VALID, minReplicas: 5, maxReplicas: 3 })).toContain(
      'maxReplicas (3) must be at least minReplicas (5)',
    );
    expect(problemsOf({ ...VALID, scaler: 'keda' })).toContain(
      'queueName is required with scaler keda',
    );
    expect(problemsOf({ ...VALID, cluster: undefined })).toContain(
      'cluster is required for profile container-service',
    );
    expect(
      problemsOf({ ...VALID, profile: 'preview-environment', image: '' }),
    ).toContain('image is required for profile preview-environment');
    // A database needs neither a cluster nor an image.
    expect(
      validateGenerateInput({
        profile: 'managed-database',
        name: 'orders-db',
        owner: 'group:default/payments',
        costCenter: 'CC-2100',
      }).profile,
    ).toBe('managed-database');
  });

  it('refuses target directories that are absolute or lead out of the workspace', () => {
    expect(problemsOf({ ...VALID, targetDir: '/etc/infra' })).toContain(
      'targetDir "/etc/infra" is absolute',
    );
    expect(problemsOf({ ...VALID, targetDir: '../outside' })).toContain(
      'targetDir "../outside" leads out of the workspace',
    );
    expect(problemsOf({ ...VALID, targetDir: 'infra/../../x' })).toContain(
      'leads out of the workspace',
    );
    expect(problemsOf({ ...VALID, targetDir: './' })).toContain(
      'is the workspace root',
    );
    expect(problemsOf({ ...VALID, targetDir: 'infra/my dir' })).toContain(
      'must be a relative path of letters',
    );
  });

  it('normalises the target directory', () => {
    expect(
      validateGenerateInput({ ...VALID, targetDir: './services/orders/infra/' })
        .targetDir,
    ).toBe('services/orders/infra');
  });
});

describe('ownerLabel', () => {
  it('is the name of the owner reference, as a Kubernetes label value', () => {
    expect(ownerLabel('group:default/payments')).toBe('payments');
    expect(ownerLabel('user:jane.doe')).toBe('jane.doe');
    expect(ownerLabel('payments')).toBe('payments');
    expect(ownerLabel('team@acme')).toBe('team-acme');
  });
});
