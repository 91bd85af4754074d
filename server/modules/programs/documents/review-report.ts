import type { DocumentAddressee } from '../../../../common/contracts/programs.ts';
import type { TDashboardTarget } from '../../../../common/contracts/programs-dashboard.ts';
import { formatDate, formatNumber, formatPercent } from '../../../../common/i18n/format.ts';
import { buildOfficialDocument, type OfficialDocumentInput } from '../../../platform/documents/index.ts';
import type { RoundData } from './round-data.ts';

/**
 * The review report of a reporting round as an official document, always in Vietnamese: in the
 * Party format (Guidance 36-HD/VPTW) when it goes to the Provincial Party Committee, in the format
 * of Decree 30/2020/NĐ-CP when it goes to the People's Committee. The addressee changes the header,
 * the issuing body, the signature and the recipients; the body is the same.
 */

type Block = OfficialDocumentInput['blocks'][number];

/** A blank line for the signer's name, filled in by hand or by the clerk on issue. */
const SIGNER_PLACEHOLDER = '……………………………';
const TABLE_ROWS = 5000;

const REPORT_STATUS_LABELS = {
  not_started: 'Chưa báo cáo',
  draft: 'Đang soạn',
  submitted: 'Đã gửi, chờ duyệt',
  returned: 'Trả lại để bổ sung',
  approved: 'Đã phê duyệt',
} as const;

const QUARTERS = { Q1: 'I', Q2: 'II', Q3: 'III', Q4: 'IV' } as const;

/** A period as a Vietnamese report names it: "năm 2020", "6 tháng đầu năm 2020", "quý III/2020". */
export function periodName(period: string): string {
  const year = period.slice(0, 4);
  const part = period.slice(5);
  if (part === 'H1' || part === 'H2') {
    return `6 tháng ${part === 'H1' ? 'đầu' : 'cuối'} năm ${year}`;
  }
  if (part in QUARTERS) {
    return `quý ${QUARTERS[part as keyof typeof QUARTERS]}/${year}`;
  }
  return `năm ${year}`;
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLocaleLowerCase('vi') + text.slice(1);
}

function periodLabel(data: RoundData): string {
  const { round } = data;
  switch (round.kind) {
    case 'half_year':
    case 'annual':
      return periodName(round.period);
    case 'mid_term':
    case 'final':
      return `giai đoạn ${data.program.start_year}–${round.period_end.slice(0, 4)}`;
  }
}

/** The document's summary line: sơ kết, tổng kết, or the results of a half year or a year. */
export function reportSummary(data: RoundData): string {
  const subject = `thực hiện ${data.program.title}`;
  const summary =
    data.round.kind === 'mid_term'
      ? `Sơ kết ${periodLabel(data)} ${subject}`
      : data.round.kind === 'final'
        ? `Tổng kết ${periodLabel(data)} ${subject}`
        : `Kết quả ${subject} ${periodLabel(data)}`;
  return summary.length > 500 ? `${summary.slice(0, 499)}…` : summary;
}

function number(value: number | null, decimals: number): string {
  return value === null ? '' : formatNumber(value, 'vi', decimals);
}

function targetValue(target: TDashboardTarget): string {
  const { decimals } = target.indicator;
  switch (target.direction) {
    case 'at_least':
      return `≥ ${number(target.targetMin, decimals)}`;
    case 'at_most':
      return `≤ ${number(target.targetMax, decimals)}`;
    case 'range':
      return `${number(target.targetMin, decimals)}–${number(target.targetMax, decimals)}`;
  }
}

export function targetStatus(target: TDashboardTarget): string {
  if (target.light === 'grey') {
    return 'Chưa có số liệu';
  }
  if (target.forecast.method === 'final') {
    return target.forecast.willMeet ? 'Đạt' : 'Không đạt';
  }
  if (target.met) {
    return 'Đạt';
  }
  return target.light === 'green' ? 'Đúng tiến độ' : target.light === 'amber' ? 'Có nguy cơ không đạt' : 'Chậm tiến độ';
}

function percent(value: number | null): string {
  return value === null ? '' : formatPercent(value * 100, 'vi', 0);
}

