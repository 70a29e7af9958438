import { readFileSync, writeFileSync } from 'fs';
import { resolve } from 'path';
import { parse } from 'yaml';
import { spec } from './openapi.generated';

const yamlPath = resolve(__dirname, 'openapi.yaml');
const generatedPath = resolve(__dirname, 'openapi.generated.ts');

/** The TypeScript module that carries openapi.yaml into the build. */
function renderModule(document: unknown): string {
  return [
    '// Generated from openapi.yaml; do not edit. To regenerate, run',
    '//   FLEXINFRA_UPDATE_OPENAPI=1 CI=true yarn backstage-cli package test src/schema',
    '// in plugins/flexinfra-backend, then format the file with prettier.',
    '',
    "/** The plugin's OpenAPI document (src/schema/openapi.yaml). */",
    `export const spec = ${JSON.stringify(document, null, 2)} as const;`,
    '',
  ].join('\n');
}

describe('openapi.generated.ts', () => {
  it('is openapi.yaml', () => {
    const document = parse(readFileSync(yamlPath, 'utf8'));
    if (process.env.FLEXINFRA_UPDATE_OPENAPI) {
      writeFileSync(generatedPath, renderModule(document));
      return;
    }
    // If this fails, regenerate the module as its header says.
    expect(spec).toEqual(document);
  });

  it('is an OpenAPI 3.0 document whose refs all resolve', () => {
    expect(spec.openapi).toBe('3.0.3');
    const refs = JSON.stringify(spec).match(/"\$ref":"[^"]*"/g) ?? [];
    expect(refs.length).toBeGreaterThan(0);
    for (const ref of refs) {
      const pointer = ref.slice('"$ref":"#/'.length, -1).split('/');
      const target = pointer.reduce<any>(
        (node, key) => node?.[key.replace(/~1/g, '/').replace(/~0/g, '~')],
        spec,
      );
      expect({ ref, found: target !== undefined }).toEqual({
        ref,
        found: true,
      });
    }
  });
});
