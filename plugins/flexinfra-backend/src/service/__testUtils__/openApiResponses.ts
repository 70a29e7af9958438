import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { readFileSync } from 'fs';
import { resolve } from 'path';
import { parse } from 'yaml';

/** openapi.yaml itself, not the generated module: the source of truth. */
const document = parse(
  readFileSync(resolve(__dirname, '../../schema/openapi.yaml'), 'utf8'),
);

const ajv = new Ajv({ allErrors: true, strict: true });
addFormats(ajv);
// The document's own keywords, next to the JSON schemas it holds.
ajv.addVocabulary([
  'openapi',
  'info',
  'servers',
  'security',
  'tags',
  'paths',
  'components',
]);
ajv.addSchema(document, 'openapi.json');

function pointerPart(key: string): string {
  return encodeURIComponent(key.replace(/~/g, '~0').replace(/\//g, '~1'));
}

const checked = new Set<string>();

/** The campaigns' paths, whose responses campaignRoutes.test.ts checks. */
export function isCampaignPath(path: string): boolean {
  return path.startsWith('/campaigns') || path.endsWith('/campaigns');
}

/** The adoption paths, whose responses adoptionRoutes.test.ts checks. */
export function isAdoptionPath(path: string): boolean {
  return path === '/adoption' || path.endsWith('/adoption');
}

/**
 * The method, path template and status of every JSON response documented,
 * of the paths that `include` accepts (all by default).
 */
export function documentedJsonResponses(
  include: (path: string) => boolean = () => true,
): string[] {
  const found: string[] = [];
  for (const [path, item] of Object.entries<any>(document.paths)) {
    if (!include(path)) {
      continue;
    }
    for (const [method, operation] of Object.entries<any>(item)) {
      if (!operation?.responses) {
        continue; // path-level parameters
      }
      for (const [status, response] of Object.entries<any>(
        operation.responses,
      )) {
        if (response.content?.['application/json'] || response.$ref) {
          found.push(`${method.toUpperCase()} ${path} ${status}`);
        }
      }
    }
  }
  return found;
}

/** The responses checked by expectResponseMatchesSpec so far. */
export function checkedResponses(): string[] {
  return [...checked];
}

/**
 * Checks a response against the JSON schema that openapi.yaml documents for
 * its operation and status (following a `$ref` to a shared response).
 */
export function expectResponseMatchesSpec(
  response: { status: number; body: unknown },
  method: 'get' | 'post' | 'put',
  pathTemplate: string,
): void {
  const status = String(response.status);
  const operation = document.paths[pathTemplate]?.[method];
  if (!operation?.responses?.[status]) {
    throw new Error(
      `openapi.yaml documents no ${status} response of ${method.toUpperCase()} ${pathTemplate}`,
    );
  }
  const responseRef: string | undefined = operation.responses[status].$ref;
  const base = responseRef
    ? responseRef
    : `#/paths/${pointerPart(pathTemplate)}/${method}/responses/${status}`;
  const validate = ajv.getSchema(
    `openapi.json${base}/content/application~1json/schema`,
  );
  if (!validate) {
    throw new Error(`No JSON schema at ${base}`);
  }
  if (!validate(response.body)) {
    throw new Error(
      `The ${status} response of ${method.toUpperCase()} ${pathTemplate} does not match openapi.yaml:\n${ajv.errorsText(
        validate.errors,
        { separator: '\n' },
      )}\n${JSON.stringify(response.body, null, 2)}`,
    );
  }
  checked.add(`${method.toUpperCase()} ${pathTemplate} ${status}`);
}
