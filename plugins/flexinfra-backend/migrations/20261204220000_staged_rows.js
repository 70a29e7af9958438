// @ts-check

/**
 * Results are staged in the shape they are committed in: one row per result
 * with the columns of `flexinfra_results` (plus whether it changed and how),
 * so that a commit moves them with set-based SQL (the check rows from the
 * staged check statuses, with the database's JSON functions) instead of
 * reading back and parsing a JSON payload per result. Staged rows
 * are transient: a run that was staging when this migration ran starts over.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.dropTable('flexinfra_staged_results');
  await knex.schema.createTable('flexinfra_staged_results', table => {
    table.comment(
      'Results staged by a running refresh, in the shape of flexinfra_results; invisible to readers until the run commits',
    );
    table.integer('run_id').notNullable();
    table.string('entity_ref', 512).notNullable();
    table.string('kind', 255).notNullable();
    table.string('namespace', 255).notNullable();
    table.string('name', 255).notNullable();
    table.text('title').nullable();
    table.string('type', 255).nullable();
    table.string('lifecycle', 255).nullable();
    table.string('owner_ref', 512).nullable();
    table.string('system_ref', 512).nullable();
    table.string('domain_ref', 512).nullable();
    table.string('outcome', 16).notNullable();
    table.integer('stage').nullable();
    table.double('score').nullable();
    table.double('dora_score').nullable();
    table.text('scorecard').notNullable();
    table.string('input_hash', 128).notNullable();
    table.string('result_digest', 128).notNullable();
    table.text('check_statuses').notNullable();
    table.string('model_version', 128).notNullable();
    table
      .boolean('changed')
      .notNullable()
      .comment(
        'Whether the result differs from the stored one (a history row)',
      );
    table
      .text('changes')
      .notNullable()
      .comment('The checks whose status changed, as JSON');
    table.primary(['run_id', 'entity_ref'], 'flexinfra_staged_results_pkey');
  });
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.dropTable('flexinfra_staged_results');
  await knex.schema.createTable('flexinfra_staged_results', table => {
    table.comment(
      'Results staged by a running refresh; invisible to readers until the run commits',
    );
    table.integer('run_id').notNullable();
    table.string('entity_ref', 512).notNullable();
    table.text('payload').notNullable().comment('The StagedResult, as JSON');
    table.primary(['run_id', 'entity_ref'], 'flexinfra_staged_results_pkey');
  });
};
