// @ts-check

/**
 * What the refresh last read from each repository: the facts the analyzer
 * found and the version (etag, e.g. the commit) they were read at, so an
 * unchanged repository is never downloaded again.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('flexinfra_repositories', table => {
    table.comment(
      'Repositories the refresh read, with the facts found in them',
    );
    table
      .string('target', 2048)
      .primary()
      .comment("The repository's location: 'url:<address>' or 'file:<folder>'");
    table
      .string('etag', 512)
      .nullable()
      .comment(
        'The version the facts were read at (a commit); null when unknown',
      );
    table.text('facts').notNullable().comment('The repository facts, as JSON');
    table
      .text('error')
      .nullable()
      .comment('Why the repository could not be read; null when it was');
    table
      .timestamp('analyzed_at', { useTz: true })
      .notNullable()
      .comment('When the facts were last read');
    table
      .timestamp('checked_at', { useTz: true })
      .notNullable()
      .comment('When a refresh last used or confirmed the facts');
    table.index(['checked_at'], 'flexinfra_repositories_checked_at_idx');
  });
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.dropTable('flexinfra_repositories');
};
