import type { FlexInfraFactProvider } from '@flexinfra/backstage-plugin-flexinfra-node';
import { validateFactProviders } from './validateFactProviders';

const provider = (id: unknown, getFacts: unknown = async () => new Map()) =>
  ({ id, getFacts } as FlexInfraFactProvider);

describe('validateFactProviders', () => {
  it('accepts distinct, well-named providers', () => {
    expect(() =>
      validateFactProviders([
        provider('pager'),
        provider('cloud-costs'),
        provider('k8sLive'),
      ]),
    ).not.toThrow();
  });

  it.each([
    [[provider('')], /#1 has an invalid id ""/],
    [[provider('has space')], /invalid id "has space"/],
    [[provider(undefined)], /#1 has an invalid id undefined/],
    [
      [provider('pager'), provider('regions')],
      /#2 may not be called 'regions'/,
    ],
    [
      [provider('pager'), provider('pager')],
      /#2: another provider is also called 'pager'/,
    ],
    [[provider('pager', 'nope')], /'pager'\) has no getFacts function/],
  ])('rejects %#', (providers, message) => {
    expect(() => validateFactProviders(providers)).toThrow(message);
  });
});
