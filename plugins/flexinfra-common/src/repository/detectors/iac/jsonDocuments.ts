import { fileName } from '../shared/findings';

/**
 * JSON files that are never infrastructure templates: package manifests
 * and lock files, compiler and linter settings (often JSON with comments,
 * which would only show up as parse problems), editor settings, and
 * Terraform's and the AWS CDK's own JSON files, which other detectors read.
 */
const NEVER_TEMPLATES =
  /^(package(-lock)?\.json|composer\.json|(ts|js)config.*\.json|\.eslintrc\.json|tslint\.json|devcontainer\.json|\.devcontainer\.json|cdk(\.context)?\.json|.*\.(tf|tofu|tfvars)\.json)$/;

/** Folders of editor and tool settings. */
const SETTINGS_FOLDER = /(^|\/)\.(vscode|devcontainer|idea)\//;

/**
 * Whether a JSON file may be a template (CloudFormation, ARM): templates
 * have no fixed name, so every other JSON file is read.
 */
export function mayBeJsonTemplate(path: string): boolean {
  return (
    path.endsWith('.json') &&
    !NEVER_TEMPLATES.test(fileName(path)) &&
    !SETTINGS_FOLDER.test(path)
  );
}
