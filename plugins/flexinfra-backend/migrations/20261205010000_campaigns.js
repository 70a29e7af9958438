// @ts-check

/**
 * Campaigns: what platform owners ask of a scope of entities (a stage, or a
 * set of checks) by a due date, with optional milestones. The scope, the
 * target and the milestones are stored as JSON in the shapes of the common
 * package's Campaign type.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('flexinfra_campaigns', table => {
    table.comment('Adoption campaigns of platform owners');
    table.string('id', 36).primary().comment('A UUID');
    table.string('title', 200).notNullable();
    table.text('description').notNullable().defaultTo('');
    table
      .string('owner_ref', 512)
      .notNullable()
      .comment('The group or user running the campaign');
    table
      .text('scope')
      .notNullable()
      .comment('JSON: a group, system or domain ref, or dashboard filters');
    table
      .text('target')
      .notNullable()
      .comment('JSON: a stage, or check ids to pass');
    table.string('start_date', 10).notNullable().comment('YYYY-MM-DD');
    table.string('due_date', 10).notNullable().comment('YYYY-MM-DD');
    table
      .text('milestones')
      .notNullable()
      .comment('JSON: shares of the scope at target by dates');
    table
      .string('status', 16)
      .notNullable()
      .defaultTo('active')
      .comment('active or archived');
    table.string('created_by', 512).notNullable();
    table.timestamp('created_at', { useTz: true }).notNullable();
    table.timestamp('updated_at', { useTz: true }).notNullable();
    table.index(['status', 'due_date'], 'flexinfra_campaigns_status_due_idx');
    table.index(['owner_ref'], 'flexinfra_campaigns_owner_ref_idx');
  });
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.dropTable('flexinfra_campaigns');
};
