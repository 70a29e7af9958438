/** AWS regions: `eu-west-1`, `us-gov-west-1`, `ap-southeast-2`. */
const AWS_REGION =
  /^(?:us|eu|ap|sa|ca|me|af|il|mx)(?:-gov)?-(?:north|south|east|west|central|northeast|southeast|northwest|southwest)-\d$/;

/** Google Cloud regions: `europe-west1`, `us-central1`, `asia-northeast3`. */
const GOOGLE_REGION =
  /^(?:us|europe|asia|australia|northamerica|southamerica|me|africa)-(?:north|south|east|west|central|northeast|southeast|northwest|southwest)\d{1,2}$/;

/** The commonest Azure regions; Azure names have no pattern to go by. */
const AZURE_REGIONS = new Set([
  'eastus',
  'eastus2',
  'westus',
  'westus2',
  'westus3',
  'centralus',
  'northcentralus',
  'southcentralus',
  'canadacentral',
  'brazilsouth',
  'northeurope',
  'westeurope',
  'uksouth',
  'ukwest',
  'francecentral',
  'germanywestcentral',
  'swedencentral',
  'norwayeast',
  'switzerlandnorth',
  'polandcentral',
  'italynorth',
  'eastasia',
  'southeastasia',
  'japaneast',
  'japanwest',
  'koreacentral',
  'centralindia',
  'australiaeast',
  'australiasoutheast',
  'southafricanorth',
  'uaenorth',
]);

/** Whether a value is the name of a public cloud region (AWS, Google, Azure). */
export function isRegionName(value: string): boolean {
  const name = value.trim().toLocaleLowerCase('en-US');
  return (
    AWS_REGION.test(name) || GOOGLE_REGION.test(name) || AZURE_REGIONS.has(name)
  );
}
