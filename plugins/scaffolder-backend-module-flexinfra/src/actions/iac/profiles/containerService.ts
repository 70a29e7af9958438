import { autoscalingFile, autoscalingVariables } from './common/autoscaling';
import {
  AUTOSCALING_DECLARATION,
  COST_CENTER_DECLARATION,
  IAC_DECLARATIONS,
} from './common/annotations';
import {
  deployment,
  podDisruptionBudget,
  service,
  workloadAlarms,
  workloadVariables,
} from './common/kubernetes';
import {
  dashboardLink,
  monitoringFile,
  monitoringOutputs,
} from './common/monitoring';
import { commonVariables, kubernetesVariables } from './common/variables';
import { ModuleSpec, ProfileModule } from './types';

/**
 * A containerised service on the shared EKS cluster: Deployment, Service,
 * disruption budget, an autoscaler (HPA on CPU, or KEDA on a queue's
 * backlog), and CloudWatch alarms and a dashboard from Container Insights.
 */
export function containerService(spec: ModuleSpec): ProfileModule {
  const spreadOverZones = spec.minReplicas >= 2;
  return {
    summary: `The service ${spec.name} on the shared EKS cluster ${
      spec.cluster
    }: a Deployment of ${spec.image}, a Service, a disruption budget, ${
      spec.scaler === 'keda'
        ? `a KEDA ScaledObject scaling on the backlog of the SQS queue ${spec.queueName}`
        : 'a HorizontalPodAutoscaler on CPU'
    } (${spec.minReplicas}–${
      spec.maxReplicas
    } pods), and CloudWatch alarms and a dashboard.`,
    providers: ['aws', 'kubernetes'],
    kubernetes: true,
    variables: [
      ...commonVariables(spec),
      ...kubernetesVariables(spec),
      ...workloadVariables(spec),
      ...autoscalingVariables(spec),
    ],
    files: {
      'main.tf': [
        deployment({
          replicas: 'var.min_replicas',
          spreadOverZones,
          autoscaled: true,
        }),
        service(),
        podDisruptionBudget(),
      ],
      'autoscaling.tf': autoscalingFile(spec),
      'monitoring.tf': monitoringFile(
        workloadAlarms({
          minReplicas: 'var.min_replicas',
          maxReplicas: 'var.max_replicas',
        }),
      ),
    },
    outputs: [
      {
        name: 'service_dns_name',
        description: 'In-cluster DNS name of the service.',
        value:
          '"${kubernetes_service_v1.this.metadata[0].name}.${var.namespace}.svc.cluster.local"',
      },
      ...monitoringOutputs(),
    ],
    notes: [
      spreadOverZones
        ? 'Pods are spread evenly over the availability zones (`topology.kubernetes.io/zone`, `DoNotSchedule`), so losing a zone leaves pods running.'
        : 'With min_replicas 1 the service runs in one zone at a time; raise min_replicas to 2 or more to spread it over zones.',
      spec.scaler === 'keda'
        ? 'Autoscaling needs KEDA on the cluster and a ClusterTriggerAuthentication (`keda_authentication`) that may read the queue’s attributes. The ScaledObject is a `kubernetes_manifest`, so the cluster must be reachable at plan time.'
        : 'The HorizontalPodAutoscaler needs the metrics server on the cluster.',
      'The alarms read Container Insights metrics: the cluster must run the CloudWatch observability add-on.',
    ],
    // The Kubernetes plugin finds the workload by this label. The one
    // environment is declared: a single environment proves nothing to the
    // analyzer, which looks for several.
    annotations: { 'backstage.io/kubernetes-id': spec.name },
    listAnnotations: { 'flexinfra.io/environments': [spec.environment] },
    superseded: [
      ...IAC_DECLARATIONS,
      AUTOSCALING_DECLARATION,
      COST_CENTER_DECLARATION,
    ],
    links: [dashboardLink(spec)],
    expires: false,
  };
}
