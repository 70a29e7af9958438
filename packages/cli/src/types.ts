import type {
  CompiledModel,
  EntityEvaluation,
  ScoredEntity,
} from '@flexinfra/backstage-plugin-flexinfra-common';

/**
 * Where the CLI writes, and what it would otherwise take from the process.
 * `process.stdout` and `process.stderr` fit; tests pass collectors.
 *
 * @public
 */
export interface CliIo {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
  /** The directory globs and `--config` paths resolve against (default: the process's). */
  cwd?: string;
  /** The time waivers are judged against (default: now). */
  now?: Date;
}

/** An engine result with the descriptor it came from. */
export interface LocatedEvaluation<
  T extends EntityEvaluation = EntityEvaluation,
> {
  evaluation: T;
  /** The descriptor file, relative to the working directory. */
  file: string;
  /** The line its YAML document starts on (1-based). */
  line: number;
  /** The repository whose files gave evidence, when one was read. */
  repository?: LocatedRepository;
}

/** The repository a descriptor's evidence was read from. */
export interface LocatedRepository {
  /** Its root folder, relative to the working directory. */
  root: string;
  /** False when it could not be read (see `error`). */
  analyzed: boolean;
  error: string | null;
  /** Files that did not parse or limits hit (each printed as a warning). */
  problems: number;
}

/** A failing check that keeps an entity below the `--min-stage`. */
export interface GateReason {
  checkId: string;
  title: string;
  /** The stage the check gates. */
  gatesStage: number;
  /** The engine's message: what evidence is missing. */
  message: string;
  /** The model's remediation text. */
  remediation: string;
}

/** A scored entity below the `--min-stage`, and why. */
export interface GateFailure {
  entity: LocatedEvaluation<ScoredEntity>;
  reasons: GateReason[];
  /**
   * Stages up to the minimum that no gating check applies to for this entity,
   * which it therefore cannot reach whatever it fixes (only after overrides
   * that disable checks).
   */
  unreachableStages: number[];
}

/** The outcome of `--min-stage N`. */
export interface GateResult {
  minStage: number;
  failures: GateFailure[];
}

/** Everything a formatter needs. */
export interface Report {
  model: CompiledModel;
  results: LocatedEvaluation[];
  gate?: GateResult;
  /** How many input errors (bad YAML, unmatched globs, …) were reported. */
  inputErrorCount: number;
}
