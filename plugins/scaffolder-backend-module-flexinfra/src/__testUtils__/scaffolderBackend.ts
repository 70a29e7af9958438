import { closingSqliteDatabaseServiceFactory } from '@internal/backend-test-utils';
import {
  createBackendModule,
  UrlReaderService,
} from '@backstage/backend-plugin-api';
import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { NotFoundError } from '@backstage/errors';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import scaffolderPlugin from '@backstage/plugin-scaffolder-backend';
import {
  createTemplateAction,
  scaffolderActionsExtensionPoint,
} from '@backstage/plugin-scaffolder-node';
import { promises as fs } from 'node:fs';
import { AddressInfo } from 'node:net';
import { join, relative, resolve } from 'node:path';
import yaml from 'yaml';
import { scaffolderModuleFlexinfra } from '../module';

/** The templates this package ships. */
export const TEMPLATES_DIR = resolve(__dirname, '..', '..', 'templates');

/**
 * Stand-ins for the publish actions of
 * @backstage/plugin-scaffolder-backend-module-github, which this package
 * does not depend on. Like the real ones they do not support dry runs, so a
 * dry run skips them; a real run would fail loudly.
 */
const publishStubs = createBackendModule({
  pluginId: 'scaffolder',
  moduleId: 'publish-stubs',
  register({ registerInit }) {
    registerInit({
      deps: { actions: scaffolderActionsExtensionPoint },
      async init({ actions }) {
        const stub = (id: string) =>
          createTemplateAction({
            id,
            schema: {
              output: {
                remoteUrl: z => z.string(),
                repoContentsUrl: z => z.string(),
              },
            },
            async handler() {
              throw new Error(`${id} is a stub in tests`);
            },
          });
        actions.addActions(
          stub('publish:github'),
          stub('publish:github:pull-request'),
        );
      },
    });
  },
});

function urlReaderFor(files: Record<string, string>) {
  return mockServices.urlReader.mock({
    async readUrl(url: string) {
      const content = files[url];
      if (content === undefined) {
        throw new NotFoundError(`${url} not found`);
      }
      return {
        buffer: async () => Buffer.from(content),
        stream: () => {
          throw new Error('not implemented');
        },
      } as Awaited<ReturnType<UrlReaderService['readUrl']>>;
    },
  });
}

export interface DryRunResult {
  status: number;
  body: any;
  /** The workspace after the steps, by path. */
  files: Map<string, string>;
  /** Log messages. */
  messages: string[];
}

async function readDirectory(
  root: string,
  dir = root,
): Promise<Array<{ path: string; base64Content: string }>> {
  const entries = await fs.readdir(dir, { withFileTypes: true });
  const files = await Promise.all(
    entries.map(async entry => {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        return readDirectory(root, path);
      }
      return [
        {
          path: relative(root, path),
          base64Content: (await fs.readFile(path)).toString('base64'),
        },
      ];
    }),
  );
  return files.flat();
}

/**
 * Starts a backend with the scaffolder, this module and a catalog holding
 * `entities`; `files` are what the URL reader serves, by URL.
 */
export async function startScaffolder(options: {
  entities?: Entity[];
  files?: Record<string, string>;
}) {
  const { server } = await startTestBackend({
    features: [
      closingSqliteDatabaseServiceFactory(),
      scaffolderPlugin,
      scaffolderModuleFlexinfra,
      publishStubs,
      catalogServiceMock.factory({ entities: options.entities ?? [] }),
      urlReaderFor(options.files ?? {}).factory,
    ],
  });
  const { port } = server.address() as AddressInfo;

  /** Runs one of the package's templates through /v2/dry-run. */
  async function dryRunTemplate(
    name: string,
    values: Record<string, unknown>,
  ): Promise<DryRunResult> {
    const templateDir = join(TEMPLATES_DIR, name);
    const template = yaml.parse(
      await fs.readFile(join(templateDir, 'template.yaml'), 'utf8'),
    );
    const directoryContents = (await readDirectory(templateDir)).filter(
      file => file.path !== 'template.yaml',
    );
    const response = await fetch(
      `http://localhost:${port}/api/scaffolder/v2/dry-run`,
      {
        method: 'POST',
        headers: {
          Authorization: mockCredentials.user.header(),
          'Content-Type': 'application/json',
        },
        body: JSON.stringify({ template, values, directoryContents }),
      },
    );
    const body = await response.json();
    const files = new Map<string, string>(
      (body.directoryContents ?? []).map(
        (file: { path: string; base64Content: string }) => [
          file.path,
          Buffer.from(file.base64Content, 'base64').toString('utf8'),
        ],
      ),
    );
    const messages = (body.log ?? []).map(
      (entry: { body: { message: string } }) => entry.body.message,
    );
    return { status: response.status, body, files, messages };
  }

  return { port, dryRunTemplate };
}
