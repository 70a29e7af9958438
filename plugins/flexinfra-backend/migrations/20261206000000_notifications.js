// @ts-check

/**
 * Notifications: what FlexInfra has sent, so that each is sent once (a
 * milestone reached, a waiver about to expire) or at most so often (a
 * campaign due soon and behind), whatever the number of jobs and replicas.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('flexinfra_notifications_sent', table => {
    table.comment('Notifications FlexInfra sent, one row per reason');
    table
      .string('cause', 32)
      .notNullable()
      .comment(
        'stage-drop, check-regression, campaign-milestone, campaign-behind or waiver-expiring',
      );
    table
      .string('subject', 512)
      .notNullable()
      .comment('The entity ref or campaign id it is about');
    table
      .string('key', 255)
      .notNullable()
      .comment(
        'What makes it new: the refresh run, a milestone, a waiver and its expiry, a reminder period',
      );
    table.timestamp('sent_at', { useTz: true }).notNullable();
    table.primary(
      ['cause', 'subject', 'key'],
      'flexinfra_notifications_sent_pkey',
    );
    table.index(['sent_at'], 'flexinfra_notifications_sent_sent_at_idx');
  });
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.dropTable('flexinfra_notifications_sent');
};
