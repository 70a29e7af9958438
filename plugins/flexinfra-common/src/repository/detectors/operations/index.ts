import type { Detector } from '../../types';

/** The built-in detectors of this concern. */
export const OPERATIONS_DETECTORS: Detector[] = [];
