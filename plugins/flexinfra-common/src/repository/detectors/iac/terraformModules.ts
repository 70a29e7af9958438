import {
  literalString,
  oneLabelBlocks,
  type Body,
  type TerraformFile,
} from './terraformFiles';

/** A `module` block calling a published module. */
export interface TerraformModuleCall {
  /**
   * The module's address without host or version, with its submodule:
   * `terraform-aws-modules/lambda/aws`,
   * `terraform-aws-modules/cloudwatch/aws//modules/metric-alarm`.
   */
  address: string;
  /** The module's inputs. */
  body: Body;
}

/**
 * A published module's address from a `source`, or undefined for local
 * (`./modules/x`) and Git or archive sources. A registry source is
 * `<namespace>/<name>/<provider>`, optionally behind a host name (a first
 * segment with a dot) and followed by `//<submodule>`.
 */
export function moduleAddress(source: string): string | undefined {
  const [path, submodule] = source.split('?')[0].split('//');
  const parts = path.split('/');
  if (parts.length === 4 && parts[0].includes('.')) {
    parts.shift();
  }
  if (
    parts.length !== 3 ||
    !parts.every(part => /^[A-Za-z0-9][A-Za-z0-9_-]*$/.test(part))
  ) {
    return undefined;
  }
  const address = parts.join('/');
  return submodule ? `${address}//${submodule.replace(/\/+$/, '')}` : address;
}

/** The calls of published modules in a file. */
export function moduleCallsOf(file: TerraformFile): TerraformModuleCall[] {
  return oneLabelBlocks(file.body, 'module').flatMap(module => {
    const source = literalString(module.body.source);
    const address = source ? moduleAddress(source) : undefined;
    return address ? [{ address, body: module.body }] : [];
  });
}
