import type { Detector, Finding } from '../../types';
import { fileName } from '../shared/findings';
import { isBody } from './terraformFiles';

/**
 * AWS CDK (`cdk.json`): the toolkit's settings naming the `app` command
 * that synthesises the stacks. A `cdk.json` without `app` (context only)
 * does not count.
 */
export const awsCdkDetector: Detector = {
  id: 'aws-cdk',
  wants: path => (fileName(path) === 'cdk.json' ? 'json' : undefined),
  detect({ files }) {
    return files
      .filter(
        file =>
          file.as === 'json' &&
          isBody(file.value) &&
          typeof file.value.app === 'string' &&
          file.value.app.trim() !== '',
      )
      .map(
        (file): Finding => ({
          fact: 'iac',
          kind: 'aws-cdk',
          label: 'AWS CDK',
          path: file.path,
        }),
      );
  },
};
