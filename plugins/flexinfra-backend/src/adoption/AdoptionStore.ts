/**
 * A scaffolder task run of a template the model links, as FlexInfra keeps
 * it.
 *
 * @internal
 */
export interface TemplateRun {
  /** The scaffolder task id. */
  taskId: string;
  /** The template entity ref the task ran. */
  templateRef: string;
  /** The template's title when it ran, if it had one. */
  templateTitle?: string;
  /**
   * The checks the model linked to the template when the run was read: a
   * run still counts for those checks' template after the template is
   * renamed and the model's link follows it.
   */
  checkIds: string[];
  /** The `entityRef` parameter the run was given, if any. */
  entityRef?: string;
  /** The user ref who ran it. */
  createdBy?: string;
  /** The scaffolder's task status. */
  status: string;
  /** When the task was created (ISO 8601). */
  createdAt: string;
}

/** Task statuses after which a task does not change any more. */
export const FINAL_TASK_STATUSES: ReadonlySet<string> = new Set([
  'completed',
  'failed',
  'cancelled',
  'skipped',
]);

/**
 * Where FlexInfra keeps the template runs it read from the scaffolder.
 *
 * @internal
 */
export interface AdoptionStore {
  /** Inserts runs, or updates those already stored (status, title, …). */
  upsertRuns(runs: TemplateRun[], readAt: Date): Promise<void>;

  /** The ids among these that are stored. */
  knownTaskIds(taskIds: string[]): Promise<Set<string>>;

  /** Stored runs whose task had not finished when last read. */
  listUnfinishedRuns(): Promise<TemplateRun[]>;

  /**
   * Stored runs created at or after `since`, newest first; with
   * `entityRef`, only that entity's.
   */
  listRuns(options: {
    since: Date;
    entityRef?: string;
  }): Promise<TemplateRun[]>;

  /** Deletes runs created before `before`; returns how many. */
  prune(before: Date): Promise<number>;
}
