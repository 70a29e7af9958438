import { isRegionName } from './regionNames';

describe('isRegionName', () => {
  it.each([
    'eu-west-1',
    'us-gov-west-1',
    'ap-southeast-2',
    'europe-west1',
    'us-central1',
    'westeurope',
    'EastUS2',
  ])('takes %p for a region', name => expect(isRegionName(name)).toBe(true));

  it.each([
    'europe',
    'eu-west',
    'production',
    'us-east-1a',
    'west-europe',
    '${{ matrix.region }}',
  ])('does not take %p for a region', name =>
    expect(isRegionName(name)).toBe(false),
  );
});
