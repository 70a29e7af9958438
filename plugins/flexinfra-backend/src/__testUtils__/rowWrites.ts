import type { Knex } from 'knex';

const LOG = 'test_row_writes';

/**
 * Counts the rows written (inserted, updated or deleted) to some tables from
 * now on, with a database trigger per table on either engine. `count()`
 * says how many rows each table has had written since.
 */
export async function watchRowWrites(
  knex: Knex,
  tables: string[],
): Promise<{ count(): Promise<Record<string, number>> }> {
  const postgres = knex.client.config.client === 'pg';
  await knex.schema.createTable(LOG, table => table.string('table_name'));
  if (postgres) {
    await knex.raw(
      `CREATE FUNCTION test_log_row_write() RETURNS trigger AS $$
       BEGIN INSERT INTO ${LOG} VALUES (TG_TABLE_NAME); RETURN NULL; END
       $$ LANGUAGE plpgsql`,
    );
  }
  for (const table of tables) {
    if (postgres) {
      await knex.raw(
        `CREATE TRIGGER ?? AFTER INSERT OR UPDATE OR DELETE ON ??
         FOR EACH ROW EXECUTE FUNCTION test_log_row_write()`,
        [`${table}_writes`, table],
      );
    } else {
      for (const event of ['INSERT', 'UPDATE', 'DELETE']) {
        await knex.raw(
          `CREATE TRIGGER ?? AFTER ${event} ON ??
           BEGIN INSERT INTO ${LOG} VALUES ('${table}'); END`,
          [`${table}_${event.toLowerCase()}s`, table],
        );
      }
    }
  }
  await knex(LOG).delete();
  return {
    async count() {
      const rows: Array<{ table_name: string; n: number | string }> =
        await knex(LOG)
          .select('table_name')
          .count({ n: '*' })
          .groupBy('table_name');
      const counts: Record<string, number> = Object.fromEntries(
        tables.map(table => [table, 0]),
      );
      for (const row of rows) {
        counts[row.table_name] = Number(row.n);
      }
      await knex(LOG).delete();
      return counts;
    },
  };
}
