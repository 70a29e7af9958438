import type { Detector } from '../../types';

/** The built-in detectors of this concern. */
export const DEPLOYMENT_DETECTORS: Detector[] = [];
