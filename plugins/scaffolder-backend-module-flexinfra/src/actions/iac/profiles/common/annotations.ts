/**
 * The `flexinfra.io/*` annotations that a module's Terraform answers for
 * every profile: how the entity is provisioned, with which tool, and where
 * the code lives. FlexInfra reads the repository, so once the module is
 * merged these are proven by the files; an old value (say,
 * `flexinfra.io/provisioning: ticket`) would only contradict them.
 */
export const IAC_DECLARATIONS = [
  'flexinfra.io/provisioning',
  'flexinfra.io/iac-tool',
  'flexinfra.io/iac-location',
] as const;

/** Tagged on every resource of every module (local.tags). */
export const COST_CENTER_DECLARATION = 'flexinfra.io/cost-center';

/** Answered by a module's autoscaler (HPA or KEDA ScaledObject). */
export const AUTOSCALING_DECLARATION = 'flexinfra.io/autoscaling';
