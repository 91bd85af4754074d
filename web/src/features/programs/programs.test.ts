import { describe, expect, it } from 'vitest';
import type { TReportDetail } from '../../../../common/contracts/programs-rounds.ts';
import { hasMessage, translator } from '../../app/messages.ts';
import { dashboardFilters, forecastSentence, formatPeriod, formatTarget, formatWithUnit, sortByLight, yearParam } from './format.ts';
import { importProblems } from './import/problems.ts';
import { landingProgram } from './landing.ts';
import { itemDepths } from './plans/tree.ts';
import { defaultPeriod } from './rounds/periods.ts';
import { isEditable, numberInputFormat, reportDraft, savePayload } from './rounds/reportForm.ts';

const vi = translator('vi');
const en = translator('en');

describe('formatWithUnit', () => {
  it('writes numbers the Vietnamese way with the unit after a space', () => {
    expect(formatWithUnit(1234.56, 1, '%', 'vi')).toBe('1.234,6 %');
    expect(formatWithUnit(120, 0, 'doanh nghiệp', 'vi')).toBe('120 doanh nghiệp');
    expect(formatWithUnit(1234.56, 1, '%', 'en')).toBe('1,234.6 %');
  });
});

describe('formatPeriod', () => {
  it('names years, half years and quarters as officials write them', () => {
    expect(formatPeriod('2025', vi)).toBe('Năm 2025');
    expect(formatPeriod('2025-H1', vi)).toBe('6 tháng đầu năm 2025');
    expect(formatPeriod('2025-H2', vi)).toBe('6 tháng cuối năm 2025');
    expect(formatPeriod('2025-Q3', vi)).toBe('Quý III/2025');
    expect(formatPeriod('2025-Q3', en)).toBe('Q3 2025');
  });

  it('leaves anything else as it came', () => {
    expect(formatPeriod('2025-13', vi)).toBe('2025-13');
  });
});

describe('formatTarget', () => {
  it('states each direction with its bound', () => {
    expect(formatTarget({ direction: 'at_least', targetMin: 35, targetMax: null }, 0, '%', 'vi')).toBe('≥ 35 %');
    expect(formatTarget({ direction: 'at_most', targetMin: null, targetMax: 5.5 }, 1, '%', 'vi')).toBe('≤ 5,5 %');
    expect(formatTarget({ direction: 'range', targetMin: 15, targetMax: 20 }, 0, '%/năm', 'vi')).toBe('15–20 %/năm');
    expect(formatTarget({ direction: 'at_least', targetMin: null, targetMax: null }, 0, '', 'vi')).toBe('—');
  });
});

describe('sortByLight', () => {
  it('puts the targets that need action first and keeps ties in order', () => {
    const sorted = sortByLight([
      { id: 'a', light: 'green' as const },
      { id: 'b', light: 'grey' as const },
      { id: 'c', light: 'red' as const },
      { id: 'd', light: 'amber' as const },
      { id: 'e', light: 'red' as const },
    ]);
    expect(sorted.map((item) => item.id)).toEqual(['c', 'e', 'd', 'a', 'b']);
  });
});

describe('forecastSentence', () => {
  const target = { deadline: '2020-12-31', decimals: 1, unit: '%' };
  const date = (iso: string) => iso.split('-').reverse().join('/');

  it('says how a trend forecast ends, with the projected value and the deadline', () => {
    const text = forecastSentence({ method: 'linear_trend', projectedValue: 31.24, shareMet: null, willMeet: false }, target, vi, 'vi', date);
    expect(text).toContain('31,2 %');
    expect(text).toContain('31/12/2020');
    expect(text).toContain('không đạt');
  });

  it('reports the share of periods met for every-period targets', () => {
    const text = forecastSentence({ method: 'share_of_periods', projectedValue: null, shareMet: 0.75, willMeet: true }, target, vi, 'vi', date);
    expect(text).toContain('75 %');
  });

  it('admits when there is too little data', () => {
    expect(forecastSentence({ method: 'insufficient_data', projectedValue: null, shareMet: null, willMeet: null }, target, vi, 'vi', date)).toBe(
      vi('ui.programs.forecast.insufficient'),
    );
  });
});

describe('dashboardFilters', () => {
  it('keeps valid filters and drops the empty ones', () => {
    expect(dashboardFilters({ section: 's1', unit: '', from: '2015', to: '2020' })).toEqual({ sectionId: 's1', organisationId: undefined, fromYear: 2015, toYear: 2020 });
  });

  it('drops a reversed or malformed year range rather than send a request that must fail', () => {
    expect(dashboardFilters({ section: '', unit: 'u', from: '2020', to: '2015' })).toMatchObject({ fromYear: undefined, toYear: undefined, organisationId: 'u' });
    expect(yearParam('20x5')).toBeUndefined();
    expect(yearParam('1800')).toBeUndefined();
    expect(yearParam('2030')).toBe(2030);
  });
});

describe('defaultPeriod', () => {
  it('proposes the period being reported on', () => {
    expect(defaultPeriod('annual', '2026-11-28')).toBe('2026');
    expect(defaultPeriod('annual', '2026-03-02')).toBe('2025');
    expect(defaultPeriod('half_year', '2026-06-10')).toBe('2026-H1');
    expect(defaultPeriod('half_year', '2026-12-05')).toBe('2026-H2');
    expect(defaultPeriod('half_year', '2026-01-15')).toBe('2025-H2');
    expect(defaultPeriod('final', '2026-11-28')).toBe('2026');
  });
});

