/**
 * A check a template run fixed: it went from fail to pass in the entity's
 * history after the run, within the fix window.
 *
 * @public
 */
export interface AdoptionFixedCheck {
  /** The check id. */
  id: string;
  /** The check's title. */
  title: string;
  /** When the refresh that saw it pass recorded the change (ISO 8601). */
  fixedAt: string;
  /** Days from the run to that refresh. */
  daysToFix: number;
}

/**
 * What came of a template run:
 *
 * - `fixed`: it fixed at least one check its template fixes;
 * - `pending`: it completed, nothing is fixed yet, and the fix window is
 *   still open;
 * - `no-fix`: it completed and the fix window closed without a fix;
 * - `failed`: the task failed or was cancelled;
 * - `running`: the task has not finished.
 *
 * @public
 */
export type AdoptionRunOutcome =
  | 'fixed'
  | 'pending'
  | 'no-fix'
  | 'failed'
  | 'running';

/**
 * One scaffolder run of a template the model links.
 *
 * @public
 */
export interface AdoptionRun {
  /** The scaffolder task id. */
  taskId: string;
  /** The template the run counts for: the model's link (after a rename, the new one). */
  templateRef: string;
  /** The template's title. */
  templateTitle: string;
  /** The template ref the task actually ran. */
  ranTemplateRef: string;
  /** The `entityRef` parameter of the run, if it had one. */
  entityRef: string | null;
  /** Who ran it (a user ref), when known. */
  createdBy: string | null;
  /** When the task was created (ISO 8601). */
  createdAt: string;
  /** The scaffolder's task status. */
  status: string;
  outcome: AdoptionRunOutcome;
  /** The checks it fixed, the soonest first. */
  fixedChecks: AdoptionFixedCheck[];
  /** Days from the run to its first fix, or null. */
  daysToFix: number | null;
}

/**
 * What one template did for the catalog, over the period.
 *
 * @public
 */
export interface TemplateAdoption {
  /** The template entity ref the model links. */
  templateRef: string;
  /** Its title (from its last run), else its name. */
  title: string;
  /** The checks whose failure it fixes, by the model. */
  checkIds: string[];
  /** Completed runs. */
  runs: number;
  /** Runs that failed or were cancelled. */
  failedRuns: number;
  /** Distinct entities a run of it fixed a check of. */
  entitiesImproved: number;
  /** Checks fixed by its runs (each entity's check counted once per fix). */
  checksFixed: number;
  /** The median of its fixed runs' days to the first fix, or null. */
  medianDaysToFix: number | null;
  /** Completed runs whose fix window closed without a fix. */
  runsWithoutFix: number;
  /** Completed runs with no fix yet, still within the fix window. */
  runsPending: number;
}

/**
 * `GET /adoption`: template runs joined with score changes.
 *
 * @public
 */
export interface AdoptionSummary {
  /** The start of the period read (ISO 8601). */
  since: string;
  /** How many days after a run a fix is still credited to it. */
  fixWindowDays: number;
  /** Every template the model links, and any other run template, most runs first. */
  templates: TemplateAdoption[];
  /** The latest runs for entities the caller can read, newest first. */
  recent: AdoptionRun[];
}

/**
 * `GET /entities/{kind}/{namespace}/{name}/adoption`: the template runs for
 * an entity, newest first, with the checks each fixed.
 *
 * @public
 */
export interface EntityAdoption {
  entityRef: string;
  fixWindowDays: number;
  runs: AdoptionRun[];
}
