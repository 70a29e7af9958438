export interface Config {
  /** Configuration for the FlexInfra plugins. */
  flexinfra?: {
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
       * predicates), rationale, seeds, remediation, docsUrl, template.
       */
      additionalChecks?: Array<{ [key: string]: unknown }>;
    };
  };
}
