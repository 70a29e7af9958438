import { randomUUID } from 'node:crypto';
import type {
  DatabaseService,
  LoggerService,
} from '@backstage/backend-plugin-api';
import { NotFoundError } from '@backstage/errors';
import type {
  Campaign,
  CampaignInput,
} from '@flexinfra/backstage-plugin-flexinfra-common';
import type { Knex } from 'knex';
import { migrateDatabase } from '../database/migrateDatabase';
import { toIsoString, type Timestamp } from '../database/rows';
import type { CampaignStore } from './CampaignStore';

const TABLE = 'flexinfra_campaigns';

/** A row of `flexinfra_campaigns` as the drivers return it. */
type CampaignRow = {
  id: string;
  title: string;
  description: string;
  owner_ref: string;
  scope: string;
  target: string;
  start_date: string;
  due_date: string;
  milestones: string;
  status: Campaign['status'];
  created_by: string;
  created_at: Timestamp;
  updated_at: Timestamp;
};

/**
 * The CampaignStore of the plugin's database.
 *
 * @internal
 */
export class DatabaseCampaignStore implements CampaignStore {
  static async create(options: {
    database: DatabaseService;
    logger?: LoggerService;
    /** The clock; defaults to the system time. Tests pass their own. */
    now?: () => Date;
  }): Promise<DatabaseCampaignStore> {
    const db = await migrateDatabase(options.database, options.logger);
    return new DatabaseCampaignStore(db, options.now ?? (() => new Date()));
  }

  private constructor(
    private readonly db: Knex,
    private readonly now: () => Date,
  ) {}

  async list(options: { status?: Campaign['status'] } = {}) {
    const query = this.db<CampaignRow>(TABLE)
      .select()
      .orderBy([
        { column: 'due_date', order: 'asc' },
        { column: 'title', order: 'asc' },
        { column: 'id', order: 'asc' },
      ]);
    if (options.status) {
      query.where({ status: options.status });
    }
    return (await query).map(toCampaign);
  }

  async get(id: string) {
    const row = await this.db<CampaignRow>(TABLE).where({ id }).first();
    return row ? toCampaign(row) : undefined;
  }

  async create(input: CampaignInput, options: { createdBy: string }) {
    const now = this.now();
    const id = randomUUID();
    await this.db<CampaignRow>(TABLE).insert({
      id,
      ...toColumns(input),
      status: 'active',
      created_by: options.createdBy,
      created_at: now,
      updated_at: now,
    });
    return (await this.get(id))!;
  }

  async update(id: string, input: CampaignInput) {
    const updated = await this.db<CampaignRow>(TABLE)
      .where({ id })
      .update({ ...toColumns(input), updated_at: this.now() });
    return await this.require(id, updated);
  }

  async archive(id: string) {
    const updated = await this.db<CampaignRow>(TABLE)
      .where({ id })
      .update({ status: 'archived', updated_at: this.now() });
    return await this.require(id, updated);
  }

  private async require(id: string, updated: number): Promise<Campaign> {
    const campaign = updated > 0 ? await this.get(id) : undefined;
    if (!campaign) {
      throw new NotFoundError(`There is no FlexInfra campaign ${id}`);
    }
    return campaign;
  }
}

function toColumns(input: CampaignInput) {
  return {
    title: input.title,
    description: input.description,
    owner_ref: input.owner,
    scope: JSON.stringify(input.scope),
    target: JSON.stringify(input.target),
    start_date: input.startDate,
    due_date: input.dueDate,
    milestones: JSON.stringify(input.milestones),
  };
}

function toCampaign(row: CampaignRow): Campaign {
  return {
    id: row.id,
    title: row.title,
    description: row.description,
    owner: row.owner_ref,
    scope: JSON.parse(row.scope),
    target: JSON.parse(row.target),
    startDate: row.start_date,
    dueDate: row.due_date,
    milestones: JSON.parse(row.milestones),
    status: row.status,
    createdBy: row.created_by,
    createdAt: toIsoString(row.created_at),
    updatedAt: toIsoString(row.updated_at),
  };
}
