import type { Detector, Finding } from '../../types';
import {
  cloudFormationTemplatesIn,
  wantsCloudFormation,
} from './cloudFormationTemplates';
import { oncePerFile } from '../shared/findings';

/**
 * CloudFormation templates (YAML or JSON, any name) and AWS SAM templates
 * (those declaring the `AWS::Serverless-2016-10-31` transform).
 */
export const cloudFormationDetector: Detector = {
  id: 'cloudformation',
  wants: wantsCloudFormation,
  detect({ files }) {
    return oncePerFile(
      cloudFormationTemplatesIn(files).map(
        (template): Finding =>
          template.serverless
            ? {
                fact: 'iac',
                kind: 'aws-sam',
                label: 'an AWS SAM template',
                path: template.path,
              }
            : {
                fact: 'iac',
                kind: 'cloudformation',
                label: 'a CloudFormation template',
                path: template.path,
              },
      ),
    );
  },
};
