import type { Entity } from '@backstage/catalog-model';
import { ScmIntegrations } from '@backstage/integration';
import { ConfigReader } from '@backstage/config';
import { defaultModelDefinition } from '@flexinfra/backstage-plugin-flexinfra-common';
import { catalogFieldsFor } from '../catalog/catalogFields';
import { locateRepository } from './locateRepository';

function entity(annotations: Record<string, string>): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: { name: 'checkout', annotations },
    spec: {},
  };
}

describe('locateRepository', () => {
  it('reads the source location when it is a url: location', () => {
    expect(
      locateRepository(
        entity({
          'backstage.io/source-location':
            'url:https://github.com/acme/checkout/tree/main/',
          'backstage.io/managed-by-location':
            'url:https://github.com/acme/catalog/blob/main/all.yaml',
        }),
      ),
    ).toEqual({
      type: 'url',
      key: 'url:https://github.com/acme/checkout/tree/main/',
      url: 'https://github.com/acme/checkout/tree/main/',
      browseUrl: 'https://github.com/acme/checkout/tree/main/',
    });
  });

  it('treats a source location without a trailing slash as the same folder', () => {
    const target = locateRepository(
      entity({
        'backstage.io/source-location':
          'url:https://gitlab.example.com/acme/payments',
      }),
    );
    expect(target?.key).toBe('url:https://gitlab.example.com/acme/payments/');
  });

  it('falls back to the folder of the descriptor file it came from', () => {
    expect(
      locateRepository(
        entity({
          'backstage.io/managed-by-location':
            'url:https://github.com/acme/monorepo/blob/main/services/checkout/catalog-info.yaml',
        }),
      ),
    ).toMatchObject({
      type: 'url',
      url: 'https://github.com/acme/monorepo/blob/main/services/checkout/',
    });
  });

  it('resolves the folder the way the host integration does', () => {
    const integrations = ScmIntegrations.fromConfig(
      new ConfigReader({
        integrations: { azure: [{ host: 'dev.azure.com' }] },
      }),
    );
    const target = locateRepository(
      entity({
        'backstage.io/managed-by-location':
          'url:https://dev.azure.com/acme/shop/_git/checkout?path=/deploy/catalog-info.yaml',
      }),
      options => integrations.resolveUrl(options),
    );
    expect(target?.type).toBe('url');
    expect(
      target?.type === 'url' && new URL(target.url).searchParams.get('path'),
    ).toBe('/deploy/');
  });

  it('reads a file: location from its folder on disk', () => {
    expect(
      locateRepository(
        entity({
          'backstage.io/managed-by-location':
            'file:/srv/backstage/examples/checkout/catalog-info.yaml',
        }),
      ),
    ).toEqual({
      type: 'file',
      key: 'file:/srv/backstage/examples/checkout',
      folder: '/srv/backstage/examples/checkout',
      browseUrl: null,
    });
  });

  it.each([
    [{}],
    [{ 'backstage.io/managed-by-location': 'bootstrap:bootstrap' }],
    [{ 'backstage.io/managed-by-location': 'file:relative/catalog-info.yaml' }],
    [{ 'backstage.io/managed-by-location': 'url:ftp://example.com/x.yaml' }],
    [{ 'backstage.io/source-location': 'not a location' }],
  ])('finds no repository for %p', annotations => {
    expect(locateRepository(entity(annotations))).toBeUndefined();
  });

  it('reads annotations that every refresh requests from the catalog', () => {
    expect(catalogFieldsFor(defaultModelDefinition.checks)).toContain(
      'metadata.annotations',
    );
    expect(catalogFieldsFor([])).toContain('metadata.annotations');
  });
});
