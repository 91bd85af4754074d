import { deflateRawSync } from 'node:zlib';
import { Document, Packer, Paragraph, TextRun } from 'docx';
import { describe, expect, it } from 'vitest';
import { MEDIA_TYPES } from '../../../../common/contracts/files.ts';
import { writePdf } from '../demo/pdf-writer.ts';
import { documentXmlText } from './docx-text.ts';
import { DEFAULT_EXTRACTION_LIMITS, ExtractionError, type ExtractionLimits } from './limits.ts';
import { extractText } from './run-extraction.ts';

const limits: ExtractionLimits = { ...DEFAULT_EXTRACTION_LIMITS, timeoutMs: 20_000 };

async function failure(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ExtractionError) {
      return error.code;
    }
    throw error;
  }
  throw new Error('expected extraction to fail');
}

/** A one-entry zip whose entry claims `declared` bytes but inflates to `actual`. */
function zipWith(name: string, content: Buffer, declared = content.length): Buffer {
  const data = deflateRawSync(content);
  const nameBytes = Buffer.from(name);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt16LE(8, 8);
  local.writeUInt32LE(data.length, 18);
  local.writeUInt32LE(declared, 22);
  local.writeUInt16LE(nameBytes.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 6);
  central.writeUInt16LE(8, 10);
  central.writeUInt32LE(data.length, 20);
  central.writeUInt32LE(declared, 24);
  central.writeUInt16LE(nameBytes.length, 28);
  const centralOffset = local.length + nameBytes.length + data.length;
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(central.length + nameBytes.length, 12);
  end.writeUInt32LE(centralOffset, 16);
  return Buffer.concat([local, nameBytes, data, central, nameBytes, end]);
}

describe('text extraction', () => {
  it('reads the Vietnamese text of a PDF page by page', async () => {
    const pdf = writePdf(['Nghiên cứu quy trình chế biến chè Tân Cương', 'Hàm lượng polyphenol đạt 30% chất khô; KH&CN tỉnh Thái Nguyên.']);
    const result = await extractText(pdf, MEDIA_TYPES.pdf, limits);
    expect(result.pages).toBe(1);
    expect(result.text).toContain('Nghiên cứu quy trình chế biến chè Tân Cương');
    expect(result.text).toContain('polyphenol đạt 30% chất khô; KH&CN');
  });

  it('reads a Word document made by a word processor library', async () => {
    const document = new Document({
      sections: [{ children: [new Paragraph({ children: [new TextRun('Báo cáo tổng hợp kết quả đề tài'), new TextRun({ text: ' — giống chè LDP1 & Kim Tuyên', bold: true })] }), new Paragraph('Đoạn thứ hai.')] }],
    });
    const result = await extractText(await Packer.toBuffer(document), MEDIA_TYPES.docx, limits);
    expect(result.text).toBe('Báo cáo tổng hợp kết quả đề tài — giống chè LDP1 & Kim Tuyên\nĐoạn thứ hai.');
    expect(result.pages).toBeNull();
  });

  it('keeps runs, tabs and entities of WordprocessingML and ignores other markup', () => {
    const xml = '<w:body><w:p><w:r><w:t xml:space="preserve">Lúa </w:t></w:r><w:r><w:tab/><w:t>&amp; ngô &#273;ông</w:t></w:r></w:p><w:p><w:r><w:t/></w:r><w:r><w:t>hết</w:t></w:r></w:p></w:body>';
    expect(documentXmlText(xml)).toBe('Lúa \t& ngô đông\nhết\n');
  });

  it('reports a password-protected PDF as encrypted', async () => {
    expect(await failure(extractText(writePdf(['Mật'], { encrypted: true }), MEDIA_TYPES.pdf, limits))).toBe('encrypted');
  });

  it('reports a truncated or garbage PDF as damaged', async () => {
    const pdf = writePdf(['Một báo cáo bị cắt ngang']);
    expect(await failure(extractText(pdf.subarray(0, 200), MEDIA_TYPES.pdf, limits))).toMatch(/damaged|no_text/);
    expect(await failure(extractText(Buffer.from('%PDF-1.7\nnot really a pdf at all'), MEDIA_TYPES.pdf, limits))).toMatch(/damaged|no_text/);
  });

  it('refuses a .docx whose document part inflates past its declared size (a zip bomb)', async () => {
    const bomb = zipWith('word/document.xml', Buffer.alloc(2_000_000, 0x20), 100);
    expect(await failure(extractText(bomb, MEDIA_TYPES.docx, limits))).toBe('damaged');
    const huge = zipWith('word/document.xml', Buffer.alloc(1000, 0x20), 2_000_000_000);
    expect(await failure(extractText(huge, MEDIA_TYPES.docx, { ...limits, maxBytes: 1_000_000 }))).toBe('too_large');
  });

  it('refuses files over the size limit, of other types, and stops at the page limit', async () => {
    const pdf = writePdf(Array.from({ length: 200 }, (_, i) => `Dòng số ${i} của báo cáo`));
    expect(await failure(extractText(pdf, MEDIA_TYPES.pdf, { ...limits, maxBytes: 100 }))).toBe('too_large');
    expect(await failure(extractText(pdf, MEDIA_TYPES.pdf, { ...limits, maxPages: 1 }))).toBe('too_many_pages');
    expect(await failure(extractText(Buffer.from('plain'), MEDIA_TYPES.txt, limits))).toBe('unsupported_type');
  });

  it('ends a parse that runs past the time limit', async () => {
    const pdf = writePdf(Array.from({ length: 3000 }, (_, i) => `Dòng số ${i} của một báo cáo rất dài về khai thác khoáng sản`));
    expect(await failure(extractText(pdf, MEDIA_TYPES.pdf, { ...limits, timeoutMs: 5 }))).toBe('timeout');
  });
});
