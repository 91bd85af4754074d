import type { ReportStatus } from '../../../../../common/contracts/programs.ts';
import type { TReportDetail, TReportSave } from '../../../../../common/contracts/programs-rounds.ts';
import type { Locale } from '../../../../../common/i18n/index.ts';

/** What the unit is typing: narratives by action, values by indicator (a number, or '' while empty). */
export interface ReportDraft {
  summary: string;
  narratives: Record<string, string>;
  values: Record<string, number | string>;
}

/** A unit edits its report until it is submitted, and again once it has been returned. */
export function isEditable(status: ReportStatus): boolean {
  return status === 'not_started' || status === 'draft' || status === 'returned';
}

export function reportDraft(report: TReportDetail): ReportDraft {
  return {
    summary: report.summary ?? '',
    narratives: Object.fromEntries(report.narratives.map((narrative) => [narrative.actionId, narrative.text])),
    values: Object.fromEntries(report.values.map((value) => [value.indicatorId, value.value])),
  };
}

/**
 * The body of a save. Each value states the round's period and the indicator's unit, so the server
 * can refuse a value typed for another period or in another unit; empty inputs are left out.
 */
export function savePayload(report: TReportDetail, draft: ReportDraft): TReportSave {
  const values: TReportSave['values'] = [];
  for (const indicator of report.indicators) {
    const raw = draft.values[indicator.id];
    if (raw === undefined || raw === '') {
      continue;
    }
    const value = typeof raw === 'number' ? raw : Number(raw);
    if (!Number.isFinite(value)) {
      continue;
    }
    const stored = report.values.find((entry) => entry.indicatorId === indicator.id);
    values.push({
      indicatorId: indicator.id,
      period: report.round.period,
      value,
      unit: indicator.unit,
      sourceNote: stored?.sourceNote ?? null,
      evidenceFileId: stored?.evidenceFileId ?? null,
    });
  }
  return {
    version: report.version,
    summary: draft.summary.trim() === '' ? null : draft.summary,
    narratives: report.narratives.map((narrative) => ({ actionId: narrative.actionId, text: draft.narratives[narrative.actionId] ?? '' })),
    values,
  };
}

/** Number inputs in the reader's convention: 1.234,5 in Vietnamese, 1,234.5 in English. */
export function numberInputFormat(locale: Locale): { decimalSeparator: string; thousandSeparator: string } {
  return locale === 'vi' ? { decimalSeparator: ',', thousandSeparator: '.' } : { decimalSeparator: '.', thousandSeparator: ',' };
}
