import type { Detector, Finding } from '../../types';
import { bicepResources, declaresBicepModule } from './bicepDeclarations';

/** Bicep (`*.bicep`): a file declaring Azure resources or modules. */
export const bicepDetector: Detector = {
  id: 'bicep',
  wants: path => (path.endsWith('.bicep') ? 'text' : undefined),
  detect({ files }) {
    return files
      .filter(
        file =>
          file.as === 'text' &&
          (bicepResources(file.text).length > 0 ||
            declaresBicepModule(file.text)),
      )
      .map(
        (file): Finding => ({
          fact: 'iac',
          kind: 'bicep',
          label: 'Bicep',
          path: file.path,
        }),
      );
  },
};
