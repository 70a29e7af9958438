/**
 * FlexInfra's maturity model and scoring engine: pure TypeScript with no I/O,
 * shared by the backend, the frontend, the scaffolder module and the CLI.
 *
 * @packageDocumentation
 */

export * from './model/stages';
export * from './model/dimensions';
export * from './model/dora';
export * from './permissions';
export * from './api/types';
