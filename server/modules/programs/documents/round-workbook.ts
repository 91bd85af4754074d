import { z } from 'zod';
import { optionalText, requiredText } from '../../../../common/contracts/text.ts';
import type { Locale } from '../../../../common/i18n/locale.ts';
import { defineSheet, writeWorkbookToBuffer, type SheetRow, type WorkbookSheet } from '../../../platform/documents/index.ts';
import type { RoundData } from './round-data.ts';
import { targetStatus } from './review-report.ts';

/** All of a round's data as a workbook, one sheet per kind, each readable back with its declaration. */

// Empty cells read back as undefined.
const number = z.number().nullish();
const count = z.number().int();

export const targetsSheet = defineSheet({
  name: 'Chỉ tiêu',
  columns: [
    { key: 'code', header: { vi: 'Mã chỉ tiêu', en: 'Target code' }, schema: requiredText(60) },
    { key: 'label', header: { vi: 'Chỉ tiêu', en: 'Target' }, schema: requiredText(2000), width: 60 },
    { key: 'indicator', header: { vi: 'Mã chỉ số', en: 'Indicator code' }, schema: requiredText(60) },
    { key: 'unit', header: { vi: 'Đơn vị tính', en: 'Unit' }, schema: requiredText(60) },
    { key: 'baseline', header: { vi: 'Giá trị cơ sở', en: 'Baseline' }, schema: number, type: 'number' },
    { key: 'baselineYear', header: { vi: 'Năm cơ sở', en: 'Baseline year' }, schema: number, type: 'number' },
    { key: 'targetMin', header: { vi: 'Mục tiêu tối thiểu', en: 'Target minimum' }, schema: number, type: 'number' },
    { key: 'targetMax', header: { vi: 'Mục tiêu tối đa', en: 'Target maximum' }, schema: number, type: 'number' },
    { key: 'deadline', header: { vi: 'Thời hạn', en: 'Deadline' }, schema: z.iso.date(), type: 'date' },
    { key: 'period', header: { vi: 'Kỳ số liệu', en: 'Period' }, schema: optionalText(10) },
    { key: 'current', header: { vi: 'Giá trị hiện tại', en: 'Current value' }, schema: number, type: 'number' },
    { key: 'forecast', header: { vi: 'Giá trị dự báo', en: 'Forecast value' }, schema: number, type: 'number' },
    { key: 'status', header: { vi: 'Đánh giá', en: 'Assessment' }, schema: requiredText(60), width: 22 },
  ],
});

export const valuesSheet = defineSheet({
  name: 'Số liệu',
  columns: [
    { key: 'indicator', header: { vi: 'Mã chỉ số', en: 'Indicator code' }, schema: requiredText(60) },
    { key: 'name', header: { vi: 'Chỉ số', en: 'Indicator' }, schema: requiredText(500), width: 50 },
    { key: 'unit', header: { vi: 'Đơn vị tính', en: 'Unit' }, schema: requiredText(60) },
    { key: 'period', header: { vi: 'Kỳ', en: 'Period' }, schema: requiredText(10) },
    { key: 'organisation', header: { vi: 'Đơn vị báo cáo', en: 'Reporting unit' }, schema: optionalText(500), width: 40 },
    { key: 'value', header: { vi: 'Giá trị', en: 'Value' }, schema: z.number(), type: 'number' },
    { key: 'source', header: { vi: 'Nguồn', en: 'Source' }, schema: requiredText(20) },
    { key: 'status', header: { vi: 'Trạng thái', en: 'Status' }, schema: requiredText(20) },
  ],
});

export const progressSheet = defineSheet({
  name: 'Tiến độ kế hoạch',
  columns: [
    { key: 'organisation', header: { vi: 'Đơn vị', en: 'Unit' }, schema: requiredText(500), width: 40 },
    { key: 'items', header: { vi: 'Số nội dung', en: 'Plan items' }, schema: count, type: 'number' },
    { key: 'progress', header: { vi: 'Tiến độ (%)', en: 'Progress (%)' }, schema: number, type: 'number', format: '0.0' },
    { key: 'lateItems', header: { vi: 'Nội dung chậm tiến độ', en: 'Late items' }, schema: count, type: 'number' },
  ],
});

export const complianceSheet = defineSheet({
  name: 'Tình hình báo cáo',
  columns: [
    { key: 'organisation', header: { vi: 'Đơn vị', en: 'Unit' }, schema: requiredText(500), width: 40 },
    { key: 'status', header: { vi: 'Trạng thái', en: 'Status' }, schema: requiredText(20) },
    { key: 'submittedAt', header: { vi: 'Thời điểm gửi', en: 'Submitted at' }, schema: optionalText(40), width: 24 },
    { key: 'onTime', header: { vi: 'Đúng hạn', en: 'On time' }, schema: z.boolean().nullish(), type: 'boolean' },
  ],
});

export const narrativesSheet = defineSheet({
  name: 'Báo cáo đơn vị',
  columns: [
    { key: 'organisation', header: { vi: 'Đơn vị', en: 'Unit' }, schema: requiredText(500), width: 40 },
    { key: 'action', header: { vi: 'Nhiệm vụ', en: 'Action' }, schema: requiredText(40) },
    { key: 'actionText', header: { vi: 'Nội dung nhiệm vụ', en: 'Action text' }, schema: requiredText(5000), width: 50 },
    { key: 'text', header: { vi: 'Kết quả thực hiện', en: 'Narrative' }, schema: z.string().min(1).max(20_000), width: 80 },
  ],
});


export async function writeRoundWorkbook(data: RoundData, locale: Locale): Promise<Buffer> {
  const targets: SheetRow<typeof targetsSheet.columns>[] = data.targets.map((target) => ({
    code: target.code,
    label: target.label,
    indicator: target.indicator.code,
    unit: target.indicator.unit,
    baseline: target.baselineValue,
    baselineYear: target.baselineYear,
    targetMin: target.targetMin,
    targetMax: target.targetMax,
    deadline: target.deadline,
    period: target.current?.period ?? null,
    current: target.current?.value ?? null,
    forecast: target.forecast.projectedValue,
    status: targetStatus(target),
  }));
  const values: SheetRow<typeof valuesSheet.columns>[] = data.values.map((value) => ({
    indicator: value.indicatorCode,
    name: value.indicatorName,
    unit: value.unit,
    period: value.period,
    organisation: value.organisationName,
    value: value.value,
    source: value.source,
    status: value.status,
  }));
  const progress: SheetRow<typeof progressSheet.columns>[] = data.unitProgress.map((unit) => ({
    organisation: unit.organisationName,
    items: unit.items,
    progress: Math.round(unit.progress * 1000) / 10,
    lateItems: unit.lateItems,
  }));
  const compliance: SheetRow<typeof complianceSheet.columns>[] = data.compliance.map((unit) => ({
    organisation: unit.organisationName,
    status: unit.status,
    submittedAt: unit.submittedAt,
    onTime: unit.onTime,
  }));
  const narratives: SheetRow<typeof narrativesSheet.columns>[] = data.narratives.map((narrative) => ({
    organisation: narrative.organisationName,
    action: narrative.actionRef,
    actionText: narrative.actionText,
    text: narrative.text,
  }));
  const sheets: WorkbookSheet[] = [
    { spec: targetsSheet, rows: targets },
    { spec: valuesSheet, rows: values },
    { spec: progressSheet, rows: progress },
    { spec: complianceSheet, rows: compliance },
    { spec: narrativesSheet, rows: narratives },
  ];
  return (await writeWorkbookToBuffer(sheets, { locale })).buffer;
}
