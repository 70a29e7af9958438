import { mockApis } from '@backstage/frontend-test-utils';
import { FlexInfraClient, flexInfraApiRef } from './api';
import { FlexInfraPage, flexinfraPlugin } from './plugin';
import { rootRouteRef } from './routes';

describe('flexinfra plugin (legacy frontend system)', () => {
  it('is the flexinfra plugin with its root route', () => {
    expect(flexinfraPlugin.getId()).toBe('flexinfra');
    expect(flexinfraPlugin.routes.root).toBe(rootRouteRef);
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

  it('exports the page as a routable extension', () => {
    expect(FlexInfraPage).toEqual(expect.any(Function));
  });
});
