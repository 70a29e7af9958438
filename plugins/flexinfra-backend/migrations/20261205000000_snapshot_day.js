// @ts-check

/**
 * A day's snapshot is written once, when the day is over: the first commit
 * of a later day writes the snapshot of the day the stored results stand
 * for, before it changes them. Each run records that day, so the next
 * commit knows which day, if any, it closes. Runs committed before this
 * migration have none: their days' snapshots were written as they
 * committed.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.alterTable('flexinfra_refresh_runs', table => {
    table
      .string('snapshot_day', 10)
      .nullable()
      .comment(
        'The day (YYYY-MM-DD, UTC) the results committed by the run stand for; its snapshot is written by the first commit of a later day',
      );
  });
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.alterTable('flexinfra_refresh_runs', table => {
    table.dropColumn('snapshot_day');
  });
};
