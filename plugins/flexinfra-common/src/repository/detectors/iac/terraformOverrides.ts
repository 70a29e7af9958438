import { fileName, folderSegments } from '../shared/findings';
import type { TerraformFile } from './terraformFiles';

/**
 * Whether a configuration file is an override file: `override.tf`,
 * `override.tf.json`, `*_override.tf`, `*_override.tf.json` (and the
 * `.tofu` forms OpenTofu reads). Terraform loads them after the other
 * files of the module and lets their blocks replace arguments of the
 * same-named blocks.
 */
export function isOverrideFile(path: string): boolean {
  return /(^|_)override\.(tf|tofu)(\.json)?$/.test(fileName(path));
}

/** The folder of a path: one folder is one Terraform module. */
function folderOf(path: string): string {
  return folderSegments(path).join('/');
}

/**
 * Terraform's order of merging within one module: the other files first,
 * then the override files by file name; a later block's argument replaces
 * an earlier one's.
 */
function mergeOrder(a: TerraformFile, b: TerraformFile): number {
  const overrideA = isOverrideFile(a.path);
  const overrideB = isOverrideFile(b.path);
  if (overrideA !== overrideB) {
    return overrideA ? 1 : -1;
  }
  const nameA = fileName(a.path);
  const nameB = fileName(b.path);
  if (nameA === nameB) {
    return 0;
  }
  return nameA < nameB ? -1 : 1;
}

/**
 * For each configuration file, the keys whose value a later file of the
 * same module replaces under Terraform's override rules. `keysOf` names
 * the keys a file sets (e.g. `variable.region.default`); a key set by an
 * override file replaces the same key of every file merged before it, so
 * the value that file holds is not in effect.
 *
 * Only what the caller names is compared: a simplification of
 * Terraform's rules that is exact for single arguments of one-label
 * blocks such as a variable's `default` or a provider's `region`.
 */
export function replacedKeys(
  files: readonly TerraformFile[],
  keysOf: (file: TerraformFile) => Iterable<string>,
): Map<string, Set<string>> {
  const byFolder = new Map<string, TerraformFile[]>();
  for (const file of files) {
    const folder = folderOf(file.path);
    byFolder.set(folder, [...(byFolder.get(folder) ?? []), file]);
  }
  const result = new Map<string, Set<string>>();
  for (const folderFiles of byFolder.values()) {
    const ordered = [...folderFiles].sort(mergeOrder);
    // Walk backwards: what later override files set replaces earlier values.
    const setLater = new Set<string>();
    for (let i = ordered.length - 1; i >= 0; i -= 1) {
      const file = ordered[i];
      result.set(file.path, new Set(setLater));
      if (isOverrideFile(file.path)) {
        for (const key of keysOf(file)) {
          setLater.add(key);
        }
      }
    }
  }
  return result;
}
