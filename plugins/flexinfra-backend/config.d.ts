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
     * Adoption: the scaffolder's runs of the templates the model links,
     * read on a schedule, and on the scaffolder's `scaffolder.task`
     * events, with the plugin's credentials (through
     * `scaffolderServiceRef`) and joined with each entity's history
     * (`GET /adoption`).
     */
    adoption?: {
      /** false reads no template runs and schedules no job. Default true. */
      enabled?: boolean;
      /**
       * How many days after a run a check's fix is credited to it, 1–365.
       * Default 30.
       */
      fixWindowDays?: number;
      /** When the runs are read. Default every 10 minutes. */
      schedule?: {
        frequency?: { [unit: string]: number } | { cron: string } | string;
        timeout?: { [unit: string]: number } | string;
        initialDelay?: { [unit: string]: number } | string;
      };
    };
    /**
     * Notifications sent through Backstage's notifications backend
     * (`@backstage/plugin-notifications-backend` must be installed; without
     * it sending fails and is logged). Each kind has its topic, which users
     * can mute in their notification settings: `flexinfra.stage-drop`,
     * `flexinfra.check-regression`, `flexinfra.campaign`,
     * `flexinfra.waiver-expiring`.
     */
    notifications?: {
      /** false sends nothing and schedules no job. Default true. */
      enabled?: boolean;
      /**
       * Above this many stage drops and check regressions in one refresh,
       * none is sent (likely a broken integration, not a team's
       * regression) and a warning is logged. Default 100.
       */
      maxPerRefresh?: number;
      /**
       * An entity that drops a stage, after a refresh: to its owner, with
       * the checks now failing and the evidence that disappeared.
       */
      stageDrop?: {
        /** Default true. */
        enabled?: boolean;
      };
      /** A check that passed and now fails, without a stage drop: to the owner. */
      checkRegression?: {
        /** Default true. */
        enabled?: boolean;
      };
      /**
       * Campaigns, daily: a milestone reached (once) to the campaign's
       * owner; due soon and behind (not on track) to the owner and the
       * owners of the teams behind the plan.
       */
      campaigns?: {
        /** Default true. */
        enabled?: boolean;
        /** Days before the due date from which "due soon and behind" is sent, 0–365. Default 14. */
        dueWithinDays?: number;
        /** "Due soon and behind" at most once per this many days, 1–365. Default 7. */
        remindEveryDays?: number;
      };
      /** Waivers about to expire, daily: once per waiver and expiry day, to the entity's owner. */
      waivers?: {
        /** Default true. */
        enabled?: boolean;
        /** A waiver expiring within this many days is announced, 0–365. Default 14. */
        expiringWithinDays?: number;
      };
      /**
       * When the daily job (campaigns and waivers) runs, on one replica at
       * a time. Default: every 24 hours, the first a minute after start,
       * 15-minute timeout.
       */
      schedule?: {
        frequency?: { [unit: string]: number } | { cron: string } | string;
        timeout?: { [unit: string]: number } | string;
        initialDelay?: { [unit: string]: number } | string;
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
