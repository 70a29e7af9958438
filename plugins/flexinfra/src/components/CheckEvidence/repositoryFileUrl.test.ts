import { repositoryFileUrl } from './repositoryFileUrl';

describe('repositoryFileUrl', () => {
  const browseUrl = 'https://git.example.com/payments/checkout/tree/main/';

  it('resolves a path against the browse address', () => {
    expect(repositoryFileUrl('infra/main.tf', browseUrl)).toBe(
      'https://git.example.com/payments/checkout/tree/main/infra/main.tf',
    );
  });

  it('treats a browse address without a trailing slash as a folder', () => {
    expect(
      repositoryFileUrl(
        'infra/main.tf',
        'https://git.example.com/payments/checkout/tree/main',
      ),
    ).toBe('https://git.example.com/payments/checkout/tree/main/infra/main.tf');
  });

  it('keeps the path inside the repository when it starts with a slash', () => {
    expect(repositoryFileUrl('/Jenkinsfile', browseUrl)).toBe(
      'https://git.example.com/payments/checkout/tree/main/Jenkinsfile',
    );
  });

  it('encodes characters that would otherwise end the path', () => {
    expect(repositoryFileUrl('deploy/values #2.yaml', browseUrl)).toBe(
      'https://git.example.com/payments/checkout/tree/main/deploy/values%20%232.yaml',
    );
  });

  it('gives no address without a browse address or with an invalid one', () => {
    expect(repositoryFileUrl('infra/main.tf', null)).toBeUndefined();
    expect(repositoryFileUrl('infra/main.tf', undefined)).toBeUndefined();
    expect(repositoryFileUrl('infra/main.tf', 'not a url')).toBeUndefined();
  });
});
