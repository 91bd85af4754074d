import type { ReportStatus, RoundKind } from '../../../../common/contracts/programs.ts';
import { systemActor } from '../../../platform/access/actor.ts';
import { recordAudit } from '../../../platform/audit/audit.ts';
import { newId } from '../../../platform/db/ids.ts';
import type { Platform } from '../../../platform/platform.ts';
import type {
  IndicatorValuesTable,
  PlanItemsTable,
  PlanMilestonesTable,
  PlansTable,
  ReportingRoundsTable,
  RoundReportEventsTable,
  RoundReportNarrativesTable,
  RoundReportsTable,
} from '../programs.tables.ts';
import { defaultRoundTitle } from './rounds.service.ts';
import { roundBounds } from './periods.ts';

/**
 * Demo plans and rounds of 29-CTr/TU: twelve units of the demo directory with plans linked to the
 * program's actions and milestones from 2014 to 2026 (some late), closed and approved rounds for
 * every year 2014–2025 plus the mid-term (2015) and final (2020) reviews, and the 2026 annual round
 * still open with reports in every state. Values: every unit reports its own S&T spending, which
 * adds up to the province's; the province-wide figures (TFP share, technology renewal rate, the
 * S&T market, total budget spending) are entered once a year by the department. The same seed
 * gives the same data on every run.
 */

const UNITS = [
  'Sở Khoa học và Công nghệ tỉnh Thái Nguyên',
  'Sở Tài chính tỉnh Thái Nguyên',
  'Sở Nông nghiệp và Môi trường tỉnh Thái Nguyên',
  'Sở Công Thương tỉnh Thái Nguyên',
  'Sở Xây dựng tỉnh Thái Nguyên',
  'Sở Giáo dục và Đào tạo tỉnh Thái Nguyên',
  'Sở Y tế tỉnh Thái Nguyên',
  'Ban Quản lý các khu công nghiệp tỉnh Thái Nguyên',
  'Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Thái Nguyên',
  'Ủy ban nhân dân phường Phan Đình Phùng',
  'Ủy ban nhân dân xã Tân Cương',
  'Ủy ban nhân dân xã Đại Từ',
] as const;

/**
 * How the provincial S&T budget is split between the units, in parts (the units are in UNITS'
 * order): the Department of S&T spends most of it; communes spend a little on application models.
 */
const SPENDING_PARTS = [40, 4, 14, 8, 4, 6, 8, 5, 5, 2, 2, 2] as const;
const SPENDING_PARTS_TOTAL = SPENDING_PARTS.reduce((total, part) => total + part, 0);
const FIRST_YEAR = 2014;
const LAST_CLOSED_YEAR = 2025;
const OPEN_YEAR = 2026;

/** Total provincial budget spending of a year, in millions of đồng: about 7.5 % growth a year. */
function totalSpending(year: number): number {
  return Math.round(10_450_000 * 1.075 ** (year - FIRST_YEAR) * (1 + 0.02 * Math.sin(year)));
}

/** mulberry32: a small seeded generator, so the demo is the same on every run. */
function generator(seed: number) {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min: number, max: number): number => min + Math.floor(next() * (max - min + 1)),
    chance: (p: number): boolean => next() < p,
    sample: <T>(items: readonly T[], count: number): T[] => {
      const pool = [...items];
      const out: T[] = [];
      while (out.length < count && pool.length > 0) {
        out.push(pool.splice(Math.floor(next() * pool.length), 1)[0] as T);
      }
      return out;
    },
  };
}

const at = (date: string, hour = 9): string => `${date}T${String(hour - 7).padStart(2, '0')}:00:00.000Z`;
const round1 = (value: number): number => Math.round(value * 10) / 10;

const MILESTONE_TITLES = [
  'Ban hành kế hoạch triển khai của đơn vị',
  'Tổ chức hội nghị quán triệt, phổ biến',
  'Hoàn thành khảo sát, đánh giá thực trạng',
  'Trình phê duyệt đề án, dự án',
  'Tổ chức thực hiện, kiểm tra tiến độ',
  'Báo cáo sơ kết kết quả thực hiện',
  'Nghiệm thu, đánh giá kết quả',
  'Báo cáo tổng kết, đề xuất nhiệm vụ giai đoạn tiếp theo',
];