function tables(header: string[], rows: string[][], widths: number[], align: Array<'left' | 'center' | 'right'>): Block[] {
  if (rows.length === 0) {
    return [{ type: 'paragraph', text: 'Chưa có số liệu.' }];
  }
  const blocks: Block[] = [];
  for (let start = 0; start < rows.length; start += TABLE_ROWS) {
    blocks.push({ type: 'table', header, rows: rows.slice(start, start + TABLE_ROWS), widths, align });
  }
  return blocks;
}

interface Issuer {
  superiorBody: string;
  issuingBody: string;
  symbol: string;
  signature: OfficialDocumentInput['signature'];
  recipients: string[];
}

function issuer(data: RoundData, addressee: DocumentAddressee): Issuer {
  const place = `${lowerFirst(data.program.jurisdictionKind)} ${data.program.jurisdictionName}`;
  const department = data.program.ownerName ?? 'Sở Khoa học và Công nghệ';
  if (addressee === 'party') {
    return {
      superiorBody: `Đảng bộ ${place}`,
      issuingBody: `Đảng ủy ${department}`,
      symbol: 'BC/ĐU',
      signature: { authority: 'T/M Đảng ủy', title: 'Bí thư', name: SIGNER_PLACEHOLDER },
      recipients: [`Ban Thường vụ ${data.program.issuingBody} (để báo cáo)`, 'Các đồng chí đảng ủy viên', 'Lưu Văn phòng Đảng ủy'],
    };
  }
  return {
    superiorBody: `UBND ${place}`,
    issuingBody: department,
    symbol: 'BC-SKHCN',
    signature: { authority: 'KT. Giám đốc', title: 'Phó Giám đốc', name: SIGNER_PLACEHOLDER },
    recipients: [`UBND ${place} (để báo cáo)`, 'Bộ Khoa học và Công nghệ', 'Lưu: VT, QLKH'],
  };
}

