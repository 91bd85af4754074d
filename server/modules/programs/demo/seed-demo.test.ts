import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../../platform/audit/audit.ts';
import { createTestApp, type TestApp } from '../../../test/app.ts';
import { testDialects } from '../../../test/databases.ts';
import { directoryModule } from '../../directory/index.ts';
import { seedProgramsDemo } from './seed-demo.ts';

describe.each(testDialects)('programs demo on %s', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(dialect);
    await directoryModule.seedDemo?.(t.platform);
    await seedProgramsDemo(t.platform);
  }, 120_000);
  afterAll(async () => {
    await t.close();
  });

  const valuesOf = (code: string) =>
    t.platform.db
      .selectFrom('indicator_values as v')
      .innerJoin('indicators as i', 'i.id', 'v.indicator_id')
      .select(['v.period', 'v.value'])
      .where('i.code', '=', code)
      .orderBy('v.period')
      .execute();

  it('supports 110 enterprises from 2013 to 2016, so 29-CTr/TU reaches about 100 by 2015', async () => {
    const supported = await t.platform.db.selectFrom('support_records').select('organisation_id').distinct().execute();
    expect(supported).toHaveLength(110);
    const years = await t.platform.db.selectFrom('support_records').select('supported_on').execute();
    expect(new Set(years.map((row) => row.supported_on.slice(0, 4)))).toEqual(new Set(['2013', '2014', '2015', '2016']));
    const values = Object.fromEntries((await valuesOf('KHCN.ENTERPRISES_SUPPORTED')).map((row) => [row.period, row.value]));
    expect(Object.keys(values)).toEqual(Array.from({ length: 13 }, (_, index) => String(2013 + index)));
    expect([values['2013'], values['2014'], values['2015'], values['2016'], values['2025']]).toEqual([25, 60, 102, 110, 110]);
    const staff = await valuesOf('KHCN.ST_STAFF_PER_10K');
    expect(staff).toHaveLength(13);
    expect(staff.every((row) => row.value > 0)).toBe(true);
  });

  it('imports Resolution 57-NQ/TW as a second program from its JSON file, with its owner and lead units', async () => {
    const program = await t.platform.db.selectFrom('programs').selectAll().where('code', '=', '57-NQ/TW').executeTakeFirstOrThrow();
    const owner = await t.platform.db.selectFrom('organisations').select('name_vi').where('id', '=', program.owner_organisation_id ?? '').executeTakeFirst();
    expect(owner?.name_vi).toBe('Sở Khoa học và Công nghệ tỉnh Thái Nguyên');
    const targets = await t.platform.db.selectFrom('program_targets').select('code').where('program_id', '=', program.id).execute();
    expect(targets).toHaveLength(8);
    const leads = await t.platform.db.selectFrom('program_actions').select('lead_organisation_id').where('program_id', '=', program.id).execute();
    expect(leads.every((row) => row.lead_organisation_id !== null)).toBe(true);
    const main = await t.platform.db.selectFrom('programs').select('owner_organisation_id').where('code', '=', '29-CTr/TU').executeTakeFirstOrThrow();
    expect(main.owner_organisation_id).toBe(program.owner_organisation_id);
  });

  it('gives the units of 29-CTr/TU their plans and several reporting rounds with reports', async () => {
    const program = await t.platform.db.selectFrom('programs').select('id').where('code', '=', '29-CTr/TU').executeTakeFirstOrThrow();
    const plans = await t.platform.db.selectFrom('plans').select('id').where('program_id', '=', program.id).execute();
    expect(plans.length).toBeGreaterThan(3);
    const rounds = await t.platform.db.selectFrom('reporting_rounds').select(['id', 'status']).where('program_id', '=', program.id).execute();
    expect(rounds.length).toBeGreaterThan(2);
    expect(rounds.some((round) => round.status === 'open')).toBe(true);
    const reports = await t.platform.db.selectFrom('round_reports').select('status').where('round_id', 'in', rounds.map((round) => round.id)).execute();
    expect(reports.some((report) => report.status === 'approved')).toBe(true);
  });

  it('can run again without adding anything, and keeps the audit chain whole', async () => {
    const count = async () =>
      Promise.all(
        (['support_records', 'indicator_values', 'programs', 'organisations', 'plans', 'round_reports'] as const).map(async (table) =>
          Number((await t.platform.db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n),
        ),
      );
    const before = await count();
    await seedProgramsDemo(t.platform);
    expect(await count()).toEqual(before);
    expect((await verifyAuditChain(t.platform.db)).ok).toBe(true);
  });
});
