import type { Detector } from '../../types';
import { oncePerFile } from '../shared/findings';
import { manifestsIn, wantsManifests } from './manifests';
import { isWorkload } from './workloads';

/**
 * Plain Kubernetes manifests that run the service: Deployments,
 * StatefulSets, DaemonSets, CronJobs, Argo Rollouts. A Service or ConfigMap
 * alone does not deploy anything.
 */
export const kubernetesWorkloadsDetector: Detector = {
  id: 'kubernetes-workloads',
  wants: wantsManifests,
  detect: ({ files }) =>
    oncePerFile(
      manifestsIn(files)
        .filter(isWorkload)
        .map(manifest => ({
          fact: 'deployment',
          kind: 'kubernetes',
          label: 'a Kubernetes workload',
          path: manifest.path,
        })),
    ),
};
