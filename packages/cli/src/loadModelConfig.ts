import { promises as fs } from 'node:fs';
import { resolve } from 'node:path';
import { ConfigReader } from '@backstage/config';
import {
  applyModelOverrides,
  compileModel,
  defaultModelDefinition,
  type CompiledModel,
} from '@flexinfra/backstage-plugin-flexinfra-common';
import { parseDocument } from 'yaml';

/** A config file that is missing, unreadable or not a YAML mapping. */
export class ConfigFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigFileError';
  }
}

async function readConfigFile(path: string, cwd: string) {
  const absolute = resolve(cwd, path);
  let text: string;
  try {
    text = await fs.readFile(absolute, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new ConfigFileError(
      code === 'ENOENT'
        ? `Config file not found: ${path} (resolved to ${absolute})`
        : `Config file ${path} could not be read: ${(error as Error).message}`,
    );
  }
  const doc = parseDocument(text, { prettyErrors: true });
  if (doc.errors.length > 0) {
    const [first] = doc.errors;
    const pos = first.linePos?.[0];
    throw new ConfigFileError(
      `${path}${pos ? `:${pos.line}:${pos.col}` : ''}: invalid YAML: ${
        first.message.split('\n')[0]
      }`,
    );
  }
  const data = doc.toJS() ?? {};
  if (typeof data !== 'object' || Array.isArray(data)) {
    throw new ConfigFileError(
      `${path}: expected a YAML mapping such as app-config.yaml, got ${
        Array.isArray(data) ? 'a list' : typeof data
      }`,
    );
  }
  return { data, context: path };
}

/** The key paths of the nulls under `flexinfra.model` in a config file. */
function findNulls(value: unknown, path: string): string[] {
  if (value === null) {
    return [path];
  }
  if (Array.isArray(value)) {
    return value.flatMap((v, i) => findNulls(v, `${path}[${i}]`));
  }
  if (typeof value === 'object' && value !== undefined) {
    return Object.entries(value as Record<string, unknown>).flatMap(([k, v]) =>
      findNulls(v, `${path}.${k}`),
    );
  }
  return [];
}

export interface LoadedModel {
  model: CompiledModel;
  /** Things in the config files that are accepted but probably not meant. */
  warnings: string[];
}

/**
 * The model to score with: FlexInfra's default model with the
 * `flexinfra.model` overrides of the given app-config files applied, exactly
 * as the backend does. Several files merge like Backstage's `--config`: later
 * files win. `$env`, `$file` and `$include` substitutions are not resolved.
 * Read through Backstage's ConfigReader like the backend, a `null` is unset:
 * e.g. `stage: null` leaves the check's stage as it is; each one found is
 * returned as a warning.
 *
 * @throws ConfigFileError when a file is missing or not YAML;
 *   InvalidModelError (naming the key path) when the overrides are invalid.
 */
export async function loadModelConfig(
  configPaths: string[],
  cwd: string,
): Promise<LoadedModel> {
  if (configPaths.length === 0) {
    return { model: compileModel(defaultModelDefinition), warnings: [] };
  }
  const configs = [];
  const warnings: string[] = [];
  for (const path of configPaths) {
    const config = await readConfigFile(path, cwd);
    const flexinfra = (config.data as { flexinfra?: unknown }).flexinfra;
    const model =
      typeof flexinfra === 'object' && flexinfra !== null
        ? (flexinfra as { model?: unknown }).model
        : undefined;
    for (const key of findNulls(model, 'flexinfra.model')) {
      warnings.push(
        `${path}: ${key} is null, which Backstage config treats as unset, so it is ignored here as in the backend (to make a check score-only, write stage: none)`,
      );
    }
    configs.push(config);
  }
  let overrides: unknown;
  try {
    overrides =
      ConfigReader.fromConfigs(configs).getOptional('flexinfra.model');
  } catch (error) {
    // e.g. `flexinfra: true`: ConfigReader names the key and the file.
    throw new ConfigFileError((error as Error).message);
  }
  const model = compileModel(
    applyModelOverrides(defaultModelDefinition, overrides, 'flexinfra.model'),
    'flexinfra.model',
  );
  return { model, warnings };
}
