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

  it('names a local location by its path', () => {
    expect(
      repositoryLabel({
        target: 'file:../../examples/services/checkout',
        browseUrl: null,
      }),
    ).toBe('../../examples/services/checkout');
  });
});
