import type { Detector } from '../../types';
import { appEngineDetector } from './appEngine';
import { argoCdDetector } from './argoCd';
import { awsCopilotDetector } from './awsCopilot';
import { cartographerWorkloadDetector } from './cartographerWorkload';
import { cloudNativePgDetector } from './cloudNativePg';
import { cloudRunServiceDetector } from './cloudRunService';
import { costAttributionLabelsDetector } from './costAttributionLabels';
import { crunchyPostgresDetector } from './crunchyPostgres';
import { fluxDetector } from './flux';
import { flyTomlDetector } from './flyToml';
import { helmChartDetector } from './helmChart';
import { helmfileDetector } from './helmfile';
import { helmValuesAutoscalingDetector } from './helmValuesAutoscaling';
import { helmValuesEnvironmentsDetector } from './helmValuesEnvironments';
import { helmValuesReplicasDetector } from './helmValuesReplicas';
import { horizontalPodAutoscalerDetector } from './horizontalPodAutoscaler';
import { kedaScaledObjectDetector } from './kedaScaledObject';
import { knativeServiceDetector } from './knativeService';
import { kubernetesWorkloadsDetector } from './kubernetesWorkloads';
import { kustomizeDetector } from './kustomize';
import { kustomizeCostLabelsDetector } from './kustomizeCostLabels';
import { kustomizeOverlaysDetector } from './kustomizeOverlays';
import { naisDetector } from './nais';
import { netlifyDetector } from './netlify';
import { podAntiAffinityDetector } from './podAntiAffinity';
import { podDisruptionBudgetDetector } from './podDisruptionBudget';
import { prometheusRuleDetector } from './prometheusRule';
import { serverlessFrameworkDetector } from './serverlessFramework';
import { serviceMonitorDetector } from './serviceMonitor';
import { skiperatorDetector } from './skiperator';
import { vercelDetector } from './vercel';
import { veleroScheduleDetector } from './veleroSchedule';
import { verticalPodAutoscalerDetector } from './verticalPodAutoscaler';
import { workloadReplicasDetector } from './workloadReplicas';
import { zoneSpreadDetector } from './zoneSpread';

/**
 * The built-in detectors of this concern: declarative deployment (plain
 * manifests, Helm, Kustomize, GitOps, platform application manifests),
 * autoscaling, and what Kubernetes objects say about operations
 * (monitoring, redundancy, cost attribution, backups).
 */
export const DEPLOYMENT_DETECTORS: Detector[] = [
  // Declarative deployment.
  kubernetesWorkloadsDetector,
  helmChartDetector,
  helmfileDetector,
  kustomizeDetector,
  argoCdDetector,
  fluxDetector,
  naisDetector,
  skiperatorDetector,
  cartographerWorkloadDetector,
  knativeServiceDetector,
  cloudRunServiceDetector,
  appEngineDetector,
  flyTomlDetector,
  serverlessFrameworkDetector,
  vercelDetector,
  netlifyDetector,
  awsCopilotDetector,
  // Environments.
  helmValuesEnvironmentsDetector,
  kustomizeOverlaysDetector,
  // Autoscaling.
  horizontalPodAutoscalerDetector,
  helmValuesAutoscalingDetector,
  kedaScaledObjectDetector,
  verticalPodAutoscalerDetector,
  // Operations at the Kubernetes level.
  serviceMonitorDetector,
  prometheusRuleDetector,
  podDisruptionBudgetDetector,
  workloadReplicasDetector,
  helmValuesReplicasDetector,
  zoneSpreadDetector,
  podAntiAffinityDetector,
  costAttributionLabelsDetector,
  kustomizeCostLabelsDetector,
  veleroScheduleDetector,
  cloudNativePgDetector,
  crunchyPostgresDetector,
];
