export { describeRun, shortDay, templateName } from './describeRun';
