import type { Detector } from '../../types';
import { techDocsDetector } from './techDocs';

/** The built-in detectors of documentation kept as code. */
export const DOCUMENTATION_DETECTORS: Detector[] = [techDocsDetector];
