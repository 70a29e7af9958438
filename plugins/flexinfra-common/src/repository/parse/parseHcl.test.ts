import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { parseHcl } from './parseHcl';

const limits = { maxDepth: 64 };

describe('parseHcl', () => {
  it('gives the body in hcl2json shape: blocks as arrays under their labels', async () => {
    const body = await parseHcl(
      'main.tf',
      'resource "aws_autoscaling_group" "web" {\n  max_size = 4\n}\n',
      limits,
    );
    expect(body).toEqual({
      resource: { aws_autoscaling_group: { web: [{ max_size: 4 }] } },
    });
  });

  it('names what is wrong with invalid HCL', async () => {
    await expect(
      parseHcl('main.tf', 'resource "a" "b" {\n', limits),
    ).rejects.toThrow(/^is not valid HCL: .+/);
  });

  it('refuses a body nested deeper than the limit', async () => {
    await expect(
      parseHcl('main.tf', 'a {\n  b {\n    c {\n      d = 1\n    }\n  }\n}\n', {
        maxDepth: 3,
      }),
    ).rejects.toThrow('nests deeper than the limit of 3');
  });

  it('loads the HCL parser on the first HCL file, not with the analyzer', async () => {
    // A process of its own: Jest's module registry is not Node's require cache.
    const script = `
      const loaded = () => Object.keys(require.cache).some(f => f.includes('hcl2json'));
      const { analyzeRepository } = require(${JSON.stringify(
        resolve(__dirname, '..', 'index.ts'),
      )});
      const { parseHcl } = require(${JSON.stringify(
        resolve(__dirname, 'parseHcl.ts'),
      )});
      const before = typeof analyzeRepository === 'function' && loaded();
      parseHcl('main.tf', 'a = 1', { maxDepth: 8 }).then(body =>
        console.log(JSON.stringify({ before, after: loaded(), body })));
    `;
    const { stdout } = await promisify(execFile)(
      process.execPath,
      [
        '--require',
        require.resolve('@backstage/cli/config/nodeTransform.cjs'),
        '-e',
        script,
      ],
      { timeout: 60_000 },
    );
    expect(JSON.parse(stdout)).toEqual({
      before: false,
      after: true,
      body: { a: 1 },
    });
  }, 70_000);
});
