/**
 * Node.js library for FlexInfra: the extension point through which backend
 * modules add checks and fact providers to the FlexInfra backend plugin.
 *
 * @packageDocumentation
 */

export * from './extensions';