const NARRATIVES = [
  'Đơn vị đã ban hành kế hoạch triển khai, phân công cụ thể cho các phòng chuyên môn; tổ chức quán triệt đến toàn thể cán bộ, công chức, viên chức.',
  'Các nội dung được giao cơ bản hoàn thành đúng tiến độ; một số nhiệm vụ còn chậm do nguồn kinh phí được bố trí muộn.',
  'Đã phối hợp với Sở Khoa học và Công nghệ lựa chọn, đặt hàng nhiệm vụ khoa học và công nghệ gắn với yêu cầu thực tiễn của ngành, địa phương.',
  'Kết quả ứng dụng tiến bộ khoa học và công nghệ vào sản xuất, đời sống bước đầu phát huy hiệu quả, được người dân và doanh nghiệp đồng tình hưởng ứng.',
];

interface Rows {
  plans: PlansTable[];
  items: PlanItemsTable[];
  milestones: PlanMilestonesTable[];
  rounds: ReportingRoundsTable[];
  reports: RoundReportsTable[];
  narratives: RoundReportNarrativesTable[];
  events: RoundReportEventsTable[];
  values: IndicatorValuesTable[];
}

function chunks<T>(rows: readonly T[], size = 200): T[][] {
  const out: T[][] = [];
  for (let start = 0; start < rows.length; start += size) {
    out.push(rows.slice(start, start + size));
  }
  return out;
}

