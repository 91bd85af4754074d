import {
  AlignmentType,
  BorderStyle,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
} from 'docx';

/** Millimetres to twips (1/1440 inch), rounded rather than truncated so 20 mm is 1134. */
export function mm(millimetres: number): number {
  return Math.round((millimetres * 1440) / 25.4);
}

/** Presentation rules shared by both formats: A4 portrait, Times New Roman, black. */
export const FONT = 'Times New Roman';

/** Font sizes in docx half-points. */
export const SIZE = { pt11: 22, pt12: 24, pt13: 26, pt14: 28, pt15: 30 } as const;

export const PAGE = {
  width: 11906,
  height: 16838,
  margin: {
    top: mm(20),
    bottom: mm(20),
    left: mm(30),
    right: mm(15),
    header: mm(10),
    footer: mm(10),
  },
} as const;

export const TEXT_WIDTH = PAGE.width - PAGE.margin.left - PAGE.margin.right;

export const FIRST_LINE_INDENT = mm(12.7);

export interface LineOptions {
  size?: number;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  align?: (typeof AlignmentType)[keyof typeof AlignmentType];
  before?: number;
  after?: number;
}

/** A single-run paragraph, centred unless told otherwise, without the body's spacing. */
export function line(content: string, options: LineOptions = {}): Paragraph {
  return new Paragraph({
    alignment: options.align ?? AlignmentType.CENTER,
    spacing: { before: options.before ?? 0, after: options.after ?? 0, line: 240 },
    children: [
      new TextRun({
        text: content,
        size: options.size ?? SIZE.pt14,
        bold: options.bold,
        italics: options.italic,
        underline: options.underline ? {} : undefined,
      }),
    ],
  });
}

/**
 * A centred horizontal rule of the given width inside a column: an empty, one-point-high paragraph
 * whose bottom border is narrowed by equal indents, so it stays put whatever the text above.
 */
export function rule(columnWidth: number, ruleWidth: number): Paragraph {
  const side = Math.max(0, Math.round((columnWidth - ruleWidth) / 2));
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    indent: { left: side, right: side },
    spacing: { before: 0, after: 0, line: 240 },
    border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } },
    run: { size: 2 },
    children: [],
  });
}

/**
 * A borderless table used as a layout grid (the header and the signature block): one entry per
 * row, one list of paragraphs per column. `shift` moves it left into the margin.
 */
export function layoutGrid(widths: readonly number[], rows: ReadonlyArray<readonly Paragraph[][]>, shift = 0): Table {
  const cell = (children: readonly Paragraph[], width: number): TableCell =>
    new TableCell({
      width: { size: width, type: WidthType.DXA },
      verticalAlign: VerticalAlignTable.TOP,
      margins: { left: 0, right: 0, top: 0, bottom: 0 },
      children: children.length > 0 ? [...children] : [new Paragraph({})],
    });
  return new Table({
    width: { size: widths.reduce((sum, width) => sum + width, 0), type: WidthType.DXA },
    columnWidths: [...widths],
    indent: shift === 0 ? undefined : { size: -shift, type: WidthType.DXA },
    layout: TableLayoutType.FIXED,
    borders: TableBorders.NONE,
    rows: rows.map((row) => new TableRow({ children: row.map((children, index) => cell(children, widths[index] ?? 0)) })),
  });
}

/** Upper case as Vietnamese writes it (Đ, Ư, Ơ and the tone marks are kept). */
export function upper(value: string): string {
  return value.toLocaleUpperCase('vi');
}
