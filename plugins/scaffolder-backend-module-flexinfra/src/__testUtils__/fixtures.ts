import { Entity } from '@backstage/catalog-model';
import { parseAllDocuments } from 'yaml';

/**
 * A service at stage 2 (Standardised but Rigid), like the example catalog's
 * invoice-service: source, docs and CI, infrastructure by ticket.
 */
export const INVOICE_SERVICE_FILE = `# Invoice service: generates and stores merchant invoices.
apiVersion: backstage.io/v1alpha1
kind: Component
metadata:
  name: invoice-service
  description: Generates and stores merchant invoices.
  annotations:
    backstage.io/source-location: url:https://github.com/acme/invoice-service/tree/main/
    github.com/project-slug: acme/invoice-service
    backstage.io/techdocs-ref: dir:.
    flexinfra.io/provisioning: ticket # infrastructure comes through a ticket
    flexinfra.io/autoscaling: none
    flexinfra.io/cost-center: CC-2200
spec:
  type: service
  lifecycle: production
  owner: group:default/payments-core
  system: payments
`;
export const INVOICE_SERVICE_URL =
  'https://github.com/acme/invoice-service/blob/main/catalog-info.yaml';

/**
 * A service in a monorepo, deployed declaratively with infrastructure as
 * code and on-call, but scaled by hand and not monitored: stage 2, as it
 * fails the stage-3 check autoscaling. Its file also holds its API.
 */
export const SEARCH_API_FILE = `apiVersion: backstage.io/v1alpha1
kind: Component
metadata:
  name: search-api
  description: Search over the product catalogue.
  annotations:
    backstage.io/source-location: url:https://github.com/acme/search/tree/main/services/search-api/
    github.com/project-slug: acme/search
    backstage.io/techdocs-ref: dir:.
    backstage.io/kubernetes-id: search-api
    argocd/app-name: search-api-prod
    flexinfra.io/provisioning: iac
    flexinfra.io/iac-tool: terraform
    flexinfra.io/iac-location: url:https://github.com/acme/infra-live/tree/main/search
    flexinfra.io/autoscaling: manual
    flexinfra.io/redundancy: multi-az
    pagerduty.com/service-id: PSEARCH1
spec:
  type: service
  lifecycle: production
  owner: group:default/commerce-search
  system: catalog-search
  providesApis: [search-api]
---
apiVersion: backstage.io/v1alpha1
kind: API
metadata:
  name: search-api
spec:
  type: openapi
  lifecycle: production
  owner: group:default/commerce-search
  definition: 'openapi: 3.0.0'
`;
export const SEARCH_API_URL =
  'https://github.com/acme/search/blob/main/services/search-api/catalog-info.yaml';

/**
 * A stage-4 service with everything for stage 5 but ephemeral environments
 * and a self-service template.
 */
export const CHECKOUT_API_FILE = `apiVersion: backstage.io/v1alpha1
kind: Component
metadata:
  name: checkout-api
  annotations:
    backstage.io/source-location: url:https://github.com/acme/checkout-api/tree/main/
    github.com/project-slug: acme/checkout-api
    backstage.io/techdocs-ref: dir:.
    backstage.io/kubernetes-id: checkout-api
    argocd/app-name: checkout-api-prod
    pagerduty.com/service-id: PCHKOUT
    grafana/dashboard-selector: "tags @> 'checkout'"
    flexinfra.io/provisioning: iac
    flexinfra.io/iac-tool: terraform
    flexinfra.io/iac-location: url:https://github.com/acme/infra-live/tree/main/checkout
    flexinfra.io/autoscaling: keda
    flexinfra.io/environments: dev, staging ,prod
    flexinfra.io/regions: eu-west-1,us-east-1
    flexinfra.io/redundancy: multi-region
    flexinfra.io/cost-center: CC-2100
  links:
    - url: https://runbooks.acme.example/checkout-api
      title: Runbook
      type: runbook
spec:
  type: service
  lifecycle: production
  owner: group:default/commerce-web
  system: checkout
`;
export const CHECKOUT_API_URL =
  'https://github.com/acme/checkout-api/blob/main/catalog-info.yaml';

export const PAYMENTS_SYSTEM: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'System',
  metadata: { name: 'payments', namespace: 'default' },
  spec: { owner: 'group:default/payments' },
};

/**
 * The catalog's copy of the entities of a file read from `url`: with the
 * namespace and the location annotations the catalog adds.
 */
export function catalogCopies(content: string, url: string): Entity[] {
  return parseAllDocuments(content).map(document => {
    const entity = document.toJS() as Entity;
    return {
      ...entity,
      metadata: {
        namespace: 'default',
        ...entity.metadata,
        annotations: {
          ...entity.metadata.annotations,
          'backstage.io/managed-by-location': `url:${url}`,
          'backstage.io/managed-by-origin-location': `url:${url}`,
        },
      },
    };
  });
}

/** Every fixture, as the catalog and the URL reader of a test backend hold them. */
export const FIXTURE_ENTITIES: Entity[] = [
  ...catalogCopies(INVOICE_SERVICE_FILE, INVOICE_SERVICE_URL),
  ...catalogCopies(SEARCH_API_FILE, SEARCH_API_URL),
  ...catalogCopies(CHECKOUT_API_FILE, CHECKOUT_API_URL),
  PAYMENTS_SYSTEM,
];

export const FIXTURE_FILES: Record<string, string> = {
  [INVOICE_SERVICE_URL]: INVOICE_SERVICE_FILE,
  [SEARCH_API_URL]: SEARCH_API_FILE,
  [CHECKOUT_API_URL]: CHECKOUT_API_FILE,
};