describe('the report form', () => {
  const report = {
    id: 'r1',
    version: 3,
    status: 'returned',
    summary: null,
    round: { id: 'round', kind: 'annual', period: '2025', title: 'Báo cáo năm 2025', dueOn: '2025-12-15', status: 'open' },
    narratives: [
      { actionId: 'a1', ref: 'II.1', action: 'Tuyên truyền', text: 'Đã tổ chức 3 hội nghị' },
      { actionId: 'a2', ref: 'II.2', action: 'Đổi mới công nghệ', text: '' },
    ],
    indicators: [
      { id: 'i1', code: 'DN_HT', nameVi: 'Số doanh nghiệp được hỗ trợ', nameEn: 'Enterprises supported', unit: 'doanh nghiệp', periodType: 'year' },
      { id: 'i2', code: 'CHI_KHCN', nameVi: 'Tỷ lệ chi KH&CN', nameEn: 'S&T spending share', unit: '%', periodType: 'year' },
    ],
    values: [
      {
        id: 'v1',
        indicatorId: 'i1',
        indicatorCode: 'DN_HT',
        period: '2025',
        organisationId: 'o',
        value: 12,
        unit: 'doanh nghiệp',
        source: 'reported',
        sourceNote: 'Sổ theo dõi',
        evidenceFileId: null,
        reportId: 'r1',
        status: 'draft',
        lockedAt: null,
        version: 1,
      },
    ],
  } as unknown as TReportDetail;

  it('lets a unit edit until it submits, and again once returned', () => {
    expect(isEditable('not_started')).toBe(true);
    expect(isEditable('returned')).toBe(true);
    expect(isEditable('submitted')).toBe(false);
    expect(isEditable('approved')).toBe(false);
  });

  it('starts from the stored text and values', () => {
    expect(reportDraft(report)).toEqual({ summary: '', narratives: { a1: 'Đã tổ chức 3 hội nghị', a2: '' }, values: { i1: 12 } });
  });

  it('sends every narrative and each filled value with the round period and the indicator unit', () => {
    const payload = savePayload(report, { summary: '  ', narratives: { a1: 'Đã tổ chức 4 hội nghị' }, values: { i1: 14, i2: '' } });
    expect(payload).toEqual({
      version: 3,
      summary: null,
      narratives: [
        { actionId: 'a1', text: 'Đã tổ chức 4 hội nghị' },
        { actionId: 'a2', text: '' },
      ],
      values: [{ indicatorId: 'i1', period: '2025', value: 14, unit: 'doanh nghiệp', sourceNote: 'Sổ theo dõi', evidenceFileId: null }],
    });
  });

  it('types numbers with the reader’s separators', () => {
    expect(numberInputFormat('vi')).toEqual({ decimalSeparator: ',', thousandSeparator: '.' });
    expect(numberInputFormat('en')).toEqual({ decimalSeparator: '.', thousandSeparator: ',' });
  });
});

describe('itemDepths', () => {
  it('indents children under their parents and treats orphans as top level', () => {
    const depths = itemDepths([
      { id: 'a', parentId: null },
      { id: 'b', parentId: 'a' },
      { id: 'c', parentId: 'b' },
      { id: 'd', parentId: 'missing' },
    ]);
    expect(Object.fromEntries(depths)).toEqual({ a: 0, b: 1, c: 2, d: 0 });
  });
});

describe('importProblems', () => {
  it('points at the place in the file a person would look, counting from 1', () => {
    expect(
      importProblems([
        { path: 'body.targets.2.deadline', code: 'custom', message: 'date_invalid' },
        { path: 'body.sections.0.parentRef', code: 'custom', message: 'section_cycle' },
        { path: 'body', code: 'custom', message: 'Something else' },
      ]),
    ).toEqual([
      { where: 'targets › 3 › deadline', code: 'date_invalid', message: 'date_invalid' },
      { where: 'sections › 1 › parentRef', code: 'section_cycle', message: 'section_cycle' },
      { where: '', code: 'custom', message: 'Something else' },
    ]);
  });
});

describe('the programs catalog', () => {
  it('names every light, report status and action status in both languages', () => {
    for (const key of ['lights.red', 'reportStatuses.returned', 'actionStatuses.overdue', 'roundKinds.mid_term', 'addressees.party', 'progressStatuses.late']) {
      expect(hasMessage('vi', `ui.programs.${key}`)).toBe(true);
      expect(hasMessage('en', `ui.programs.${key}`)).toBe(true);
    }
  });
});

describe('landingProgram', () => {
  const programs = [
    { id: 'nq57', startYear: 2025, issuedOn: '2024-12-22' },
    { id: 'ctr29', startYear: 2013, issuedOn: '2013-06-04' },
  ];

  it('opens the program seen last while it is still active', () => {
    expect(landingProgram(programs, 'nq57')).toBe('nq57');
  });

  it('otherwise opens the longest running program, and nothing when there is none', () => {
    expect(landingProgram(programs, 'closed-one')).toBe('ctr29');
    expect(landingProgram(programs, null)).toBe('ctr29');
    expect(landingProgram([], null)).toBeNull();
  });
});
