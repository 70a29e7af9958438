import { parseEntityRef } from '@backstage/catalog-model';
import { useRouteRef } from '@backstage/core-plugin-api';
import { scaffolderTemplateRouteRef } from '../../../routes';

/**
 * The link to a scaffolder template's page with the template's `entityRef`
 * parameter filled in: `<template page>?formData={"entityRef":"…"}` (the
 * scaffolder reads initial form values from the `formData` query parameter).
 *
 * The template page comes from {@link scaffolderTemplateRouteRef}, bound to
 * the scaffolder's `selectedTemplate` route (by default in the new frontend
 * system, through `bindRoutes` in the legacy one).
 *
 * @param templateRef - the template, as an entity ref such as
 *   `template:default/flexinfra-adopt-iac`.
 * @param entityRef - the entity the template is to fix.
 */
export function useTemplateLink(
  templateRef: string,
  entityRef: string,
): string {
  const templateRoute = useRouteRef(scaffolderTemplateRouteRef);
  const template = parseEntityRef(templateRef, {
    defaultKind: 'template',
    defaultNamespace: 'default',
  });
  const params = { namespace: template.namespace, templateName: template.name };
  // Unbound (the app has no scaffolder, or a legacy app did not bind the
  // route): the scaffolder's default path, `/create`.
  const templatePage = templateRoute
    ? templateRoute(params)
    : `/create/templates/${encodeURIComponent(
        params.namespace,
      )}/${encodeURIComponent(params.templateName)}`;
  const formData = encodeURIComponent(JSON.stringify({ entityRef }));
  return `${templatePage}?formData=${formData}`;
}
