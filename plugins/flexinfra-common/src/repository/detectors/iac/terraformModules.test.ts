import { moduleAddress } from './terraformModules';

describe('moduleAddress', () => {
  it('reads published module addresses, with or without a host and submodule', () => {
    expect(moduleAddress('terraform-aws-modules/lambda/aws')).toBe(
      'terraform-aws-modules/lambda/aws',
    );
    expect(moduleAddress('app.example.com/acme/network/aws')).toBe(
      'acme/network/aws',
    );
    expect(
      moduleAddress(
        'terraform-aws-modules/cloudwatch/aws//modules/metric-alarm',
      ),
    ).toBe('terraform-aws-modules/cloudwatch/aws//modules/metric-alarm');
  });

  it('gives nothing for local, Git and archive sources', () => {
    expect(moduleAddress('./modules/lambda')).toBeUndefined();
    expect(moduleAddress('../../modules/app')).toBeUndefined();
    expect(
      moduleAddress('git::https://example.com/acme/lambda.git?ref=v1.2.0'),
    ).toBeUndefined();
    expect(
      moduleAddress('s3::https://example.com/bucket/vpc.zip'),
    ).toBeUndefined();
  });
});
