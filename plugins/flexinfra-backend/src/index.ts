export { flexinfraPlugin as default } from './plugin';
