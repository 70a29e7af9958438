export interface Config {
  /** Configuration for the FlexInfra plugins. */
  flexinfra?: {
    /**
     * When the catalog is rescored. Runs on one replica at a time (the
     * scheduler's global scope). Durations are objects like { minutes: 10 }
     * or ISO 8601 strings; frequency may also be { cron: '...' }.
     * Defaults: every 10 minutes, 30-minute timeout, first run 15 s after
     * start.
     */
    schedule?: {
      frequency?: { [unit: string]: number } | { cron: string } | string;
      timeout?: { [unit: string]: number } | string;
      initialDelay?: { [unit: string]: number } | string;
    };
    /** What a refresh reads from the catalog. */
    refresh?: {
      /** Entity kinds to score. Default: Component, Resource, System. */
      kinds?: string[];
      /** Entities per catalog page, 1–1000. Default 500. */
      pageSize?: number;
      /**
       * How often a refresh reads every entity in full, e.g. `{ hours: 24 }`
       * (the default) or `P1D`. Between such reads a refresh pages through
       * the catalog's etags only, and reads in full just the entities whose
       * etag changed, the entities scored with them (dependsOn targets, their
       * system), and those read every time (a fact provider applies, or they
       * carry waivers). A manual refresh and a new model always read in full.
       */
      fullReadEvery?: { [unit: string]: number } | string;
    };
    /** How long stored data is kept; keeps storage bounded. */
    retention?: {
      /** Days of per-entity history. Default 365. */
      historyDays?: number;
      /** Days of daily aggregate snapshots. Default 730. */
      snapshotDays?: number;
      /** Refresh run records kept. Default 200. */
      runs?: number;
    };
    /** How many days back summaries compare against for their trend. Default 30. */
    trendDays?: number;
    /**
     * Reading each scored entity's repository (its source location, or the
     * folder of the file it was registered from) for infrastructure as
     * code, deployment manifests, pipelines, alerts, runbooks, … Checks
     * read what was found as `facts.repository.<fact>`. Repositories are
     * read through the `integrations` configured for their hosts.
     */
    repository?: {
      /** Whether repositories are read. Default true. */
      enabled?: boolean;
      /**
       * Entity kinds whose repositories are read. Default: Component (Resources
       * are often declared together in a shared catalog file, whose folder is
       * not their repository).
       */
      kinds?: string[];
      /** Repositories read at the same time at most, 1–64. Default 4. */
      concurrency?: number;
      /**
       * How long one refresh spends reading repositories at most, e.g.
       * { minutes: 5 } (the default) or 'PT10M'. Repositories not read in
       * time keep what was last read from them; the next refresh goes on.
       */
      timeBudget?: { [unit: string]: number } | string;
      /** Bounds on what is read from one repository. */
      limits?: {
        /** Files considered at most. Default 50000. */
        maxFiles?: number;
        /** A larger file is not read, in bytes. Default 524288 (512 KiB). */
        maxFileBytes?: number;
        /** Bytes read per repository at most. Default 16777216 (16 MiB). */
        maxTotalBytes?: number;
      };
    };
    /**
     * Changes to FlexInfra's default maturity model. See docs/model.md.
     * An invalid value stops the backend with a message naming its key.
     */
    model?: {
      /** The stage the organisation aims for, 2 to 5. */
      targetStage?: number;
      /** Per-check changes, by check id. */
      checks?: {
        [checkId: string]: {
          /** false removes the check from the model. */
          enabled?: boolean;
          /** The check's weight in the score. */
          weight?: number;
          /** The stage the check gates (2–5), or 'none' to only score it. */
          stage?: number | 'none';
        };
      };
      /**
       * Further checks, written like the default model's: id, title,
       * dimension, stage, weight, appliesTo and evidence (filter
       * predicates), rationale, sources, remediation, docsUrl, template.
       */
      additionalChecks?: Array<{ [key: string]: unknown }>;
    };
  };
}