export async function seedDemoPlansAndRounds(platform: Platform): Promise<void> {
  const { db } = platform;
  const program = await db.selectFrom('programs').selectAll().where('code', '=', '29-CTr/TU').executeTakeFirst();
  if (!program || (await db.selectFrom('plans').select('id').where('program_id', '=', program.id).limit(1).executeTakeFirst())) {
    return;
  }
  const [organisations, actions, indicators, officer] = await Promise.all([
    db.selectFrom('organisations').select(['id', 'name_vi']).where('name_vi', 'in', [...UNITS]).orderBy('created_at').execute(),
    db.selectFrom('program_actions').select(['id', 'ref', 'text', 'lead_organisation_id', 'deadline']).where('program_id', '=', program.id).orderBy('sort_order').execute(),
    db.selectFrom('indicators').select(['id', 'code']).execute(),
    db.selectFrom('users').select('id').where('email', '=', 'chuyenvien@demo.opensti.vn').executeTakeFirst(),
  ]);
  const unitIds = new Map<string, string>();
  for (const row of organisations) {
    if (!unitIds.has(row.name_vi)) {
      unitIds.set(row.name_vi, row.id);
    }
  }
  const units = UNITS.flatMap((name) => (unitIds.has(name) ? [{ name, id: unitIds.get(name) as string }] : []));
  if (units.length === 0 || actions.length === 0) {
    return;
  }
  const indicator = new Map(indicators.map((row) => [row.code, row.id]));
  const actor = officer?.id ?? 'demo';
  const random = generator(290_2013);
  const rows: Rows = { plans: [], items: [], milestones: [], rounds: [], reports: [], narratives: [], events: [], values: [] };
  const stamp = at('2014-03-15');

  const actionsOf = new Map<string, string[]>();
  for (const [unitIndex, unit] of units.entries()) {
    const led = actions.filter((action) => action.lead_organisation_id === unit.id);
    const chosen = [...led, ...random.sample(actions.filter((action) => !led.includes(action)), random.int(3, 5) - Math.min(led.length, 2))].slice(0, 6);
    actionsOf.set(unit.id, chosen.map((action) => action.id));
    const plan: PlansTable = {
      id: newId(),
      program_id: program.id,
      organisation_id: unit.id,
      title: `Kế hoạch thực hiện Chương trình hành động số 29-CTr/TU của ${unit.name}`,
      status: 'active',
      rollup: unitIndex % 4 === 3 ? 'average' : 'weighted',
      version: 1,
      created_at: stamp,
      updated_at: stamp,
    };
    rows.plans.push(plan);
    for (const [index, action] of chosen.entries()) {
      const top: PlanItemsTable = {
        id: newId(),
        plan_id: plan.id,
        parent_id: null,
        action_id: action.id,
        code: `${index + 1}`,
        title: action.text.length > 300 ? `${action.text.slice(0, action.text.lastIndexOf(' ', 297))}…` : action.text,
        owner_name: random.chance(0.5) ? 'Lãnh đạo đơn vị phụ trách' : 'Phòng chuyên môn',
        owner_person_id: null,
        weight: random.int(1, 3),
        deadline: action.deadline ?? `${random.chance(0.5) ? 2020 : 2025}-12-31`,
        sort_order: index,
        version: 1,
        created_at: stamp,
        updated_at: stamp,
      };
      rows.items.push(top);
      const children = random.chance(0.4) ? 2 : 0;
      const leaves: PlanItemsTable[] = children === 0 ? [top] : [];
      for (let child = 0; child < children; child += 1) {
        const item: PlanItemsTable = { ...top, id: newId(), parent_id: top.id, code: `${index + 1}.${child + 1}`, title: MILESTONE_TITLES[(index + child) % MILESTONE_TITLES.length] ?? '', weight: 1, sort_order: child };
        rows.items.push(item);
        leaves.push(item);
      }
      for (const leaf of leaves) {
        const count = random.int(2, 4);
        for (let m = 0; m < count; m += 1) {
          const year = Math.min(OPEN_YEAR, FIRST_YEAR + Math.floor(((m + 1) * (OPEN_YEAR - FIRST_YEAR + 1)) / count) - random.int(0, 1));
          const due = `${year}-${String(random.int(3, 12)).padStart(2, '0')}-${random.chance(0.5) ? '15' : '30'}`.replace('-02-30', '-02-28');
          // Older milestones are mostly done; a few stay open past their date, which is what "late" means.
          const done = year < 2025 ? random.chance(0.9) : year === 2025 ? random.chance(0.6) : random.chance(0.2);
          rows.milestones.push({
            id: newId(),
            item_id: leaf.id,
            kind: m === count - 1 ? 'deliverable' : 'milestone',
            title: MILESTONE_TITLES[(m * 3 + index) % MILESTONE_TITLES.length] ?? '',
            due_on: due,
            completed_on: done && due <= '2026-11-20' ? due : null,
            evidence_file_id: null,
            weight: m === count - 1 ? 2 : 1,
            sort_order: m,
            version: 1,
            created_at: stamp,
            updated_at: stamp,
          });
        }
      }
    }
  }

  const addRound = (kind: RoundKind, period: string, due: string, open: boolean): ReportingRoundsTable => {
    const bounds = roundBounds(kind, period, program.start_year) ?? { start: `${period}-01-01`, end: `${period}-12-31` };
    const roundRow: ReportingRoundsTable = {
      id: newId(),
      program_id: program.id,
      kind,
      title: defaultRoundTitle(kind, period),
      period,
      period_start: bounds.start,
      period_end: bounds.end,
      due_on: due,
      status: open ? 'open' : 'closed',
      reminded_on: null,
      remind_days_before: 7,
      opened_by: actor,
      version: 1,
      created_at: at(`${period.slice(0, 4)}-11-20`),
      updated_at: at(open ? `${period.slice(0, 4)}-11-20` : `${Number(period.slice(0, 4)) + 1}-01-31`),
    };
    rows.rounds.push(roundRow);
    return roundRow;
  };

  const value = (code: string, period: string, amount: number, organisationId: string | null, reportId: string | null, status: IndicatorValuesTable['status'], note: string | null): void => {
    const indicatorId = indicator.get(code);
    if (!indicatorId) {
      return;
    }
    const locked = status === 'approved' ? at(`${Number(period) + 1}-01-25`) : null;
    rows.values.push({
      id: newId(),
      indicator_id: indicatorId,
      period,
      period_end: `${period}-12-31`,
      jurisdiction_id: program.jurisdiction_id,
      organisation_id: organisationId,
      unit_key: organisationId ?? program.jurisdiction_id,
      value: amount,
      source: 'reported',
      source_note: note,
      evidence_file_id: null,
      report_id: reportId,
      status,
      locked_at: locked,
      provenance: null,
      version: 1,
      created_by: actor,
      created_at: locked ?? at(`${period}-12-05`),
      updated_at: locked ?? at(`${period}-12-05`),
    });
  };

  /**
   * The province-wide figures of a closed year, as the department enters them once the statistics
   * office and the Department of Finance publish them: approved and locked, with no unit.
   */
  const provinceValues = (year: number): void => {
    const step = year - FIRST_YEAR;
    const period = String(year);
    value('KHCN.TFP_SHARE', period, round1(28 + step * 0.85 + (random.next() - 0.5)), null, null, 'approved', `Cục Thống kê tỉnh Thái Nguyên, Niên giám thống kê năm ${year}`);
    value('KHCN.TECH_RENEWAL_RATE', period, round1(9.5 + step * 0.75 + (random.next() - 0.5) * 1.2), null, null, 'approved', 'Điều tra trình độ công nghệ doanh nghiệp');
    value('KHCN.ST_MARKET_FORMED', period, year >= 2016 ? 1 : 0, null, null, 'approved', null);
    value('NS.TOTAL_SPENDING', period, totalSpending(year), null, null, 'approved', 'Quyết toán ngân sách địa phương');
  };

  /** A unit's own S&T spending for a year, in its report: the units' parts add up to the province's. */
  const unitValues = (year: number, unitIndex: number, organisationId: string, reportId: string, status: IndicatorValuesTable['status']): void => {
    const share = 0.009 + (year - FIRST_YEAR) * 0.0006;
    const part = (SPENDING_PARTS[unitIndex] ?? 1) / SPENDING_PARTS_TOTAL;
    const amount = Math.round(totalSpending(year) * share * part * (0.94 + random.next() * 0.12));
    value('NS.ST_SPENDING', String(year), amount, organisationId, reportId, status, 'Quyết toán chi sự nghiệp khoa học và công nghệ của đơn vị');
  };

  const closedRound = (kind: RoundKind, year: number, withValues: boolean): void => {
    const roundRow = addRound(kind, String(year), `${year}-12-15`, false);
    for (const [unitIndex, unit] of units.entries()) {
      const reportId = newId();
      const submitted = at(`${year}-12-${String(random.int(8, 20)).padStart(2, '0')}`);
      const approved = at(`${year + 1}-01-${String(random.int(10, 25)).padStart(2, '0')}`);
      rows.reports.push({
        id: reportId,
        round_id: roundRow.id,
        organisation_id: unit.id,
        status: 'approved',
        summary: `${unit.name} báo cáo kết quả thực hiện Chương trình hành động số 29-CTr/TU ${kind === 'annual' ? `năm ${year}` : `giai đoạn 2013–${year}`}.`,
        submitted_at: submitted,
        submitted_by: null,
        reviewed_at: approved,
        reviewed_by: officer?.id ?? null,
        review_comment: null,
        locked_at: approved,
        version: 3,
        created_at: roundRow.created_at,
        updated_at: approved,
      });
      for (const actionId of actionsOf.get(unit.id) ?? []) {
        rows.narratives.push({ report_id: reportId, action_id: actionId, text: NARRATIVES[random.int(0, NARRATIVES.length - 1)] ?? '', updated_at: submitted });
      }
      const returned = random.chance(0.12);
      rows.events.push({ id: newId(), report_id: reportId, event: 'submitted', comment: null, actor_id: actor, created_at: submitted });
      if (returned) {
        rows.events.push({ id: newId(), report_id: reportId, event: 'returned', comment: 'Đề nghị đơn vị bổ sung số liệu và tài liệu minh chứng.', actor_id: actor, created_at: submitted.replace('T02', 'T07') });
        rows.events.push({ id: newId(), report_id: reportId, event: 'submitted', comment: null, actor_id: actor, created_at: approved.replace('T02', 'T01') });
      }
      rows.events.push({ id: newId(), report_id: reportId, event: 'approved', comment: null, actor_id: actor, created_at: approved });
      if (withValues) {
        unitValues(year, unitIndex, unit.id, reportId, 'approved');
      }
    }
  };

  for (let year = FIRST_YEAR; year <= LAST_CLOSED_YEAR; year += 1) {
    closedRound('annual', year, true);
    provinceValues(year);
  }
  closedRound('mid_term', 2015, false);
  closedRound('final', 2020, false);

  const open = addRound('annual', String(OPEN_YEAR), `${OPEN_YEAR}-12-15`, true);
  const states: ReportStatus[] = ['approved', 'submitted', 'submitted', 'draft', 'returned', 'draft', 'not_started', 'submitted', 'not_started', 'draft', 'not_started', 'submitted'];
  for (const [index, unit] of units.entries()) {
    const status = states[index % states.length] ?? 'not_started';
    const reportId = newId();
    const started = status !== 'not_started';
    const submitted = ['submitted', 'returned', 'approved'].includes(status) ? at('2026-11-18') : null;
    rows.reports.push({
      id: reportId,
      round_id: open.id,
      organisation_id: unit.id,
      status,
      summary: started ? `${unit.name} báo cáo kết quả thực hiện năm ${OPEN_YEAR}.` : null,
      submitted_at: submitted,
      submitted_by: null,
      reviewed_at: status === 'returned' || status === 'approved' ? at('2026-11-24') : null,
      reviewed_by: status === 'returned' || status === 'approved' ? (officer?.id ?? null) : null,
      review_comment: status === 'returned' ? 'Đề nghị bổ sung kết quả thực hiện nhiệm vụ II.2 và tài liệu minh chứng.' : null,
      locked_at: status === 'approved' ? at('2026-11-24') : null,
      version: started ? 2 : 1,
      created_at: open.created_at,
      updated_at: started ? at('2026-11-24') : open.created_at,
    });
    if (started) {
      for (const actionId of (actionsOf.get(unit.id) ?? []).slice(0, 2)) {
        rows.narratives.push({ report_id: reportId, action_id: actionId, text: NARRATIVES[index % NARRATIVES.length] ?? '', updated_at: at('2026-11-17') });
      }
      rows.events.push({ id: newId(), report_id: reportId, event: 'saved', comment: null, actor_id: actor, created_at: at('2026-11-17') });
      const valueStatus = status === 'approved' ? 'approved' : status === 'submitted' ? 'submitted' : 'draft';
      unitValues(OPEN_YEAR, index, unit.id, reportId, valueStatus);
    }
    if (submitted) {
      rows.events.push({ id: newId(), report_id: reportId, event: 'submitted', comment: null, actor_id: actor, created_at: submitted });
    }
    if (status === 'returned' || status === 'approved') {
      rows.events.push({ id: newId(), report_id: reportId, event: status, comment: status === 'returned' ? 'Đề nghị bổ sung kết quả thực hiện nhiệm vụ II.2 và tài liệu minh chứng.' : null, actor_id: actor, created_at: at('2026-11-24') });
    }
  }

  await db.transaction().execute(async (tx) => {
    for (const batch of chunks(rows.plans)) {
      await tx.insertInto('plans').values(batch).execute();
    }
    // Parents before children: top items were pushed before their sub-items.
    for (const batch of chunks(rows.items)) {
      await tx.insertInto('plan_items').values(batch).execute();
    }
    for (const batch of chunks(rows.milestones)) {
      await tx.insertInto('plan_milestones').values(batch).execute();
    }
    for (const batch of chunks(rows.rounds)) {
      await tx.insertInto('reporting_rounds').values(batch).execute();
    }
    for (const batch of chunks(rows.reports)) {
      await tx.insertInto('round_reports').values(batch).execute();
    }
    for (const batch of chunks(rows.narratives)) {
      await tx.insertInto('round_report_narratives').values(batch).execute();
    }
    for (const batch of chunks(rows.events)) {
      await tx.insertInto('round_report_events').values(batch).execute();
    }
    for (const batch of chunks(rows.values)) {
      await tx.insertInto('indicator_values').values(batch).execute();
    }
    await recordAudit(tx, { actor: systemActor('Nạp dữ liệu mẫu'), requestId: null }, {
      action: 'programs.demo.plans_rounds',
      subjectType: 'program',
      subjectId: program.id,
      after: { plans: rows.plans.length, items: rows.items.length, milestones: rows.milestones.length, rounds: rows.rounds.length, reports: rows.reports.length, values: rows.values.length },
    });
  });
}
