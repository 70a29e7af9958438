// @ts-check

/**
 * One row per refresh run: a pass that (re)scores the catalog's entities.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('flexinfra_refresh_runs', table => {
    table.comment('Runs that (re)score catalog entities, newest last');
    table.increments('id').primary().comment('Auto-incrementing run id');
    table
      .timestamp('started_at', { useTz: true })
      .notNullable()
      .comment('When the run started');
    table
      .timestamp('finished_at', { useTz: true })
      .nullable()
      .comment('When the run finished; null while it is running');
    table
      .string('status', 32)
      .notNullable()
      .comment("'running', 'succeeded' or 'failed'");
    table
      .integer('entities_scored')
      .notNullable()
      .defaultTo(0)
      .comment('How many entities the run scored');
    table
      .text('error')
      .nullable()
      .comment('Why the run failed; null unless status is failed');
    table.index(['started_at'], 'flexinfra_refresh_runs_started_at_idx');
  });
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.dropTable('flexinfra_refresh_runs');
};
