export { CheckStatusLabel, checkStatusLabels } from './CheckStatusLabel';
