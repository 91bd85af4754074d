import type { AppMigration } from '../platform/db/migrator.ts';

/**
 * Programs and indicators (DESIGN pillar 1): a program's section tree, targets and actions; the
 * indicators the targets measure and their values per period and unit; unit implementation plans
 * whose progress is computed from milestones; reporting rounds whose approved data is locked; the
 * official review documents generated from a round; and the enterprise-support records an
 * indicator counts.
 */
export const programs: AppMigration = {
  name: '20261128_0006_programs',
  async up(db) {
    await db.schema
      .createTable('programs')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('code', 'text', (c) => c.notNull().unique())
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('title_en', 'text')
      .addColumn('issuing_body', 'text', (c) => c.notNull())
      .addColumn('issued_on', 'text', (c) => c.notNull())
      .addColumn('legal_basis', 'text', (c) => c.notNull())
      .addColumn('summary', 'text')
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('start_year', 'integer', (c) => c.notNull())
      .addColumn('end_year', 'integer', (c) => c.notNull())
      .addColumn('jurisdiction_id', 'text', (c) => c.notNull().references('jurisdictions.id'))
      .addColumn('owner_organisation_id', 'text', (c) => c.references('organisations.id'))
      .addColumn('published', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('programs_jurisdiction_idx').on('programs').columns(['jurisdiction_id', 'status']).execute();

    await db.schema
      .createTable('program_sections')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('program_id', 'text', (c) => c.notNull().references('programs.id').onDelete('cascade'))
      .addColumn('parent_id', 'text', (c) => c.references('program_sections.id'))
      .addColumn('ref', 'text', (c) => c.notNull())
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('body', 'text')
      .addColumn('sort_order', 'integer', (c) => c.notNull())
      .addUniqueConstraint('program_sections_ref_uq', ['program_id', 'ref'])
      .execute();
    await db.schema.createIndex('program_sections_parent_idx').on('program_sections').columns(['program_id', 'parent_id', 'sort_order']).execute();

    await db.schema
      .createTable('indicators')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('code', 'text', (c) => c.notNull().unique())
      .addColumn('name_vi', 'text', (c) => c.notNull())
      .addColumn('name_en', 'text', (c) => c.notNull())
      .addColumn('unit', 'text', (c) => c.notNull())
      .addColumn('period_type', 'text', (c) => c.notNull())
      .addColumn('method', 'text', (c) => c.notNull())
      .addColumn('computation', 'text')
      .addColumn('numerator_id', 'text', (c) => c.references('indicators.id'))
      .addColumn('denominator_id', 'text', (c) => c.references('indicators.id'))
      .addColumn('multiplier', 'real')
      .addColumn('aggregation', 'text', (c) => c.notNull())
      .addColumn('decimals', 'integer', (c) => c.notNull().defaultTo(1))
      .addColumn('national_code', 'text')
      .addColumn('description', 'text')
      .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();

    await db.schema
      .createTable('program_targets')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('program_id', 'text', (c) => c.notNull().references('programs.id').onDelete('cascade'))
      .addColumn('section_id', 'text', (c) => c.notNull().references('program_sections.id'))
      .addColumn('indicator_id', 'text', (c) => c.notNull().references('indicators.id'))
      .addColumn('code', 'text', (c) => c.notNull())
      .addColumn('label', 'text', (c) => c.notNull())
      .addColumn('baseline_value', 'real')
      .addColumn('baseline_year', 'integer')
      .addColumn('target_min', 'real')
      .addColumn('target_max', 'real')
      .addColumn('direction', 'text', (c) => c.notNull())
      .addColumn('applies', 'text', (c) => c.notNull())
      .addColumn('start_year', 'integer', (c) => c.notNull())
      .addColumn('deadline', 'text', (c) => c.notNull())
      .addColumn('jurisdiction_id', 'text', (c) => c.notNull().references('jurisdictions.id'))
      .addColumn('sort_order', 'integer', (c) => c.notNull())
      .addUniqueConstraint('program_targets_code_uq', ['program_id', 'code'])
      .execute();
    await db.schema.createIndex('program_targets_indicator_idx').on('program_targets').column('indicator_id').execute();
    await db.schema.createIndex('program_targets_section_idx').on('program_targets').columns(['program_id', 'section_id']).execute();

    await db.schema
      .createTable('program_actions')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('program_id', 'text', (c) => c.notNull().references('programs.id').onDelete('cascade'))
      .addColumn('section_id', 'text', (c) => c.notNull().references('program_sections.id'))
      .addColumn('ref', 'text', (c) => c.notNull())
      .addColumn('text', 'text', (c) => c.notNull())
      .addColumn('lead_organisation_id', 'text', (c) => c.references('organisations.id'))
      .addColumn('partner_organisation_ids', 'text', (c) => c.notNull().defaultTo('[]'))
      .addColumn('deadline', 'text')
      .addColumn('sort_order', 'integer', (c) => c.notNull())
      .addUniqueConstraint('program_actions_ref_uq', ['program_id', 'ref'])
      .execute();
    await db.schema.createIndex('program_actions_section_idx').on('program_actions').columns(['program_id', 'section_id', 'sort_order']).execute();
    await db.schema.createIndex('program_actions_lead_idx').on('program_actions').column('lead_organisation_id').execute();

    await db.schema
      .createTable('indicator_values')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('indicator_id', 'text', (c) => c.notNull().references('indicators.id'))
      .addColumn('period', 'text', (c) => c.notNull())
      .addColumn('period_end', 'text', (c) => c.notNull())
      .addColumn('jurisdiction_id', 'text', (c) => c.notNull().references('jurisdictions.id'))
      .addColumn('organisation_id', 'text', (c) => c.references('organisations.id'))
      .addColumn('unit_key', 'text', (c) => c.notNull())
      .addColumn('value', 'real', (c) => c.notNull())
      .addColumn('source', 'text', (c) => c.notNull())
      .addColumn('source_note', 'text')
      .addColumn('evidence_file_id', 'text', (c) => c.references('files.id'))
      .addColumn('report_id', 'text')
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('locked_at', 'text')
      .addColumn('provenance', 'text')
      .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
      .addColumn('created_by', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addUniqueConstraint('indicator_values_uq', ['indicator_id', 'period', 'unit_key'])
      .execute();
    await db.schema.createIndex('indicator_values_period_idx').on('indicator_values').columns(['indicator_id', 'period_end', 'status']).execute();
    await db.schema.createIndex('indicator_values_organisation_idx').on('indicator_values').columns(['organisation_id', 'period']).execute();
    await db.schema.createIndex('indicator_values_report_idx').on('indicator_values').column('report_id').execute();

    await db.schema
      .createTable('indicator_restatements')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('value_id', 'text', (c) => c.notNull().references('indicator_values.id'))
      .addColumn('previous_value', 'real', (c) => c.notNull())
      .addColumn('new_value', 'real', (c) => c.notNull())
      .addColumn('reason', 'text', (c) => c.notNull())
      .addColumn('actor_id', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('indicator_restatements_value_idx').on('indicator_restatements').columns(['value_id', 'created_at']).execute();

    await db.schema
      .createTable('support_records')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('organisation_id', 'text', (c) => c.notNull().references('organisations.id'))
      .addColumn('program_id', 'text', (c) => c.references('programs.id'))
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('supported_on', 'text', (c) => c.notNull())
      .addColumn('description', 'text', (c) => c.notNull())
      .addColumn('amount_vnd', 'integer')
      .addColumn('origin', 'text', (c) => c.notNull())
      .addColumn('origin_ref', 'text')
      .addColumn('created_by', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('support_records_date_idx').on('support_records').columns(['supported_on', 'organisation_id']).execute();
    await db.schema.createIndex('support_records_organisation_idx').on('support_records').columns(['organisation_id', 'supported_on']).execute();
    await db.schema.createIndex('support_records_program_idx').on('support_records').columns(['program_id', 'supported_on']).execute();

    await db.schema
      .createTable('plans')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('program_id', 'text', (c) => c.notNull().references('programs.id'))
      .addColumn('organisation_id', 'text', (c) => c.notNull().references('organisations.id'))
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addUniqueConstraint('plans_unit_uq', ['program_id', 'organisation_id'])
      .execute();
    await db.schema.createIndex('plans_organisation_idx').on('plans').column('organisation_id').execute();

    await db.schema
      .createTable('plan_items')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('plan_id', 'text', (c) => c.notNull().references('plans.id').onDelete('cascade'))
      .addColumn('parent_id', 'text', (c) => c.references('plan_items.id'))
      .addColumn('action_id', 'text', (c) => c.references('program_actions.id'))
      .addColumn('code', 'text', (c) => c.notNull())
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('owner_name', 'text')
      .addColumn('owner_person_id', 'text', (c) => c.references('people.id'))
      .addColumn('weight', 'real', (c) => c.notNull().defaultTo(1))
      .addColumn('deadline', 'text')
      .addColumn('sort_order', 'integer', (c) => c.notNull())
      .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addUniqueConstraint('plan_items_code_uq', ['plan_id', 'code'])
      .execute();
    await db.schema.createIndex('plan_items_parent_idx').on('plan_items').columns(['plan_id', 'parent_id', 'sort_order']).execute();
    await db.schema.createIndex('plan_items_action_idx').on('plan_items').column('action_id').execute();
    await db.schema.createIndex('plan_items_deadline_idx').on('plan_items').column('deadline').execute();

    await db.schema
      .createTable('plan_milestones')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('item_id', 'text', (c) => c.notNull().references('plan_items.id').onDelete('cascade'))
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('due_on', 'text', (c) => c.notNull())
      .addColumn('completed_on', 'text')
      .addColumn('evidence_file_id', 'text', (c) => c.references('files.id'))
      .addColumn('weight', 'real', (c) => c.notNull().defaultTo(1))
      .addColumn('sort_order', 'integer', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('plan_milestones_item_idx').on('plan_milestones').columns(['item_id', 'sort_order']).execute();
    await db.schema.createIndex('plan_milestones_due_idx').on('plan_milestones').columns(['completed_on', 'due_on']).execute();

    await db.schema
      .createTable('reporting_rounds')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('program_id', 'text', (c) => c.notNull().references('programs.id'))
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('period', 'text', (c) => c.notNull())
      .addColumn('period_start', 'text', (c) => c.notNull())
      .addColumn('period_end', 'text', (c) => c.notNull())
      .addColumn('due_on', 'text', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('reminded_on', 'text')
      .addColumn('opened_by', 'text', (c) => c.notNull())
      .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addUniqueConstraint('reporting_rounds_period_uq', ['program_id', 'kind', 'period'])
      .execute();
    await db.schema.createIndex('reporting_rounds_program_idx').on('reporting_rounds').columns(['program_id', 'period_end']).execute();
    await db.schema.createIndex('reporting_rounds_due_idx').on('reporting_rounds').columns(['status', 'due_on']).execute();

    await db.schema
      .createTable('round_reports')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('round_id', 'text', (c) => c.notNull().references('reporting_rounds.id'))
      .addColumn('organisation_id', 'text', (c) => c.notNull().references('organisations.id'))
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('summary', 'text')
      .addColumn('submitted_at', 'text')
      .addColumn('submitted_by', 'text')
      .addColumn('reviewed_at', 'text')
      .addColumn('reviewed_by', 'text')
      .addColumn('review_comment', 'text')
      .addColumn('locked_at', 'text')
      .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addUniqueConstraint('round_reports_unit_uq', ['round_id', 'organisation_id'])
      .execute();
    await db.schema.createIndex('round_reports_organisation_idx').on('round_reports').columns(['organisation_id', 'status']).execute();
    await db.schema.createIndex('round_reports_status_idx').on('round_reports').columns(['round_id', 'status']).execute();

    await db.schema
      .createTable('round_report_narratives')
      .addColumn('report_id', 'text', (c) => c.notNull().references('round_reports.id').onDelete('cascade'))
      .addColumn('action_id', 'text', (c) => c.notNull().references('program_actions.id'))
      .addColumn('text', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('round_report_narratives_pk', ['report_id', 'action_id'])
      .execute();

    await db.schema
      .createTable('round_report_files')
      .addColumn('report_id', 'text', (c) => c.notNull().references('round_reports.id').onDelete('cascade'))
      .addColumn('file_id', 'text', (c) => c.notNull().references('files.id'))
      .addColumn('caption', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('round_report_files_pk', ['report_id', 'file_id'])
      .execute();

    await db.schema
      .createTable('round_report_events')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('report_id', 'text', (c) => c.notNull().references('round_reports.id').onDelete('cascade'))
      .addColumn('event', 'text', (c) => c.notNull())
      .addColumn('comment', 'text')
      .addColumn('actor_id', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('round_report_events_report_idx').on('round_report_events').columns(['report_id', 'created_at']).execute();

    await db.schema
      .createTable('program_documents')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('program_id', 'text', (c) => c.notNull().references('programs.id'))
      .addColumn('round_id', 'text', (c) => c.notNull().references('reporting_rounds.id'))
      .addColumn('format', 'text', (c) => c.notNull())
      .addColumn('addressee', 'text', (c) => c.notNull())
      .addColumn('revision', 'integer', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('file_id', 'text', (c) => c.references('files.id'))
      .addColumn('job_id', 'text')
      .addColumn('error', 'text')
      .addColumn('created_by', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addUniqueConstraint('program_documents_revision_uq', ['round_id', 'format', 'addressee', 'revision'])
      .execute();
    await db.schema.createIndex('program_documents_round_idx').on('program_documents').columns(['round_id', 'created_at']).execute();
  },
};
