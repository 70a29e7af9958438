/**
 * Node.js library for FlexInfra: the extension point through which backend
 * modules add checks and fact providers to the FlexInfra backend plugin, and
 * a repository source over a folder on disk for the repository analyzer.
 *
 * @packageDocumentation
 */

export * from './extensions';
export * from './repository';
