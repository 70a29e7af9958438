import { repositoryLabel } from './repositoryLabel';

describe('repositoryLabel', () => {
  it('names a web location by host and path', () => {
    expect(
      repositoryLabel({
        target: 'url:https://git.example.com/payments/checkout/tree/main/',
        browseUrl: 'https://git.example.com/payments/checkout/tree/main/',
      }),
    ).toBe('git.example.com/payments/checkout/tree/main');
  });

  it('names a local folder by its name, not where the backend runs', () => {
    expect(
      repositoryLabel({
        target: 'file:/srv/backstage/examples/services/checkout/',
        browseUrl: null,
      }),
    ).toBe('checkout (local folder)');
  });
});
