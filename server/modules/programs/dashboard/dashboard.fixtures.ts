import type { IndicatorAggregation, IndicatorMethod, TargetApplies, TargetDirection } from '../../../../common/contracts/programs.ts';
import type { Db } from '../../../platform/db/client.ts';
import { newId } from '../../../platform/db/ids.ts';

/**
 * A small program written straight into the tables, whose dashboard figures are worked out by hand
 * in the suites: two units, five targets (sum, mean, ratio, province-only every-period, no data),
 * three actions, two plans, two rounds. Test helper only.
 */

const NOW = '2026-01-01T00:00:00.000Z';

export interface DashboardFixture {
  provinceId: string;
  programId: string;
  programCode: string;
  units: { u1: string; u2: string; u3: string };
  sections: { one: string; oneOne: string; two: string };
  targets: { supported: string; renewal: string; staff: string; spending: string; market: string };
  rounds: { midTerm: string; year2016: string };
}

async function organisation(db: Db, jurisdictionId: string, name: string): Promise<string> {
  const id = newId();
  await db
    .insertInto('organisations')
    .values({
      id,
      jurisdiction_id: jurisdictionId,
      kind: 'department',
      name_vi: name,
      name_en: null,
      abbreviation: null,
      name_folded: name.toLowerCase(),
      keywords_folded: name.toLowerCase(),
      tax_code: null,
      agency_code: null,
      address: null,
      commune_id: null,
      parent_id: null,
      path: `/${id}/`,
      ror: null,
      website: null,
      email: null,
      phone: null,
      version: 1,
      created_at: NOW,
      updated_at: NOW,
    })
    .execute();
  return id;
}

