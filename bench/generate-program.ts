import type { IndicatorAggregation, ReportStatus, TargetApplies, TargetDirection } from '../common/contracts/programs.ts';
import type { Insertable } from 'kysely';
import { newId } from '../server/platform/db/ids.ts';
import type { Db } from '../server/platform/db/client.ts';
import type { Database } from '../server/platform/db/database.ts';

/**
 * A program at province scale for the dashboard benchmark: targets on half-year indicators, units
 * with plans, and every unit's approved value for every indicator and half year. Rows go straight
 * into the tables in batches; the figures are deterministic (seeded), not realistic.
 */

export interface ProgramShape {
  units: number;
  targets: number;
  firstYear: number;
  years: number;
}

export interface GeneratedProgram {
  programId: string;
  programCode: string;
  sectionIds: string[];
  unitIds: string[];
  roundIds: string[];
  values: number;
}

const NOW = '2026-01-01T00:00:00.000Z';
const BATCH = 400;

function mulberry(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

async function insertBatches<T>(rows: readonly T[], write: (batch: T[]) => Promise<unknown>): Promise<void> {
  for (let start = 0; start < rows.length; start += BATCH) {
    await write(rows.slice(start, start + BATCH));
  }
}

export async function generateProgram(db: Db, shape: ProgramShape): Promise<GeneratedProgram> {
  const random = mulberry(29);
  const province = await db.selectFrom('jurisdictions').select('id').where('code', '=', '19').executeTakeFirstOrThrow();
  const periods = Array.from({ length: shape.years * 2 }, (_, i) => {
    const year = shape.firstYear + Math.floor(i / 2);
    return i % 2 === 0 ? { period: `${year}-H1`, start: `${year}-01-01`, end: `${year}-06-30`, due: `${year}-07-15` } : { period: `${year}-H2`, start: `${year}-07-01`, end: `${year}-12-31`, due: `${year + 1}-01-15` };
  });
  const lastYear = shape.firstYear + shape.years - 1;

  const unitIds = Array.from({ length: shape.units }, () => newId());
  await insertBatches(
    unitIds.map((id, i) => {
      const name = `Đơn vị thực hiện số ${i + 1}`;
      return {
        id,
        jurisdiction_id: province.id,
        kind: 'department' as const,
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
      };
    }),
    (batch) => db.insertInto('organisations').values(batch).execute(),
  );

  const programId = newId();
  const programCode = `BENCH-${programId.slice(-6)}`;
  await db
    .insertInto('programs')
    .values({
      id: programId,
      code: programCode,
      title: 'Chương trình thử tải bảng điều khiển',
      title_en: 'Dashboard load test program',
      issuing_body: 'Tỉnh ủy Thái Nguyên',
      issued_on: `${shape.firstYear}-01-15`,
      legal_basis: 'Thử nghiệm hiệu năng',
      summary: null,
      status: 'active',
      start_year: shape.firstYear,
      end_year: lastYear + 5,
      jurisdiction_id: province.id,
      owner_organisation_id: unitIds[0] ?? null,
      published: 1,
      version: 1,
      created_at: NOW,
      updated_at: NOW,
    })
    .execute();

  const roots = Array.from({ length: 5 }, (_, i) => ({ id: newId(), program_id: programId, parent_id: null, ref: `${'I II III IV V'.split(' ')[i]}`, title: `Phần ${i + 1}`, body: null, sort_order: i * 3 }));
  const children = roots.flatMap((root, i) => [1, 2].map((n) => ({ id: newId(), program_id: programId, parent_id: root.id, ref: `${root.ref}.${n}`, title: `Mục ${root.ref}.${n}`, body: null, sort_order: i * 3 + n })));
  await db.insertInto('program_sections').values(roots).execute();
  await db.insertInto('program_sections').values(children).execute();
  const leafSections = children.map((s) => s.id);

  const indicator = (code: string, aggregation: IndicatorAggregation, extra: { numerator?: string; denominator?: string } = {}) => ({
    id: newId(),
    code: `${programCode}-${code}`,
    name_vi: `Chỉ số ${code}`,
    name_en: `Indicator ${code}`,
    unit: aggregation === 'mean' ? '%' : 'đơn vị',
    period_type: 'half_year' as const,
    method: extra.numerator ? ('ratio' as const) : ('reported' as const),
    computation: null,
    numerator_id: extra.numerator ?? null,
    denominator_id: extra.denominator ?? null,
    multiplier: extra.numerator ? 10_000 : null,
    aggregation,
    decimals: 1,
    national_code: null,
    description: null,
    version: 1,
    created_at: NOW,
    updated_at: NOW,
  });
  const ratios = 3;
  const components = Array.from({ length: ratios * 2 }, (_, i) => indicator(`TP${i + 1}`, 'sum'));
  const aggregations: IndicatorAggregation[] = ['sum', 'sum', 'mean', 'max'];
  const plain = Array.from({ length: shape.targets - ratios }, (_, i) => indicator(`CS${i + 1}`, aggregations[i % aggregations.length] ?? 'sum'));
  const ratioIndicators = Array.from({ length: ratios }, (_, i) => indicator(`TL${i + 1}`, 'sum', { numerator: components[i * 2]?.id, denominator: components[i * 2 + 1]?.id }));
  await db.insertInto('indicators').values([...components, ...plain]).execute();
  await db.insertInto('indicators').values(ratioIndicators).execute();

  const targeted = [...plain, ...ratioIndicators];
  const directions: TargetDirection[] = ['at_least', 'at_least', 'at_most', 'range'];
  const applies: TargetApplies[] = ['by_deadline', 'by_deadline', 'every_period'];
  await db
    .insertInto('program_targets')
    .values(
      targeted.map((row, i) => ({
        id: newId(),
        program_id: programId,
        section_id: leafSections[i % leafSections.length] ?? '',
        indicator_id: row.id,
        code: `CT${String(i + 1).padStart(2, '0')}`,
        label: `Chỉ tiêu thử tải số ${i + 1}`,
        baseline_value: 10,
        baseline_year: shape.firstYear - 1,
        target_min: directions[i % 4] === 'at_most' ? null : 50 + i,
        target_max: directions[i % 4] === 'at_least' ? null : 500 + i * 10,
        direction: directions[i % 4] ?? 'at_least',
        applies: applies[i % 3] ?? 'by_deadline',
        start_year: shape.firstYear,
        deadline: `${[lastYear - 4, lastYear, lastYear + 5][i % 3]}-12-31`,
        jurisdiction_id: province.id,
        sort_order: i,
      })),
    )
    .execute();

  let values = 0;
  for (const source of [...components, ...plain]) {
    const rows: Insertable<Database['indicator_values']>[] = [];
    for (const unit of unitIds) {
      const base = 5 + random() * 20;
      for (const [index, period] of periods.entries()) {
        rows.push({
          id: newId(),
          indicator_id: source.id,
          period: period.period,
          period_end: period.end,
          jurisdiction_id: province.id,
          organisation_id: unit,
          unit_key: unit,
          value: Math.round((base + index * (0.5 + random())) * 10) / 10,
          source: 'reported' as const,
          source_note: null,
          evidence_file_id: null,
          report_id: null,
          status: 'approved' as const,
          locked_at: NOW,
          provenance: null,
          version: 1,
          created_by: null,
          created_at: NOW,
          updated_at: NOW,
        });
      }
    }
    await db.transaction().execute((tx) => insertBatches(rows, (batch) => tx.insertInto('indicator_values').values(batch).execute()));
    values += rows.length;
  }

  const actions = Array.from({ length: 40 }, (_, i) => ({
    id: newId(),
    program_id: programId,
    section_id: leafSections[i % leafSections.length] ?? '',
    ref: `NV${i + 1}`,
    text: `Nhiệm vụ thử tải số ${i + 1}`,
    lead_organisation_id: unitIds[i % unitIds.length] ?? null,
    partner_organisation_ids: '[]',
    deadline: `${lastYear}-12-31`,
    sort_order: i,
  }));
  await db.insertInto('program_actions').values(actions).execute();

  const plans = unitIds.map((unit, i) => ({ id: newId(), program_id: programId, organisation_id: unit, title: `Kế hoạch của đơn vị ${i + 1}`, status: 'active' as const, rollup: 'weighted' as const, version: 1, created_at: NOW, updated_at: NOW }));
  const items = plans.flatMap((plan) =>
    [0, 1, 2].map((n) => ({
      id: newId(),
      plan_id: plan.id,
      parent_id: null,
      action_id: actions[Math.floor(random() * actions.length)]?.id ?? null,
      code: `KH${n + 1}`,
      title: `Nội dung kế hoạch ${n + 1}`,
      owner_name: null,
      owner_person_id: null,
      weight: 1,
      deadline: `${shape.firstYear + 2 + Math.floor(random() * shape.years)}-12-31`,
      sort_order: n,
      version: 1,
      created_at: NOW,
      updated_at: NOW,
    })),
  );
  const milestones = items.flatMap((item) =>
    [0, 1].map((n) => {
      const due = `${shape.firstYear + 1 + Math.floor(random() * shape.years)}-06-30`;
      return {
        id: newId(),
        item_id: item.id,
        kind: n === 0 ? ('milestone' as const) : ('deliverable' as const),
        title: n === 0 ? 'Mốc triển khai' : 'Sản phẩm bàn giao',
        due_on: due,
        completed_on: random() < 0.6 ? due : null,
        evidence_file_id: null,
        weight: 1,
        sort_order: n,
        version: 1,
        created_at: NOW,
        updated_at: NOW,
      };
    }),
  );
  await db.transaction().execute(async (tx) => {
    await insertBatches(plans, (batch) => tx.insertInto('plans').values(batch).execute());
    await insertBatches(items, (batch) => tx.insertInto('plan_items').values(batch).execute());
    await insertBatches(milestones, (batch) => tx.insertInto('plan_milestones').values(batch).execute());
  });

  const rounds = periods.map((period) => ({
    id: newId(),
    program_id: programId,
    kind: 'half_year' as const,
    title: `Báo cáo ${period.period.endsWith('H1') ? '6 tháng đầu năm' : '6 tháng cuối năm'} ${period.period.slice(0, 4)}`,
    period: period.period,
    period_start: period.start,
    period_end: period.end,
    due_on: period.due,
    status: 'closed' as const,
    reminded_on: null,
    remind_days_before: 7,
    opened_by: 'bench',
    version: 1,
    created_at: NOW,
    updated_at: NOW,
  }));
  await db.insertInto('reporting_rounds').values(rounds).execute();
  const statuses: ReportStatus[] = ['approved', 'approved', 'approved', 'approved', 'submitted', 'returned', 'draft'];
  const reports = rounds.flatMap((round) =>
    unitIds.map((unit) => {
      const status = statuses[Math.floor(random() * statuses.length)] ?? 'approved';
      const submitted = status === 'approved' || status === 'submitted';
      return {
        id: newId(),
        round_id: round.id,
        organisation_id: unit,
        status,
        summary: null,
        submitted_at: submitted ? `${round.due_on}T${random() < 0.8 ? '02' : '20'}:00:00.000Z` : null,
        submitted_by: submitted ? 'bench' : null,
        reviewed_at: null,
        reviewed_by: null,
        review_comment: null,
        locked_at: status === 'approved' ? NOW : null,
        version: 1,
        created_at: NOW,
        updated_at: NOW,
      };
    }),
  );
  const lastRound = rounds.at(-1)?.id;
  const narratives = reports
    .filter((report) => report.round_id === lastRound && (report.status === 'approved' || report.status === 'submitted'))
    .flatMap((report, i) =>
      [0, 1].map((n) => ({
        report_id: report.id,
        action_id: actions[(i + n * 7) % actions.length]?.id ?? '',
        text: `Trong kỳ, đơn vị đã triển khai nội dung nhiệm vụ theo kế hoạch, hoàn thành các mốc đề ra và tiếp tục theo dõi, đánh giá kết quả (${i + 1}.${n + 1}).`,
        updated_at: NOW,
      })),
    );
  await db.transaction().execute(async (tx) => {
    await insertBatches(reports, (batch) => tx.insertInto('round_reports').values(batch).execute());
    await insertBatches(narratives, (batch) => tx.insertInto('round_report_narratives').values(batch).execute());
  });

  return { programId, programCode, sectionIds: roots.map((s) => s.id), unitIds, roundIds: rounds.map((r) => r.id), values };
}
