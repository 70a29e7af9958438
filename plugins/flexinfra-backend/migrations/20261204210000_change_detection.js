// @ts-check

/**
 * Change detection: what the last committed refresh read of each entity of
 * the scored kinds (its catalog etag), and which entities each one was
 * scored with, so that a refresh can read in full only the entities whose
 * etag changed and those scored with them. Plus the read mode of each run,
 * so the refresh knows when it last read everything.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('flexinfra_entity_inputs', table => {
    table.comment(
      'Each entity of the scored kinds as the last committed refresh read it',
    );
    table.string('entity_ref', 512).primary().comment('Entity ref, lower-case');
    table
      .string('etag', 512)
      .nullable()
      .comment(
        'The metadata.etag of the catalog entity when last read in full; null when it had none',
      );
    table
      .boolean('recheck')
      .notNullable()
      .defaultTo(false)
      .comment(
        'Read in full by every refresh: a fact provider applies to it, or it carries waivers',
      );
  });
  await knex.schema.createTable('flexinfra_entity_dependencies', table => {
    table.comment(
      'The entities each entity was scored with (dependsOn targets, its system): a change to one rescores the other',
    );
    table.string('entity_ref', 512).notNullable().comment('The scored entity');
    table
      .string('target_ref', 512)
      .notNullable()
      .comment('An entity it was scored with');
    table.primary(
      ['entity_ref', 'target_ref'],
      'flexinfra_entity_dependencies_pkey',
    );
    table.index(['target_ref'], 'flexinfra_entity_dependencies_target_ref_idx');
  });
  await knex.schema.createTable('flexinfra_staged_inputs', table => {
    table.comment('Entity inputs of a running refresh, until it commits');
    table.integer('run_id').notNullable();
    table.string('entity_ref', 512).notNullable();
    table.string('etag', 512).nullable();
    table.boolean('recheck').notNullable().defaultTo(false);
    table.primary(['run_id', 'entity_ref'], 'flexinfra_staged_inputs_pkey');
  });
  await knex.schema.createTable('flexinfra_staged_dependencies', table => {
    table.comment('Entity dependencies of a running refresh, until it commits');
    table.integer('run_id').notNullable();
    table.string('entity_ref', 512).notNullable();
    table.string('target_ref', 512).notNullable();
    table.primary(
      ['run_id', 'entity_ref', 'target_ref'],
      'flexinfra_staged_dependencies_pkey',
    );
  });
  await knex.schema.alterTable('flexinfra_refresh_runs', table => {
    table
      .string('read_mode', 16)
      .nullable()
      .comment(
        'full when every entity was read; changes when only changed entities and their dependents were',
      );
  });
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.alterTable('flexinfra_refresh_runs', table => {
    table.dropColumn('read_mode');
  });
  await knex.schema.dropTable('flexinfra_staged_dependencies');
  await knex.schema.dropTable('flexinfra_staged_inputs');
  await knex.schema.dropTable('flexinfra_entity_dependencies');
  await knex.schema.dropTable('flexinfra_entity_inputs');
};
