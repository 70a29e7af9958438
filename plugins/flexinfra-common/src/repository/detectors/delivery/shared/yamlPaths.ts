/** Whether a path names a YAML file. */
export function isYamlPath(path: string): boolean {
  return /\.ya?ml$/i.test(path);
}

/**
 * Whether a detector that recognises YAML by its content (not by its name)
 * should read this file: any YAML file except Helm chart templates, which
 * are Go templates rather than YAML and do not parse before rendering.
 */
export function isContentRecognisedYaml(path: string): boolean {
  return isYamlPath(path) && !/(^|\/)templates\//.test(path);
}

/** The last segment of a path. */
export function baseName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}