export function reviewReportDocument(data: RoundData, addressee: DocumentAddressee, date: string): OfficialDocumentInput {
  const from = issuer(data, addressee);
  const { compliance } = data;
  const submitted = compliance.filter((unit) => unit.status === 'submitted' || unit.status === 'approved');
  const approved = compliance.filter((unit) => unit.status === 'approved').length;
  const onTime = submitted.filter((unit) => unit.onTime).length;
  const provinceValues = data.targets.flatMap((target) =>
    target.series
      .filter((point) => point.periodEnd >= data.round.period_start && point.periodEnd <= data.round.period_end)
      .map((point) => ({ target, point })),
  );
  const seen = new Set<string>();
  const indicatorRows = provinceValues.flatMap(({ target, point }) => {
    const key = `${target.indicator.id}|${point.period}`;
    if (seen.has(key)) {
      return [];
    }
    seen.add(key);
    return [[target.indicator.code, target.indicator.nameVi, target.indicator.unit, periodName(point.period), number(point.value, target.indicator.decimals)]];
  });

  const narrativeBlocks: Block[] = [];
  let unit: string | null = null;
  let index = 0;
  for (const narrative of data.narratives) {
    if (narrative.organisationName !== unit) {
      unit = narrative.organisationName;
      index += 1;
      narrativeBlocks.push({ type: 'heading', level: 2, text: `${index}. ${unit}` });
    }
    narrativeBlocks.push({ type: 'paragraph', text: [{ text: `Nhiệm vụ ${narrative.actionRef}: `, bold: true }, { text: narrative.text }] });
  }

  return {
    format: addressee === 'party' ? 'party' : 'decree30',
    superiorBody: from.superiorBody,
    issuingBody: from.issuingBody,
    number: '',
    symbol: from.symbol,
    place: data.program.jurisdictionName,
    date,
    documentType: 'Báo cáo',
    summary: reportSummary(data),
    blocks: [
      {
        type: 'paragraph',
        text:
          `Thực hiện ${data.program.title} (số ${data.program.code}) của ${data.program.issuingBody}, ${from.issuingBody} báo cáo ` +
          `kết quả thực hiện ${periodLabel(data)} (số liệu đến ngày ${formatDate(`${data.round.period_end}T12:00:00Z`)}) như sau:`,
      },
      { type: 'heading', level: 1, text: 'I. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU' },
      ...tables(
        ['STT', 'Chỉ tiêu', 'Đơn vị tính', 'Giá trị cơ sở', 'Mục tiêu', 'Giá trị hiện tại', 'Đánh giá'],
        data.targets.map((target, i) => [
          String(i + 1),
          target.label,
          target.indicator.unit,
          target.baselineValue === null ? '' : `${number(target.baselineValue, target.indicator.decimals)}${target.baselineYear ? ` (${target.baselineYear})` : ''}`,
          `${targetValue(target)} (${formatDate(`${target.deadline}T12:00:00Z`)})`,
          target.current ? `${number(target.current.value, target.indicator.decimals)} (${periodName(target.current.period)})` : '',
          targetStatus(target),
        ]),
        [0.8, 5, 1.6, 1.8, 2.2, 2, 2],
        ['center', 'left', 'center', 'right', 'center', 'right', 'center'],
      ),
      { type: 'heading', level: 1, text: 'II. GIÁ TRỊ CÁC CHỈ SỐ TRONG KỲ' },
      ...tables(['Mã', 'Chỉ số', 'Đơn vị tính', 'Kỳ', 'Giá trị toàn tỉnh'], indicatorRows, [1.5, 5, 1.8, 2.6, 2.2], ['center', 'left', 'center', 'center', 'right']),
      { type: 'heading', level: 1, text: 'III. TIẾN ĐỘ THỰC HIỆN CÁC NHIỆM VỤ' },
      { type: 'heading', level: 2, text: '1. Theo nội dung của Chương trình' },
      ...tables(
        ['Mục', 'Nội dung', 'Số nhiệm vụ', 'Hoàn thành', 'Đang thực hiện', 'Chậm tiến độ', 'Tiến độ'],
        data.sectionProgress.map((s) => [s.ref, s.title, String(s.actions), String(s.done), String(s.inProgress), String(s.overdue), percent(s.progress)]),
        [1, 5, 1.5, 1.5, 1.5, 1.5, 1.5],
        ['center', 'left', 'center', 'center', 'center', 'center', 'center'],
      ),
      { type: 'heading', level: 2, text: '2. Theo đơn vị thực hiện' },
      ...tables(
        ['STT', 'Đơn vị', 'Số nội dung kế hoạch', 'Tiến độ', 'Nội dung chậm tiến độ'],
        data.unitProgress.map((u, i) => [String(i + 1), u.organisationName, String(u.items), percent(u.progress), String(u.lateItems)]),
        [0.8, 6, 2, 1.6, 1.6],
        ['center', 'left', 'center', 'center', 'center'],
      ),
      { type: 'heading', level: 1, text: 'IV. TÌNH HÌNH BÁO CÁO CỦA CÁC ĐƠN VỊ' },
      {
        type: 'paragraph',
        text:
          `Hạn gửi báo cáo: ${formatDate(`${data.round.due_on}T12:00:00Z`)}. Có ${formatNumber(submitted.length)}/${formatNumber(compliance.length)} đơn vị đã gửi báo cáo ` +
          `(${formatNumber(onTime)} đơn vị đúng hạn), trong đó ${formatNumber(approved)} báo cáo đã được phê duyệt.`,
      },
      ...tables(
        ['STT', 'Đơn vị', 'Tình trạng', 'Ngày gửi', 'Đúng hạn'],
        compliance.map((c, i) => [
          String(i + 1),
          c.organisationName,
          REPORT_STATUS_LABELS[c.status],
          c.submittedAt ? formatDate(c.submittedAt) : '',
          c.onTime === null ? '' : c.onTime ? 'Đúng hạn' : 'Chậm',
        ]),
        [0.8, 6, 2.6, 1.8, 1.4],
        ['center', 'left', 'left', 'center', 'center'],
      ),
      { type: 'heading', level: 1, text: 'V. BÁO CÁO CỦA CÁC ĐƠN VỊ' },
      ...(narrativeBlocks.length > 0 ? narrativeBlocks : [{ type: 'paragraph' as const, text: 'Chưa có đơn vị gửi báo cáo.' }]),
      {
        type: 'paragraph',
        text: `Trên đây là báo cáo kết quả thực hiện ${data.program.title} ${periodLabel(data)} của ${from.issuingBody}./.`,
      },
    ],
    signature: from.signature,
    recipients: from.recipients,
  };
}

export async function writeReviewReport(data: RoundData, addressee: DocumentAddressee, date: string): Promise<Buffer> {
  return buildOfficialDocument(reviewReportDocument(data, addressee, date));
}
