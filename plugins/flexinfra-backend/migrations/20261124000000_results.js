// @ts-check

/**
 * Stored results: the latest result of every catalog entity, the checks each
 * result passed or failed, the history of changes, the rows a running refresh
 * stages before it commits, the owner (group) tree and daily snapshots of the
 * summaries.
 *
 * Entity refs are stored as the backend gives them (lower-case, full refs
 * such as `component:default/foo`).
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.alterTable('flexinfra_refresh_runs', table => {
    table
      .string('trigger', 32)
      .notNullable()
      .defaultTo('schedule')
      .comment("What started the run: 'schedule' or 'manual'");
    table
      .integer('entities_seen')
      .notNullable()
      .defaultTo(0)
      .comment('Entities read from the catalog');
    table
      .integer('entities_changed')
      .notNullable()
      .defaultTo(0)
      .comment('Entities whose result changed (history rows written)');
    table
      .integer('entities_removed')
      .notNullable()
      .defaultTo(0)
      .comment('Entities gone from the catalog whose results were removed');
    table
      .string('model_version', 128)
      .nullable()
      .comment('The model version the run scored with');
  });

  await knex.schema.createTable('flexinfra_results', table => {
    table.comment('The latest committed result of each catalog entity');
    table
      .string('entity_ref', 512)
      .primary()
      .comment('The entity, e.g. component:default/foo');
    table.string('kind', 255).notNullable().comment('Entity kind, lower-case');
    table.string('namespace', 255).notNullable().comment('Entity namespace');
    table.string('name', 255).notNullable().comment('Entity name');
    table.text('title').nullable().comment('metadata.title, if any');
    table.string('type', 255).nullable().comment('spec.type, if any');
    table.string('lifecycle', 255).nullable().comment('spec.lifecycle');
    table.string('owner_ref', 512).nullable().comment('Owner entity ref');
    table.string('system_ref', 512).nullable().comment('System entity ref');
    table.string('domain_ref', 512).nullable().comment('Domain entity ref');
    table.string('outcome', 16).notNullable().comment("'scored' or 'invalid'");
    table.integer('stage').nullable().comment('Maturity stage 1-5');
    table.double('score').nullable().comment('Score 0-100');
    table.double('dora_score').nullable().comment('DORA score 1.0-4.0');
    table
      .text('scorecard')
      .notNullable()
      .comment('The scorecard served, as JSON');
    table
      .string('input_hash', 128)
      .notNullable()
      .comment('Hash of everything the result was computed from');
    table
      .string('result_digest', 128)
      .notNullable()
      .comment('Hash of the result itself');
    table
      .text('check_statuses')
      .notNullable()
      .comment('JSON object: status per applicable check id');
    table.string('model_version', 128).notNullable();
    table
      .timestamp('computed_at', { useTz: true })
      .notNullable()
      .comment('When the result was last committed');
    table
      .timestamp('changed_at', { useTz: true })
      .notNullable()
      .comment('When the result last changed');
    table
      .integer('run_id')
      .notNullable()
      .comment(
        'The run that committed the result (no foreign key: runs are pruned)',
      );
    table.index(['owner_ref'], 'flexinfra_results_owner_ref_idx');
    table.index(['system_ref'], 'flexinfra_results_system_ref_idx');
    table.index(['domain_ref'], 'flexinfra_results_domain_ref_idx');
    table.index(['kind'], 'flexinfra_results_kind_idx');
    table.index(['type'], 'flexinfra_results_type_idx');
    table.index(['lifecycle'], 'flexinfra_results_lifecycle_idx');
  });

  await knex.schema.createTable('flexinfra_check_results', table => {
    table.comment(
      'One row per applicable check of each stored result, for drill-downs and per-check statistics',
    );
    table.string('check_id', 255).notNullable();
    table
      .string('status', 16)
      .notNullable()
      .comment("'pass', 'fail' or 'waived'");
    table.string('entity_ref', 512).notNullable();
    table.primary(
      ['check_id', 'status', 'entity_ref'],
      'flexinfra_check_results_pkey',
    );
    table.index(['entity_ref'], 'flexinfra_check_results_entity_ref_idx');
  });

  await knex.schema.createTable('flexinfra_history', table => {
    table.comment('Changes of entity results, at most one per entity and run');
    table.increments('id').primary();
    table.string('entity_ref', 512).notNullable();
    table.integer('run_id').notNullable().comment('The run that recorded it');
    table.timestamp('recorded_at', { useTz: true }).notNullable();
    table
      .string('outcome', 16)
      .notNullable()
      .comment("'scored', 'invalid' or 'removed'");
    table.integer('stage').nullable();
    table.double('score').nullable();
    table.double('dora_score').nullable();
    table.string('model_version', 128).notNullable();
    table
      .text('changes')
      .notNullable()
      .comment('JSON array of {id, from, to}: checks whose status changed');
    table.unique(['entity_ref', 'run_id'], {
      indexName: 'flexinfra_history_entity_run_uq',
    });
    table.index(
      ['entity_ref', 'recorded_at'],
      'flexinfra_history_entity_recorded_idx',
    );
    table.index(['recorded_at'], 'flexinfra_history_recorded_at_idx');
  });

  await knex.schema.createTable('flexinfra_staged_results', table => {
    table.comment(
      'Results staged by a running refresh; invisible to readers until the run commits',
    );
    table.integer('run_id').notNullable();
    table.string('entity_ref', 512).notNullable();
    table.text('payload').notNullable().comment('The StagedResult, as JSON');
    table.primary(['run_id', 'entity_ref'], 'flexinfra_staged_results_pkey');
  });

  await knex.schema.createTable('flexinfra_owners', table => {
    table.comment(
      'Owner closure: every group linked to itself (depth 0) and to each ancestor group; owners that are not groups only to themselves',
    );
    table.string('member_ref', 512).notNullable();
    table.string('ancestor_ref', 512).notNullable();
    table
      .integer('depth')
      .notNullable()
      .comment('0 for the member itself, 1 for its parent, ...');
    table.text('ancestor_title').nullable();
    table.primary(['member_ref', 'ancestor_ref'], 'flexinfra_owners_pkey');
    table.index(['ancestor_ref'], 'flexinfra_owners_ancestor_ref_idx');
  });

  await knex.schema.createTable('flexinfra_snapshots', table => {
    table.comment('Daily summary aggregates, for trends');
    table.string('day', 10).notNullable().comment('YYYY-MM-DD (UTC)');
    table
      .string('group_by', 16)
      .notNullable()
      .comment('owner, system, domain, kind, type or lifecycle');
    table
      .string('group_key', 512)
      .notNullable()
      .defaultTo('')
      .comment("The group's key; '' for entities without one");
    table.integer('entities').notNullable().comment('Scored entities');
    table.integer('invalid').notNullable();
    for (let stage = 1; stage <= 5; stage++) {
      table.integer(`stage_${stage}`).notNullable().defaultTo(0);
    }
    table.double('average_score').nullable();
    table.double('average_dora_score').nullable();
    table.integer('at_target').notNullable();
    table.primary(['day', 'group_by', 'group_key'], 'flexinfra_snapshots_pkey');
    table.index(
      ['group_by', 'group_key', 'day'],
      'flexinfra_snapshots_group_day_idx',
    );
  });
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.dropTable('flexinfra_snapshots');
  await knex.schema.dropTable('flexinfra_owners');
  await knex.schema.dropTable('flexinfra_staged_results');
  await knex.schema.dropTable('flexinfra_history');
  await knex.schema.dropTable('flexinfra_check_results');
  await knex.schema.dropTable('flexinfra_results');
  await knex.schema.alterTable('flexinfra_refresh_runs', table => {
    table.dropColumn('model_version');
    table.dropColumn('entities_removed');
    table.dropColumn('entities_changed');
    table.dropColumn('entities_seen');
    table.dropColumn('trigger');
  });
};
