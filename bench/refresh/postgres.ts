/**
 * The PostgreSQL server the refresh benchmark uses: the catalog's database
 * (kept between runs) and FlexInfra's (created fresh for every run).
 */
import knexFactory, { type Knex } from 'knex';
import { performance } from 'node:perf_hooks';

/** Override with FLEXINFRA_BENCH_PG, e.g. postgresql://user:pw@host:5432. */
export const PG_URL =
  process.env.FLEXINFRA_BENCH_PG ?? 'postgresql://postgres@127.0.0.1:5432';

export type PgConnection = {
  host: string;
  port: number;
  user: string;
  password?: string;
};

export function pgConnection(): PgConnection {
  const url = new URL(PG_URL);
  return {
    host: url.hostname,
    port: Number(url.port || 5432),
    user: decodeURIComponent(url.username || 'postgres'),
    ...(url.password && { password: decodeURIComponent(url.password) }),
  };
}

/** A knex client of one database on the server. */
export function connect(database: string): Knex {
  return knexFactory({
    client: 'pg',
    connection: { ...pgConnection(), database },
    pool: { min: 0, max: 4 },
  });
}

async function withAdmin<T>(fn: (admin: Knex) => Promise<T>): Promise<T> {
  const admin = connect('postgres');
  try {
    return await fn(admin);
  } finally {
    await admin.destroy();
  }
}

export async function databaseExists(name: string): Promise<boolean> {
  return withAdmin(async admin => {
    const rows = await admin('pg_database').where({ datname: name }).select(1);
    return rows.length > 0;
  });
}

export async function dropDatabase(name: string): Promise<void> {
  await withAdmin(admin =>
    admin.raw('DROP DATABASE IF EXISTS ?? WITH (FORCE)', [name]),
  );
}

/** Drops the database if it exists and creates it empty. */
export async function recreateDatabase(name: string): Promise<void> {
  await withAdmin(async admin => {
    await admin.raw('DROP DATABASE IF EXISTS ?? WITH (FORCE)', [name]);
    await admin.raw('CREATE DATABASE ??', [name]);
  });
}

/** The server's version and the settings that bear on the numbers. */
export async function serverSettings(): Promise<{
  version: string;
  autovacuum: string;
  sharedBuffers: string;
  workMem: string;
}> {
  return withAdmin(async admin => {
    const show = async (name: string) => {
      const result = await admin.raw(`SHOW ${name}`);
      return String(Object.values(result.rows[0])[0]);
    };
    return {
      version: await show('server_version'),
      autovacuum: await show('autovacuum'),
      sharedBuffers: await show('shared_buffers'),
      workMem: await show('work_mem'),
    };
  });
}

/**
 * VACUUM ANALYZE of a whole database, as autovacuum would do after a bulk
 * load (on a server where it is off, the planner otherwise works from the
 * statistics of empty tables). Returns how long it took.
 */
export async function vacuumAnalyze(knex: Knex): Promise<number> {
  const start = performance.now();
  await knex.raw('VACUUM ANALYZE');
  return Math.round(performance.now() - start);
}

/**
 * What a database's own tables take on disk: pg_total_relation_size (heap,
 * indexes, TOAST) of every table outside the system schemas, as it stands
 * (dead rows not yet vacuumed included), and their rows, counted.
 */
export async function tablesSize(knex: Knex): Promise<{
  bytes: number;
  tables: Record<string, { bytes: number; rows: number }>;
}> {
  const result = await knex.raw(
    `SELECT n.nspname AS schema, c.relname AS name,
            pg_total_relation_size(c.oid) AS bytes
     FROM pg_class c
     JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE c.relkind = 'r'
       AND n.nspname NOT IN ('pg_catalog', 'information_schema')
     ORDER BY c.relname`,
  );
  const tables: Record<string, { bytes: number; rows: number }> = {};
  let bytes = 0;
  for (const row of result.rows as Array<{
    schema: string;
    name: string;
    bytes: string;
  }>) {
    const [count] = await knex
      .withSchema(row.schema)
      .table(row.name)
      .count({ n: '*' });
    tables[row.name] = {
      bytes: Number(row.bytes),
      rows: Number((count as { n: string | number }).n),
    };
    bytes += Number(row.bytes);
  }
  return { bytes, tables };
}
