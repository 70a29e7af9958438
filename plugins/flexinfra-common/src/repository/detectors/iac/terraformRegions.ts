import type { Detector, Finding } from '../../types';
import { fileName } from '../shared/findings';
import {
  isBody,
  literalString,
  oneLabelBlocks,
  resourcesOf,
  terraformFilesIn,
  wantsTerraformConfiguration,
  wantsTerraformVariables,
  type Body,
} from './terraformFiles';

/** Providers whose `region` argument names where they deploy. */
const REGIONAL_PROVIDERS = new Set(['aws', 'google', 'google-beta']);

/**
 * Variable names that hold a region: `region`, `location`, `aws_region`,
 * `primary_region`, `gcp_location`, … and `regions` for a list of them.
 */
const REGION_VARIABLE = /^(([a-z0-9]+_)*(region|location)s?)$/;

/** Values that sit where a region goes without naming one. */
const NOT_REGIONS = new Set(['global']);

/**
 * A literal region name, lower case; Azure's display names (`West
 * Europe`) are written without spaces (`westeurope`), as Azure accepts
 * both. Expressions (`var.region`) are not region names.
 */
function regionName(value: unknown): string | undefined {
  const literal = literalString(value);
  if (literal === undefined) {
    return undefined;
  }
  const name = literal.trim().toLocaleLowerCase('en-US').replace(/\s+/g, '');
  return /^[a-z][a-z0-9-]{1,30}[0-9a-z]$/.test(name) && !NOT_REGIONS.has(name)
    ? name
    : undefined;
}

/** Region names of a value that is one name or a list of them. */
function regionNames(value: unknown): string[] {
  const list = Array.isArray(value) ? value : [value];
  return list.map(regionName).filter((name): name is string => !!name);
}

function finding(
  path: string,
  kind: string,
  label: string,
  values: string[],
): Finding[] {
  return values.length > 0
    ? [{ fact: 'regions', kind, label, path, values }]
    : [];
}

/** Region assignments in a map of variable values (tfvars, Terragrunt `inputs`). */
function regionsOfValues(values: Body): string[] {
  return Object.entries(values)
    .filter(([name]) => REGION_VARIABLE.test(name))
    .flatMap(([, value]) => regionNames(value));
}

function regionsOfConfiguration(path: string, body: Body): Finding[] {
  const providers = oneLabelBlocks(body, 'provider')
    .filter(provider => REGIONAL_PROVIDERS.has(provider.name))
    .flatMap(provider => regionNames(provider.body.region));
  const azure = resourcesOf({ path, body })
    .filter(resource => resource.type.startsWith('azurerm_'))
    .flatMap(resource => regionNames(resource.body.location));
  const defaults = oneLabelBlocks(body, 'variable')
    .filter(variable => REGION_VARIABLE.test(variable.name))
    .flatMap(variable => regionNames(variable.body.default));
  return [
    ...finding(path, 'terraform-provider', 'a Terraform provider region', [
      ...new Set(providers),
    ]),
    ...finding(path, 'azure-location', 'an Azure location', [
      ...new Set(azure),
    ]),
    ...finding(path, 'terraform-variables', 'a region in Terraform variables', [
      ...new Set(defaults),
    ]),
  ];
}

/**
 * Regions in Terraform: the `region` of AWS and Google providers, the
 * `location` of Azure resources, and region variables (defaults,
 * `.tfvars` files, Terragrunt `inputs`). Values are literal region names
 * only; `var.region` and other expressions are skipped.
 */
export const terraformRegionsDetector: Detector = {
  id: 'terraform-regions',
  wants: path =>
    wantsTerraformConfiguration(path) ??
    wantsTerraformVariables(path) ??
    (fileName(path) === 'terragrunt.hcl' ? 'hcl' : undefined),
  detect({ files }) {
    return terraformFilesIn(files).flatMap(file => {
      if (wantsTerraformConfiguration(file.path)) {
        return regionsOfConfiguration(file.path, file.body);
      }
      // A variables file holds values; a Terragrunt unit, its `inputs`.
      let values: Body = file.body;
      if (!wantsTerraformVariables(file.path)) {
        values = isBody(file.body.inputs) ? file.body.inputs : {};
      }
      return finding(
        file.path,
        'terraform-variables',
        'a region in Terraform variables',
        [...new Set(regionsOfValues(values))],
      );
    });
  },
};
