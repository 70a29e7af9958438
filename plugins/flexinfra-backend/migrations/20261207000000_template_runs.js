// @ts-check

/**
 * Adoption: the scaffolder task runs of the templates the model links, read
 * incrementally from the scaffolder, to be joined with each entity's
 * history (which checks the run fixed, and how long it took).
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('flexinfra_template_runs', table => {
    table.comment('Scaffolder task runs of the templates FlexInfra links');
    table
      .string('task_id', 255)
      .primary('flexinfra_template_runs_pkey')
      .comment('The scaffolder task id');
    table
      .string('template_ref', 512)
      .notNullable()
      .comment('The template entity ref the task ran');
    table
      .string('template_title', 512)
      .nullable()
      .comment("The template's title when it ran");
    table
      .text('check_ids')
      .notNullable()
      .comment(
        'JSON array: the checks the model linked to the template when the run was read (keeps the link after a rename)',
      );
    table
      .string('entity_ref', 512)
      .nullable()
      .comment('The entityRef parameter the run was given');
    table
      .string('created_by', 512)
      .nullable()
      .comment('The user ref who ran it');
    table
      .string('status', 32)
      .notNullable()
      .comment('open, processing, completed, failed, cancelled, skipped');
    table.timestamp('created_at', { useTz: true }).notNullable();
    table.timestamp('read_at', { useTz: true }).notNullable();
    table.index(['created_at'], 'flexinfra_template_runs_created_at_idx');
    table.index(
      ['entity_ref', 'created_at'],
      'flexinfra_template_runs_entity_idx',
    );
    table.index(['status'], 'flexinfra_template_runs_status_idx');
  });
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.dropTable('flexinfra_template_runs');
};
