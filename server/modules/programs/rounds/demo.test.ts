import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../../platform/audit/audit.ts';
import { createTestApp, type TestApp } from '../../../test/app.ts';
import { testDialects } from '../../../test/databases.ts';
import { directoryModule } from '../../directory/index.ts';
import { computePlanProgress } from '../plans/progress.ts';
import { seedDemoPlansAndRounds } from './demo.ts';

describe.each(testDialects)('demo plans and rounds on %s', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(dialect);
    await directoryModule.seedDemo?.(t.platform);
    await seedDemoPlansAndRounds(t.platform);
  }, 120_000);
  afterAll(async () => {
    await t.close();
  });

  const valuesOf = async (code: string) =>
    t.platform.db
      .selectFrom('indicator_values as v')
      .innerJoin('indicators as i', 'i.id', 'v.indicator_id')
      .select(['v.period', 'v.value', 'v.status', 'v.organisation_id'])
      .where('i.code', '=', code)
      .orderBy('v.period')
      .execute();

  it('gives twelve units a plan linked to the program’s actions, with some items late', async () => {
    const program = await t.platform.db.selectFrom('programs').select('id').where('code', '=', '29-CTr/TU').executeTakeFirstOrThrow();
    const progress = await computePlanProgress(t.platform.db, { programId: program.id, today: '2026-11-28' });
    expect(progress.plans).toHaveLength(12);
    expect(progress.plans.every((plan) => plan.itemCount >= 3)).toBe(true);
    expect(progress.items.some((item) => item.status === 'late')).toBe(true);
    expect(progress.items.some((item) => item.status === 'done')).toBe(true);
    expect(progress.actions.length).toBeGreaterThan(10);
  });

  it('closes and approves a round for every year, the reviews, and leaves 2026 open in every state', async () => {
    const rounds = await t.platform.db.selectFrom('reporting_rounds').select(['kind', 'period', 'status']).orderBy('period').execute();
    expect(rounds.filter((round) => round.kind === 'annual').map((round) => round.period)).toEqual(Array.from({ length: 13 }, (_, i) => String(2014 + i)));
    expect(rounds.filter((round) => round.kind !== 'annual').map((round) => [round.kind, round.period])).toEqual([
      ['mid_term', '2015'],
      ['final', '2020'],
    ]);
    expect(rounds.filter((round) => round.status === 'open').map((round) => round.period)).toEqual(['2026']);
    const open = await t.platform.db
      .selectFrom('round_reports')
      .innerJoin('reporting_rounds', 'reporting_rounds.id', 'round_reports.round_id')
      .select('round_reports.status')
      .where('reporting_rounds.status', '=', 'open')
      .execute();
    expect(new Set(open.map((row) => row.status))).toEqual(new Set(['not_started', 'draft', 'submitted', 'returned', 'approved']));
  });

  it('reports values for several periods, locked where approved', async () => {
    const tfp = await valuesOf('KHCN.TFP_SHARE');
    expect(tfp.map((row) => row.period)).toEqual(Array.from({ length: 12 }, (_, i) => String(2014 + i)));
    expect(tfp.every((row) => row.organisation_id === null && row.status === 'approved')).toBe(true);
    const renewal = await valuesOf('KHCN.TECH_RENEWAL_RATE');
    expect(renewal.length).toBeGreaterThanOrEqual(12);
    const market = Object.fromEntries((await valuesOf('KHCN.ST_MARKET_FORMED')).map((row) => [row.period, row.value]));
    expect([market['2014'], market['2015'], market['2016']]).toEqual([0, 0, 1]);
    const total = await valuesOf('NS.TOTAL_SPENDING');
    expect(total.map((row) => row.period)).toEqual(Array.from({ length: 12 }, (_, i) => String(2014 + i)));
    expect(total.every((row) => row.organisation_id === null && row.status === 'approved')).toBe(true);
    const spending = await valuesOf('NS.ST_SPENDING');
    expect(spending.every((row) => row.organisation_id !== null)).toBe(true);
    const spent = new Map<string, number>();
    for (const row of spending.filter((value) => value.status === 'approved')) {
      spent.set(row.period, (spent.get(row.period) ?? 0) + row.value);
    }
    const shares = total.map((row) => (spent.get(row.period) ?? 0) / row.value);
    expect(shares.every((share) => share > 0.008 && share < 0.02)).toBe(true);
  });

  it('is deterministic and loads once', async () => {
    const before = await valuesOf('KHCN.TFP_SHARE');
    await seedDemoPlansAndRounds(t.platform);
    expect(await t.platform.db.selectFrom('plans').select('id').execute()).toHaveLength(12);
    expect(before.map((row) => row.value).slice(0, 3)).toEqual([28, 29.1, 30]);
    expect((await verifyAuditChain(t.platform.db)).ok).toBe(true);
  });
});
