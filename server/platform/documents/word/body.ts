import {
  AlignmentType,
  BorderStyle,
  HeadingLevel,
  LevelFormat,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
  type FileChild,
  type INumberingOptions,
} from 'docx';
import { FIRST_LINE_INDENT, SIZE, TEXT_WIDTH } from './layout.ts';
import type { Block, Run, TableBlock } from './schema.ts';

const DASH_LIST = 'dash-list';

/** Vietnamese official texts list items with a dash, indented like a paragraph's first line. */
export const numbering: INumberingOptions = {
  config: [
    {
      reference: DASH_LIST,
      levels: [
        {
          level: 0,
          format: LevelFormat.BULLET,
          text: '-',
          alignment: AlignmentType.LEFT,
          style: { paragraph: { indent: { left: FIRST_LINE_INDENT + 284, hanging: 284 } } },
        },
      ],
    },
  ],
};

const ALIGN = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
  justify: AlignmentType.JUSTIFIED,
} as const;

const HEADINGS = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;

/** Body spacing: at least 6 pt between paragraphs, lines a little over single. */
export const BODY_SPACING = { before: 0, after: 120, line: 288 } as const;

function runs(content: string | Run[]): TextRun[] {
  if (typeof content === 'string') {
    return [new TextRun(content)];
  }
  return content.map(
    (run) => new TextRun({ text: run.text, bold: run.bold, italics: run.italic, underline: run.underline ? {} : undefined }),
  );
}

function tableCell(value: string, width: number, options: { bold?: boolean; align: (typeof ALIGN)[keyof typeof ALIGN] }): TableCell {
  const border = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    verticalAlign: VerticalAlignTable.CENTER,
    borders: { top: border, bottom: border, left: border, right: border },
    margins: { left: 80, right: 80, top: 40, bottom: 40 },
    children: [
      new Paragraph({
        alignment: options.align,
        spacing: { before: 0, after: 0, line: 240 },
        children: [new TextRun({ text: value, bold: options.bold, size: SIZE.pt13 })],
      }),
    ],
  });
}

function table(block: TableBlock): Table {
  const weights = block.widths ?? block.header.map(() => 1);
  const sum = weights.reduce((total, weight) => total + weight, 0);
  const widths = weights.map((weight) => Math.floor((TEXT_WIDTH * weight) / sum));
  const alignOf = (index: number): (typeof ALIGN)[keyof typeof ALIGN] => ALIGN[block.align?.[index] ?? 'left'];
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    rows: [
      new TableRow({
        tableHeader: true,
        children: block.header.map((label, index) => tableCell(label, widths[index] ?? 0, { bold: true, align: AlignmentType.CENTER })),
      }),
      ...block.rows.map(
        (row) =>
          new TableRow({
            cantSplit: true,
            children: row.map((value, index) => tableCell(value, widths[index] ?? 0, { align: alignOf(index) })),
          }),
      ),
    ],
  });
}

export function renderBlock(block: Block): FileChild[] {
  switch (block.type) {
    case 'heading':
      return [new Paragraph({ heading: HEADINGS[block.level], children: [new TextRun(block.text)] })];
    case 'paragraph':
      return [
        new Paragraph({
          alignment: ALIGN[block.align ?? 'justify'],
          indent: block.indent ? { firstLine: FIRST_LINE_INDENT } : undefined,
          spacing: BODY_SPACING,
          children: runs(block.text),
        }),
      ];
    case 'bullets':
      return block.items.map(
        (item) =>
          new Paragraph({
            alignment: AlignmentType.JUSTIFIED,
            numbering: { reference: DASH_LIST, level: 0 },
            spacing: BODY_SPACING,
            children: [new TextRun(item)],
          }),
      );
    case 'table':
      // A spacer after the table, since Word glues the next paragraph to its last row.
      return [table(block), new Paragraph({ spacing: { before: 0, after: 120 }, children: [] })];
  }
}
