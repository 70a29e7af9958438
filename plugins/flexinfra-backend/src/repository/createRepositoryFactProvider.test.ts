import { mockServices } from '@backstage/backend-test-utils';
import { createTestDatabases } from '../__testUtils__/testDatabases';
import { readFlexInfraConfig } from '../config/readFlexInfraConfig';
import { createRepositoryFactProvider } from './createRepositoryFactProvider';

jest.setTimeout(60_000);

const databases = createTestDatabases();

function options(flexinfra: object, moduleProviders: any[] = []) {
  const config = mockServices.rootConfig({ data: { flexinfra } });
  return {
    settings: readFlexInfraConfig(config).repository,
    config,
    urlReader: mockServices.urlReader.mock(),
    logger: mockServices.logger.mock(),
    moduleProviders,
  };
}

describe('createRepositoryFactProvider', () => {
  it('makes the repository provider, storing in the plugin database', async () => {
    const knex = await databases.init('SQLITE_3');
    const provider = await createRepositoryFactProvider({
      ...options({}),
      database: mockServices.database({ knex }),
    });
    expect(provider?.id).toBe('repository');
    expect(await knex.schema.hasTable('flexinfra_repositories')).toBe(true);
  });

  it('makes none when reading repositories is turned off', async () => {
    const database = mockServices.database.mock();
    await expect(
      createRepositoryFactProvider({
        ...options({ repository: { enabled: false } }),
        database,
      }),
    ).resolves.toBeUndefined();
    expect(database.getClient).not.toHaveBeenCalled();
  });

  it("refuses a module's provider that is also called repository", async () => {
    await expect(
      createRepositoryFactProvider({
        ...options({}, [{ id: 'repository', getFacts: async () => new Map() }]),
        database: mockServices.database.mock(),
      }),
    ).rejects.toThrow("is called 'repository'");
  });
});
