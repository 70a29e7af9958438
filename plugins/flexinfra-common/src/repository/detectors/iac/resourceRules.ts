import type { Finding } from '../../types';
import type { Body } from './terraformFiles';

/** What one resource proves: a finding without its path. */
export type Evidence = Omit<Finding, 'path'>;

/**
 * What a resource of one type proves, read from its body (Terraform
 * arguments or CloudFormation properties); undefined when nothing.
 */
export type ResourceRule = (body: Body) => Evidence | Evidence[] | undefined;

/** A table of rules by resource type, e.g. `aws_lambda_function`. */
export type ResourceRules = Readonly<Record<string, ResourceRule>>;

/** The evidence a resource of a type gives under a table of rules. */
export function evidenceOf(
  rules: ResourceRules,
  type: string,
  body: Body,
  path: string,
): Finding[] {
  const rule = Object.prototype.hasOwnProperty.call(rules, type)
    ? rules[type]
    : undefined;
  if (!rule) {
    return [];
  }
  const evidence = rule(body) ?? [];
  const list = Array.isArray(evidence) ? evidence : [evidence];
  return list.map(item => ({ ...item, path }));
}

/** One rule for several resource types. */
export function sameRule(
  types: readonly string[],
  rule: ResourceRule,
): Record<string, ResourceRule> {
  return Object.fromEntries(types.map(type => [type, rule]));
}
