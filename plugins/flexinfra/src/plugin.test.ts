import { mockApis } from '@backstage/frontend-test-utils';
import { FlexInfraClient, flexInfraApiRef } from './api';
import {
  EntityFlexInfraCard,
  EntityFlexInfraContent,
  EntityFlexInfraRollupCard,
  FlexInfraPage,
  flexinfraPlugin,
} from './plugin';
import {
  entityContentRouteRef,
  rootRouteRef,
  scaffolderTemplateRouteRef,
} from './routes';

describe('flexinfra plugin (legacy frontend system)', () => {
  it('is the flexinfra plugin with its routes', () => {
    expect(flexinfraPlugin.getId()).toBe('flexinfra');
    expect(flexinfraPlugin.routes.root).toBe(rootRouteRef);
    expect(flexinfraPlugin.routes.entityContent).toBe(entityContentRouteRef);
  });

  it('has an optional external route to bind to the scaffolder template page', () => {
    const ref = flexinfraPlugin.externalRoutes.scaffolderTemplate;
    expect(ref).toBe(scaffolderTemplateRouteRef);
    expect(ref.optional).toBe(true);
    expect(ref.params).toEqual(['namespace', 'templateName']);
  });

  it('provides the FlexInfra client from discovery and fetch', () => {
    const factories = [...flexinfraPlugin.getApis()];
    expect(factories.map(f => f.api.id)).toEqual([flexInfraApiRef.id]);

    const [factory] = factories;
    expect(
      Object.values(factory.deps)
        .map(ref => ref.id)
        .sort(),
    ).toEqual(['core.discovery', 'core.fetch']);
    const client = factory.factory({
      discoveryApi: mockApis.discovery(),
      fetchApi: mockApis.fetch(),
    });
    expect(client).toBeInstanceOf(FlexInfraClient);
  });

  it('exports the page and the entity views as extensions', () => {
    for (const extension of [
      FlexInfraPage,
      EntityFlexInfraContent,
      EntityFlexInfraCard,
      EntityFlexInfraRollupCard,
    ]) {
      expect(extension).toEqual(expect.any(Function));
    }
  });
});
