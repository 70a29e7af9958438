/**
 * Environment names as pipelines write them: `production`,
 * `review/$CI_COMMIT_REF_SLUG`, `pr-${{ github.event.number }}`, …
 */

/** A CI variable or expression: `$VAR`, `${VAR}`, `$(var)`, `${{ expr }}`. */
const VARIABLE = /\$[{(A-Za-z_]/;

/** Names of short-lived, per-change environments. */
const PREVIEW_NAME =
  /^(?:preview|review|ephemeral|pr|pull[-_]?request|mr|merge[-_]?request)(?:$|[-_/.\s])/i;

/** Whether the name is computed when the pipeline runs. */
export function isDynamicName(name: string): boolean {
  return VARIABLE.test(name);
}

/** Whether the name is that of a preview (per-change) environment. */
export function isPreviewName(name: string): boolean {
  return PREVIEW_NAME.test(name.trim());
}

/**
 * The environment a name stands for, lower case; undefined for a computed
 * name that says nothing. A computed preview name (`review/$CI_COMMIT_REF_SLUG`,
 * `pr-${{ github.event.number }}`) stands for the preview environments as a
 * whole: `review` for GitLab-style review apps, `preview` otherwise.
 */
export function environmentValue(name: string): string | undefined {
  const trimmed = name.trim();
  if (!trimmed) {
    return undefined;
  }
  if (isDynamicName(trimmed)) {
    if (!isPreviewName(trimmed)) {
      return undefined;
    }
    return /^review/i.test(trimmed) ? 'review' : 'preview';
  }
  return trimmed.toLocaleLowerCase('en-US');
}