export async function createDashboardFixture(db: Db, options: { code?: string } = {}): Promise<DashboardFixture> {
  const province = await db.selectFrom('jurisdictions').select(['id']).where('code', '=', '19').executeTakeFirstOrThrow();
  const u1 = await organisation(db, province.id, 'Sở Công Thương thử nghiệm');
  const u2 = await organisation(db, province.id, 'Sở Nông nghiệp và Môi trường thử nghiệm');
  const u3 = await organisation(db, province.id, 'Sở Y tế thử nghiệm');
  const owner = await organisation(db, province.id, 'Sở Khoa học và Công nghệ');
  const programId = newId();
  const programCode = options.code ?? '99-CTr/TU';
  await db
    .insertInto('programs')
    .values({
      id: programId,
      code: programCode,
      title: 'Chương trình hành động thực hiện Nghị quyết về phát triển khoa học và công nghệ',
      title_en: 'Action program on science and technology development',
      issuing_body: 'Tỉnh ủy Thái Nguyên',
      issued_on: '2013-03-15',
      legal_basis: 'Nghị quyết số 20-NQ/TW',
      summary: null,
      status: 'active',
      start_year: 2013,
      end_year: 2030,
      jurisdiction_id: province.id,
      owner_organisation_id: owner,
      published: 0,
      version: 1,
      created_at: NOW,
      updated_at: NOW,
    })
    .execute();

  const sections = { one: newId(), oneOne: newId(), two: newId() };
  await db
    .insertInto('program_sections')
    .values([
      { id: sections.one, program_id: programId, parent_id: null, ref: 'I', title: 'Mục tiêu và nhiệm vụ về đổi mới công nghệ', body: null, sort_order: 1 },
      { id: sections.oneOne, program_id: programId, parent_id: sections.one, ref: 'I.1', title: 'Hỗ trợ doanh nghiệp', body: null, sort_order: 2 },
      { id: sections.two, program_id: programId, parent_id: null, ref: 'II', title: 'Nguồn lực khoa học và công nghệ', body: null, sort_order: 3 },
    ])
    .execute();

  const indicator = (code: string, method: IndicatorMethod, aggregation: IndicatorAggregation, unit: string, extra: { numerator?: string; denominator?: string; multiplier?: number } = {}) => ({
    id: newId(),
    code: `${programCode.replace(/\W/g, '')}-${code}`,
    name_vi: `Chỉ số ${code}`,
    name_en: `Indicator ${code}`,
    unit,
    period_type: 'year' as const,
    method,
    computation: null,
    numerator_id: extra.numerator ?? null,
    denominator_id: extra.denominator ?? null,
    multiplier: extra.multiplier ?? null,
    aggregation,
    decimals: 1,
    national_code: null,
    description: null,
    version: 1,
    created_at: NOW,
    updated_at: NOW,
  });
  const supported = indicator('DN', 'reported', 'sum', 'doanh nghiệp');
  const renewal = indicator('DMCN', 'reported', 'mean', '%');
  const staffCount = indicator('NL', 'reported', 'sum', 'người');
  const population = indicator('DS', 'reported', 'sum', 'người');
  const staff = indicator('NL10K', 'ratio', 'sum', 'người/vạn dân', { numerator: staffCount.id, denominator: population.id, multiplier: 10_000 });
  const spending = indicator('CHI', 'reported', 'province_only', '%');
  const market = indicator('TT', 'reported', 'sum', 'sàn giao dịch');
  await db.insertInto('indicators').values([supported, renewal, staffCount, population]).execute();
  await db.insertInto('indicators').values([staff, spending, market]).execute();

  const target = (code: string, sectionId: string, indicatorId: string, rule: { min?: number; max?: number; direction: TargetDirection; applies: TargetApplies; startYear: number; deadline: string }, order: number) => ({
    id: newId(),
    program_id: programId,
    section_id: sectionId,
    indicator_id: indicatorId,
    code,
    label: `Chỉ tiêu ${code}`,
    baseline_value: order === 1 ? 0 : null,
    baseline_year: order === 1 ? 2012 : null,
    target_min: rule.min ?? null,
    target_max: rule.max ?? null,
    direction: rule.direction,
    applies: rule.applies,
    start_year: rule.startYear,
    deadline: rule.deadline,
    jurisdiction_id: province.id,
    sort_order: order,
  });
  const targets = [
    target('CT1', sections.oneOne, supported.id, { min: 85, direction: 'at_least', applies: 'by_deadline', startYear: 2013, deadline: '2015-12-31' }, 1),
    target('CT2', sections.oneOne, renewal.id, { min: 15, max: 20, direction: 'range', applies: 'by_deadline', startYear: 2016, deadline: '2020-12-31' }, 2),
    target('CT3', sections.two, staff.id, { min: 15, direction: 'at_least', applies: 'by_deadline', startYear: 2013, deadline: '2030-12-31' }, 3),
    target('CT4', sections.two, spending.id, { min: 2, direction: 'at_least', applies: 'every_period', startYear: 2016, deadline: '2020-12-31' }, 4),
    target('CT5', sections.two, market.id, { min: 1, direction: 'at_least', applies: 'by_deadline', startYear: 2013, deadline: '2015-12-31' }, 5),
  ];
  await db.insertInto('program_targets').values(targets).execute();

  const value = (indicatorId: string, year: number, unit: string | null, amount: number, status: 'approved' | 'draft' | 'submitted' = 'approved') => ({
    id: newId(),
    indicator_id: indicatorId,
    period: String(year),
    period_end: `${year}-12-31`,
    jurisdiction_id: province.id,
    organisation_id: unit,
    unit_key: unit ?? province.id,
    value: amount,
    source: 'reported' as const,
    source_note: null,
    evidence_file_id: null,
    report_id: null,
    status,
    locked_at: null,
    provenance: null,
    version: 1,
    created_by: null,
    created_at: NOW,
    updated_at: NOW,
  });
  await db
    .insertInto('indicator_values')
    .values([
      value(supported.id, 2013, u1, 10),
      value(supported.id, 2013, u2, 20),
      value(supported.id, 2014, u1, 25),
      value(supported.id, 2014, u2, 30),
      value(supported.id, 2015, u1, 40),
      value(supported.id, 2015, u2, 35),
      // Not approved: never shown.
      value(supported.id, 2016, u1, 500, 'draft'),
      value(supported.id, 2016, u2, 400, 'submitted'),
      value(renewal.id, 2018, u1, 12),
      value(renewal.id, 2018, u2, 16),
      value(renewal.id, 2019, u1, 16),
      value(renewal.id, 2019, u2, 18),
      value(staffCount.id, 2019, u1, 100),
      value(staffCount.id, 2019, u2, 150),
      value(population.id, 2019, u1, 200_000),
      value(population.id, 2019, u2, 100_000),
      value(staffCount.id, 2020, u1, 300),
      value(staffCount.id, 2020, u2, 200),
      value(population.id, 2020, u1, 200_000),
      value(population.id, 2020, u2, 100_000),
      value(spending.id, 2016, null, 2.1),
      value(spending.id, 2017, null, 1.8),
      value(spending.id, 2018, null, 2.3),
      // A unit's figure of a province-only indicator does not count.
      value(spending.id, 2016, u1, 50),
    ])
    .execute();

  const actions = { a1: newId(), a2: newId(), a3: newId() };
  await db
    .insertInto('program_actions')
    .values([
      { id: actions.a1, program_id: programId, section_id: sections.oneOne, ref: 'II.1.1', text: 'Hỗ trợ doanh nghiệp đổi mới công nghệ', lead_organisation_id: u1, partner_organisation_ids: '[]', deadline: '2015-12-31', sort_order: 1 },
      { id: actions.a2, program_id: programId, section_id: sections.two, ref: 'II.2.1', text: 'Phát triển nguồn nhân lực khoa học và công nghệ', lead_organisation_id: u2, partner_organisation_ids: '[]', deadline: '2020-12-31', sort_order: 2 },
      { id: actions.a3, program_id: programId, section_id: sections.two, ref: 'II.2.2', text: 'Hình thành sàn giao dịch công nghệ', lead_organisation_id: null, partner_organisation_ids: '[]', deadline: '2015-12-31', sort_order: 3 },
    ])
    .execute();

  const plan1 = newId();
  const plan2 = newId();
  await db
    .insertInto('plans')
    .values([
      { id: plan1, program_id: programId, organisation_id: u1, title: 'Kế hoạch của Sở Công Thương', status: 'active', rollup: 'weighted', version: 1, created_at: NOW, updated_at: NOW },
      { id: plan2, program_id: programId, organisation_id: u2, title: 'Kế hoạch của Sở Nông nghiệp và Môi trường', status: 'active', rollup: 'weighted', version: 1, created_at: NOW, updated_at: NOW },
    ])
    .execute();
  const item = (id: string, planId: string, actionId: string | null, code: string, deadline: string, order: number) => ({
    id,
    plan_id: planId,
    parent_id: null,
    action_id: actionId,
    code,
    title: `Nội dung ${code}`,
    owner_name: null,
    owner_person_id: null,
    weight: 1,
    deadline,
    sort_order: order,
    version: 1,
    created_at: NOW,
    updated_at: NOW,
  });
  const p1 = newId();
  const p2 = newId();
  const p3 = newId();
  await db
    .insertInto('plan_items')
    .values([item(p1, plan1, actions.a1, 'KH1.1', '2015-12-31', 1), item(p2, plan2, actions.a2, 'KH2.1', '2020-12-31', 1), item(p3, plan2, null, 'KH2.2', '2016-01-01', 2)])
    .execute();
  const milestone = (itemId: string, title: string, due: string, completed: string | null, order: number) => ({
    id: newId(),
    item_id: itemId,
    kind: 'milestone' as const,
    title,
    due_on: due,
    completed_on: completed,
    evidence_file_id: null,
    weight: 1,
    sort_order: order,
    version: 1,
    created_at: NOW,
    updated_at: NOW,
  });
  await db
    .insertInto('plan_milestones')
    .values([
      milestone(p1, 'Ban hành tiêu chí hỗ trợ', '2015-06-30', '2015-06-01', 1),
      milestone(p1, 'Hoàn thành hỗ trợ đợt 1', '2015-12-31', null, 2),
      milestone(p2, 'Đào tạo cán bộ', '2019-12-31', '2019-11-20', 1),
    ])
    .execute();

  const rounds = { midTerm: newId(), year2016: newId() };
  await db
    .insertInto('reporting_rounds')
    .values([
      { id: rounds.midTerm, program_id: programId, kind: 'mid_term', title: 'Sơ kết giai đoạn 2013–2015', period: '2015', period_start: '2013-01-01', period_end: '2015-12-31', due_on: '2016-01-15', status: 'closed', reminded_on: null, remind_days_before: 7, opened_by: 'fixture', version: 1, created_at: NOW, updated_at: NOW },
      { id: rounds.year2016, program_id: programId, kind: 'annual', title: 'Báo cáo năm 2016', period: '2016', period_start: '2016-01-01', period_end: '2016-12-31', due_on: '2017-01-15', status: 'open', reminded_on: null, remind_days_before: 7, opened_by: 'fixture', version: 1, created_at: NOW, updated_at: NOW },
    ])
    .execute();
  const report1 = newId();
  const report2 = newId();
  const report = (id: string, unit: string, status: 'approved' | 'submitted', submittedAt: string) => ({
    id,
    round_id: rounds.midTerm,
    organisation_id: unit,
    status,
    summary: null,
    submitted_at: submittedAt,
    submitted_by: 'fixture',
    reviewed_at: null,
    reviewed_by: null,
    review_comment: null,
    locked_at: null,
    version: 1,
    created_at: NOW,
    updated_at: NOW,
  });
  // Due 15/01/2016: 10/01 is on time; 15/01 at 20:00 in Vietnam (13:00 UTC) still is; 20/01 is late.
  await db.insertInto('round_reports').values([report(report1, u1, 'approved', '2016-01-15T13:00:00.000Z'), report(report2, u2, 'submitted', '2016-01-20T03:00:00.000Z')]).execute();
  await db
    .insertInto('round_report_narratives')
    .values([
      { report_id: report1, action_id: actions.a1, text: 'Đã hỗ trợ 40 doanh nghiệp đổi mới công nghệ, vượt kế hoạch năm.', updated_at: NOW },
      { report_id: report2, action_id: actions.a2, text: 'Tổ chức 3 lớp bồi dưỡng cho 120 cán bộ quản lý khoa học.', updated_at: NOW },
    ])
    .execute();

  return {
    provinceId: province.id,
    programId,
    programCode,
    units: { u1, u2, u3 },
    sections,
    targets: { supported: targets[0]!.id, renewal: targets[1]!.id, staff: targets[2]!.id, spending: targets[3]!.id, market: targets[4]!.id },
    rounds,
  };
}
