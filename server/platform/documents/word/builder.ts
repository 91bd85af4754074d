import { AlignmentType, Document, Header, Packer, PageNumber, Paragraph, TextRun, type IBaseParagraphStyleOptions } from 'docx';
import { parseOrThrow } from '../../http/validation.ts';
import { BODY_SPACING, numbering, renderBlock } from './body.ts';
import { headerBlock, titleBlock } from './header.ts';
import { FIRST_LINE_INDENT, FONT, layoutGrid, line, PAGE, SIZE, TEXT_WIDTH, upper } from './layout.ts';
import { officialDocumentSchema, type OfficialDocument, type OfficialDocumentInput } from './schema.ts';

const BLACK = '000000';

function headingStyle(options: { italic?: boolean }): IBaseParagraphStyleOptions {
  return {
    run: { font: FONT, size: SIZE.pt14, bold: true, italics: options.italic, color: BLACK },
    paragraph: {
      alignment: AlignmentType.JUSTIFIED,
      indent: { firstLine: FIRST_LINE_INDENT },
      spacing: { before: 120, after: 120, line: 288 },
      keepNext: true,
    },
  };
}

/** Recipients end with ";" except the last, which ends with "." — unless the author already punctuated them. */
function recipientLine(recipient: string, last: boolean): string {
  return /[.;:,]$/.test(recipient) ? `- ${recipient}` : `- ${recipient}${last ? '.' : ';'}`;
}

function recipientsColumn(document: OfficialDocument): Paragraph[] {
  if (document.recipients.length === 0) {
    return [];
  }
  const party = document.format === 'party';
  const heading = party
    ? line('Nơi nhận:', { size: SIZE.pt14, underline: true, align: AlignmentType.LEFT })
    : line('Nơi nhận:', { size: SIZE.pt12, bold: true, italic: true, align: AlignmentType.LEFT });
  const size = party ? SIZE.pt12 : SIZE.pt11;
  return [
    heading,
    ...document.recipients.map((recipient, index) =>
      line(recipientLine(recipient, index === document.recipients.length - 1), { size, align: AlignmentType.LEFT }),
    ),
  ];
}

function signatureColumn(document: OfficialDocument): Paragraph[] {
  const { authority, title, name } = document.signature;
  return [
    ...(authority ? [line(upper(authority), { size: SIZE.pt14, bold: true })] : []),
    line(upper(title), { size: SIZE.pt14, bold: true }),
    // Room for the handwritten signature and the seal.
    new Paragraph({ spacing: { before: 1700, after: 0 }, children: [] }),
    line(name, { size: SIZE.pt14, bold: true }),
  ];
}

function pageNumberHeader(): Header {
  return new Header({
    children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: [PageNumber.CURRENT], size: SIZE.pt14 })] })],
  });
}

/**
 * Builds an official document as .docx: the header of Decree 30/2020/NĐ-CP (state bodies) or of
 * Guidance 36-HD/VPTW (Party bodies), title, body, signature and recipients, on A4 in Times New
 * Roman with page numbers centred at the top from the second page. Invalid input is a
 * `validation_failed` AppError.
 */
export async function buildOfficialDocument(input: OfficialDocumentInput): Promise<Buffer> {
  const document = parseOrThrow(officialDocumentSchema, input, 'document');
  const left = Math.round(TEXT_WIDTH * 0.45);
  const docx = new Document({
    creator: document.issuingBody,
    lastModifiedBy: document.issuingBody,
    title: document.documentType ? `${document.documentType} ${document.summary}` : document.summary,
    styles: {
      default: {
        document: {
          run: { font: FONT, size: SIZE.pt14, color: BLACK, language: { value: 'vi-VN' } },
          paragraph: { spacing: { before: 0, after: 0, line: 240 } },
        },
        title: { run: { font: FONT, size: SIZE.pt14, bold: true, color: BLACK } },
        heading1: headingStyle({}),
        heading2: headingStyle({}),
        heading3: headingStyle({ italic: true }),
        listParagraph: { run: { font: FONT, size: SIZE.pt14, color: BLACK }, paragraph: { spacing: BODY_SPACING } },
      },
    },
    numbering,
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE.width, height: PAGE.height, orientation: 'portrait' },
            margin: PAGE.margin,
          },
          titlePage: true,
        },
        headers: { default: pageNumberHeader(), first: new Header({ children: [new Paragraph({})] }) },
        children: [
          headerBlock(document),
          ...titleBlock(document),
          ...document.blocks.flatMap(renderBlock),
          new Paragraph({ spacing: { before: 120, after: 0 }, children: [] }),
          layoutGrid([left, TEXT_WIDTH - left], [[recipientsColumn(document), signatureColumn(document)]]),
        ],
      },
    ],
  });
  return Packer.toBuffer(docx);
}
