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
  type TerraformFile,
} from './terraformFiles';
import { replacedKeys } from './terraformOverrides';

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

/** The key of a provider configuration: its name and alias. */
function providerKey(name: string, body: Body): string {
  return `provider ${name} ${literalString(body.alias) ?? ''}`;
}

/**
 * The region-bearing arguments a configuration file sets, as keys
 * compared across files for Terraform's override rules: a provider's
 * `region` and a region variable's `default`.
 */
function regionKeys(file: TerraformFile): string[] {
  return [
    ...oneLabelBlocks(file.body, 'provider')
      .filter(provider => provider.body.region !== undefined)
      .map(provider => providerKey(provider.name, provider.body)),
    ...oneLabelBlocks(file.body, 'variable')
      .filter(variable => variable.body.default !== undefined)
      .map(variable => `variable ${variable.name}`),
  ];
}

/**
 * The regions of one configuration file, leaving out the provider
 * regions and variable defaults an override file of the same module
 * replaces (`replaced`, keys as `regionKeys` writes them).
 */
function regionsOfConfiguration(
  path: string,
  body: Body,
  replaced: ReadonlySet<string>,
): Finding[] {
  const providers = oneLabelBlocks(body, 'provider')
    .filter(provider => REGIONAL_PROVIDERS.has(provider.name))
    .filter(
      provider => !replaced.has(providerKey(provider.name, provider.body)),
    )
    .flatMap(provider => regionNames(provider.body.region));
  const azure = resourcesOf({ path, body })
    .filter(resource => resource.type.startsWith('azurerm_'))
    .flatMap(resource => regionNames(resource.body.location));
  const defaults = oneLabelBlocks(body, 'variable')
    .filter(variable => REGION_VARIABLE.test(variable.name))
    .filter(variable => !replaced.has(`variable ${variable.name}`))
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
 *
 * Override files (`override.tf`, `*_override.tf`, their `.json` forms)
 * are merged the way Terraform merges them: a region variable's
 * `default` or a provider's `region` (same name and alias) set in an
 * override file replaces the one of the same module (folder) written
 * before it, so only the overriding value counts.
 */
export const terraformRegionsDetector: Detector = {
  id: 'terraform-regions',
  wants: path =>
    wantsTerraformConfiguration(path) ??
    wantsTerraformVariables(path) ??
    (fileName(path) === 'terragrunt.hcl' ? 'hcl' : undefined),
  detect({ files }) {
    const terraformFiles = terraformFilesIn(files);
    const replaced = replacedKeys(
      terraformFiles.filter(file => wantsTerraformConfiguration(file.path)),
      regionKeys,
    );
    return terraformFiles.flatMap(file => {
      if (wantsTerraformConfiguration(file.path)) {
        return regionsOfConfiguration(
          file.path,
          file.body,
          replaced.get(file.path) ?? new Set(),
        );
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
