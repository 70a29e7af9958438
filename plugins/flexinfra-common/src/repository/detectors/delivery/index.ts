import type { Detector } from '../../types';

/** The built-in detectors of this concern. */
export const DELIVERY_DETECTORS: Detector[] = [];
