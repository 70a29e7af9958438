import type { Detector } from '../../types';
import { ansibleConfigDetector } from './ansibleConfig';
import { ansiblePlaybookDetector } from './ansiblePlaybook';
import { ansibleRoleDetector } from './ansibleRole';
import { armTemplateDetector } from './armTemplate';
import { armTemplateResourcesDetector } from './armTemplateResources';
import { awsCdkDetector } from './awsCdk';
import { bicepDetector } from './bicep';
import { bicepResourcesDetector } from './bicepResources';
import { cdktfDetector } from './cdktf';
import { cloudFormationDetector } from './cloudFormation';
import { cloudFormationCostAttributionDetector } from './cloudFormationCostAttribution';
import { cloudFormationResourcesDetector } from './cloudFormationResources';
import { configConnectorDetector } from './configConnector';
import { crossplaneDetector } from './crossplane';
import { pulumiDetector } from './pulumi';
import { pulumiStacksDetector } from './pulumiStacks';
import { terraformDetector } from './terraform';
import { terraformAutoscalingDetector } from './terraformAutoscaling';
import { terraformBackupsDetector } from './terraformBackups';
import { terraformCostAttributionDetector } from './terraformCostAttribution';
import { terraformEnvironmentsDetector } from './terraformEnvironments';
import { terraformKubernetesDetector } from './terraformKubernetes';
import { terraformMonitoringDetector } from './terraformMonitoring';
import { terraformRedundancyDetector } from './terraformRedundancy';
import { terraformRegionsDetector } from './terraformRegions';
import { terragruntDetector } from './terragrunt';
import { terragruntEnvironmentsDetector } from './terragruntEnvironments';

/**
 * The built-in detectors of infrastructure as code: the tools (Terraform,
 * Terragrunt, Pulumi, AWS CDK, CDK for Terraform, CloudFormation and SAM, Bicep and ARM,
 * Crossplane, Config Connector, Ansible), the environments their layouts
 * name, and what their resources prove about autoscaling, monitoring,
 * backups, cost attribution, regions and redundancy; and Kubernetes
 * objects and Helm releases written as Terraform.
 */
export const IAC_DETECTORS: Detector[] = [
  terraformDetector,
  terragruntDetector,
  pulumiDetector,
  awsCdkDetector,
  cdktfDetector,
  cloudFormationDetector,
  bicepDetector,
  armTemplateDetector,
  crossplaneDetector,
  configConnectorDetector,
  ansiblePlaybookDetector,
  ansibleRoleDetector,
  ansibleConfigDetector,
  terraformEnvironmentsDetector,
  terragruntEnvironmentsDetector,
  pulumiStacksDetector,
  terraformAutoscalingDetector,
  terraformMonitoringDetector,
  terraformBackupsDetector,
  terraformCostAttributionDetector,
  terraformRegionsDetector,
  terraformRedundancyDetector,
  terraformKubernetesDetector,
  cloudFormationResourcesDetector,
  cloudFormationCostAttributionDetector,
  armTemplateResourcesDetector,
  bicepResourcesDetector,
];
