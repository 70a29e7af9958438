import type { Detector, Finding } from '../../types';
import { fileName, folderSegments } from '../shared/findings';

const STACK_FILE = /^Pulumi\.([^./][^/]*)\.ya?ml$/;

/**
 * Pulumi stacks as environments, from the listing: `Pulumi.<stack>.yaml`
 * beside a `Pulumi.yaml` project file. Every stack is an environment by
 * Pulumi's design, so its name is kept whatever it is, lower case.
 */
export const pulumiStacksDetector: Detector = {
  id: 'pulumi-stacks',
  wants: () => undefined,
  detect({ listing }) {
    const paths = new Set(listing.map(file => file.path));
    const findings: Finding[] = [];
    for (const { path } of listing) {
      const stack = STACK_FILE.exec(fileName(path))?.[1];
      if (!stack) {
        continue;
      }
      const folder = folderSegments(path).join('/');
      const prefix = folder ? `${folder}/` : '';
      if (
        paths.has(`${prefix}Pulumi.yaml`) ||
        paths.has(`${prefix}Pulumi.yml`)
      ) {
        findings.push({
          fact: 'environments',
          kind: 'pulumi-stacks',
          label: 'Pulumi stacks',
          path,
          values: [stack.toLocaleLowerCase('en-US')],
        });
      }
    }
    return findings;
  },
};
