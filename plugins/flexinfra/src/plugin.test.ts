import { flexinfraPlugin } from './plugin';

describe('flexinfra', () => {
  it('should export plugin', () => {
    expect(flexinfraPlugin).toBeDefined();
  });
});
