import type { Detector } from '../types';
import { DELIVERY_DETECTORS } from './delivery';
import { DEPLOYMENT_DETECTORS } from './deployment';
import { DOCUMENTATION_DETECTORS } from './documentation';
import { IAC_DETECTORS } from './iac';
import { OPERATIONS_DETECTORS } from './operations';

/**
 * Every built-in detector: infrastructure as code; deployment on a shared
 * platform and autoscaling; CI/CD; monitoring and operations;
 * documentation kept as code.
 *
 * @public
 */
export const BUILT_IN_DETECTORS: readonly Detector[] = [
  ...IAC_DETECTORS,
  ...DEPLOYMENT_DETECTORS,
  ...DELIVERY_DETECTORS,
  ...OPERATIONS_DETECTORS,
  ...DOCUMENTATION_DETECTORS,
];
