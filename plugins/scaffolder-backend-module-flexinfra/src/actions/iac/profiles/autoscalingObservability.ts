import { autoscalingFile, autoscalingVariables } from './common/autoscaling';
import { podDisruptionBudget, workloadAlarms } from './common/kubernetes';
import {
  dashboardLink,
  monitoringFile,
  monitoringOutputs,
} from './common/monitoring';
import { commonVariables, kubernetesVariables } from './common/variables';
import { ModuleSpec, ProfileModule } from './types';
import {
  AUTOSCALING_DECLARATION,
  COST_CENTER_DECLARATION,
} from './common/annotations';
import { ref } from '../hcl/hcl';

/**
 * Autoscaling and observability for a service already deployed on the
 * shared EKS cluster (by whatever means): an autoscaler on its Deployment, a
 * disruption budget, and CloudWatch alarms and a dashboard.
 */
export function autoscalingObservability(spec: ModuleSpec): ProfileModule {
  return {
    summary: `Autoscaling and observability for the Deployment ${
      spec.name
    } in namespace ${spec.namespace} of the shared EKS cluster ${
      spec.cluster
    }: ${
      spec.scaler === 'keda'
        ? `a KEDA ScaledObject scaling on the backlog of the SQS queue ${spec.queueName}`
        : 'a HorizontalPodAutoscaler on CPU'
    } (${spec.minReplicas}–${
      spec.maxReplicas
    } pods), a disruption budget, and CloudWatch alarms and a dashboard.`,
    providers: ['aws', 'kubernetes'],
    kubernetes: true,
    variables: [
      ...commonVariables(spec),
      ...kubernetesVariables(spec),
      ...autoscalingVariables(spec),
      {
        name: 'pod_selector',
        type: 'map(string)',
        description:
          'Labels that select the pods of the Deployment, for the disruption budget.',
        value: { 'app.kubernetes.io/name': spec.name },
      },
    ],
    files: {
      'main.tf': [podDisruptionBudget(ref('var.pod_selector'))],
      'autoscaling.tf': autoscalingFile(spec),
      'monitoring.tf': monitoringFile(
        workloadAlarms({
          minReplicas: 'var.min_replicas',
          maxReplicas: 'var.max_replicas',
        }),
      ),
    },
    outputs: monitoringOutputs(),
    notes: [
      `The Deployment \`${spec.name}\` must exist in namespace \`${spec.namespace}\`. Remove \`replicas\` from its manifest (or let your deployment tool ignore it): the autoscaler owns the replica count.`,
      spec.scaler === 'keda'
        ? 'Autoscaling needs KEDA on the cluster and a ClusterTriggerAuthentication (`keda_authentication`) that may read the queue’s attributes. The ScaledObject is a `kubernetes_manifest`, so the cluster must be reachable at plan time.'
        : 'The HorizontalPodAutoscaler needs the metrics server on the cluster. It scales on CPU, so the containers must request CPU.',
      'The alarms read Container Insights metrics: the cluster must run the CloudWatch observability add-on.',
    ],
    annotations: {},
    listAnnotations: {},
    superseded: [AUTOSCALING_DECLARATION, COST_CENTER_DECLARATION],
    links: [dashboardLink(spec)],
    expires: false,
  };
}
