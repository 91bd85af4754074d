import { Paragraph, type Table } from 'docx';
import { formatPlaceAndDate } from '../../../../common/i18n/format.ts';
import { layoutGrid, line, mm, rule, SIZE, TEXT_WIDTH, upper } from './layout.ts';
import type { OfficialDocument } from './schema.ts';

export const NATIONAL_TITLE = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
export const MOTTO = 'Độc lập - Tự do - Hạnh phúc';
export const PARTY_TITLE = 'ĐẢNG CỘNG SẢN VIỆT NAM';

// The header grid is wider than the text and reaches 10 mm into the left margin, as the usual
// templates do, so the national title fits on one line at 13 pt beside a 70 mm body column.
const LEFT = mm(70);
const RIGHT = mm(105);
const SHIFT = mm(10);

/** Rough printed width of a line, in twips, enough to size the rules under it. */
function estimatedWidth(value: string, halfPoints: number): number {
  const em = (halfPoints / 2) * 20;
  let total = 0;
  for (const char of value) {
    total += char === ' ' ? 0.25 : char === char.toLocaleUpperCase('vi') ? 0.7 : 0.5;
  }
  return Math.round(total * em);
}

/** Numbers below 10 take a leading zero (Decree 30/2020 Appendix I; Guidance 36-HD/VPTW). */
export function registrationNumber(number: string): string {
  return /^\d$/.test(number) ? `0${number}` : number;
}

/** "Số: 12/BC-SKHCN" for state bodies, "Số 29-CTr/TU" for Party bodies; a draft leaves room for the number. */
export function numberLine(document: Pick<OfficialDocument, 'format' | 'number' | 'symbol'>): string {
  const number = registrationNumber(document.number) || '      ';
  return document.format === 'decree30' ? `Số: ${number}/${document.symbol}` : `Số ${number}-${document.symbol}`;
}

function grid(rows: Array<[Paragraph[], Paragraph[]]>): Table {
  return layoutGrid([LEFT, RIGHT], rows, SHIFT);
}

function issuingBodyLines(document: OfficialDocument, size: number): Paragraph[] {
  const lines: Paragraph[] = [];
  if (document.superiorBody) {
    lines.push(line(upper(document.superiorBody), { size }));
  }
  lines.push(line(upper(document.issuingBody), { size, bold: true }));
  return lines;
}

/** Under the number of an official letter without a type name, its summary ("V/v …"). */
function letterSummary(document: OfficialDocument): Paragraph[] {
  return document.documentType ? [] : [line(`V/v ${document.summary}`, { size: SIZE.pt12, before: 60 })];
}

/**
 * The top of the first page. Two rows keep the number and the place-and-date line level with each
 * other whether or not a superior body is named.
 */
export function headerBlock(document: OfficialDocument): Table {
  const dateLine = formatPlaceAndDate(document.place, document.date);
  if (document.format === 'decree30') {
    const issuing = upper(document.issuingBody);
    return grid([
      [
        [...issuingBodyLines(document, SIZE.pt13), rule(LEFT, Math.min(LEFT * 0.6, estimatedWidth(issuing, SIZE.pt13) * 0.4))],
        [line(NATIONAL_TITLE, { size: SIZE.pt13, bold: true }), line(MOTTO, { size: SIZE.pt14, bold: true }), rule(RIGHT, estimatedWidth(MOTTO, SIZE.pt14))],
      ],
      [
        [line(numberLine(document), { size: SIZE.pt13, before: 120 }), ...letterSummary(document)],
        [line(dateLine, { size: SIZE.pt14, italic: true, before: 120 })],
      ],
    ]);
  }
  return grid([
    [
      [...issuingBodyLines(document, SIZE.pt14), line('*', { size: SIZE.pt14 })],
      [line(PARTY_TITLE, { size: SIZE.pt15, bold: true, underline: true })],
    ],
    [[line(numberLine(document), { size: SIZE.pt14 }), ...letterSummary(document)], [line(dateLine, { size: SIZE.pt14, italic: true })]],
  ]);
}

/** Type name and summary, centred under the header (absent for an official letter). */
export function titleBlock(document: OfficialDocument): Paragraph[] {
  if (!document.documentType) {
    return [new Paragraph({ spacing: { before: 240, after: 0 }, children: [] })];
  }
  const summary = line(document.summary, { size: SIZE.pt14, bold: true });
  const title = line(upper(document.documentType), { size: document.format === 'party' ? SIZE.pt15 : SIZE.pt14, bold: true, before: 360 });
  const below =
    document.format === 'decree30'
      ? rule(TEXT_WIDTH, Math.min(mm(60), estimatedWidth(document.summary, SIZE.pt14) * 0.4))
      : line('-----', { size: SIZE.pt14 });
  return [title, summary, below, new Paragraph({ spacing: { before: 0, after: 120 }, children: [] })];
}
