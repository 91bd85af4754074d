import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../errors.ts';
import { buildOfficialDocument } from './builder.ts';
import { numberLine } from './header.ts';
import type { OfficialDocumentInput } from './schema.ts';

const report: OfficialDocumentInput = {
  format: 'decree30',
  superiorBody: 'UBND tỉnh Thái Nguyên',
  issuingBody: 'Sở Khoa học và Công nghệ',
  number: '12',
  symbol: 'BC-SKHCN',
  place: 'Thái Nguyên',
  date: '2026-02-05',
  documentType: 'Báo cáo',
  summary: 'Kết quả thực hiện nhiệm vụ khoa học và công nghệ năm 2025',
  blocks: [
    { type: 'heading', level: 1, text: 'I. KẾT QUẢ THỰC HIỆN' },
    { type: 'paragraph', text: 'Năm 2025, Sở Khoa học và Công nghệ đã tham mưu triển khai 24 nhiệm vụ cấp tỉnh.' },
    { type: 'paragraph', text: [{ text: 'Kinh phí: ' }, { text: '1.434.171,5 triệu đồng', bold: true }], indent: false },
    { type: 'bullets', items: ['Lĩnh vực nông nghiệp: 10 nhiệm vụ;', 'Lĩnh vực y tế: 4 nhiệm vụ.'] },
    {
      type: 'table',
      header: ['TT', 'Tên nhiệm vụ', 'Kinh phí (triệu đồng)'],
      rows: [
        ['1', 'Nghiên cứu chọn tạo giống chè', '1.250'],
        ['2', 'Ứng dụng trí tuệ nhân tạo trong y tế', '980,5'],
      ],
      widths: [1, 6, 3],
      align: ['center', 'left', 'right'],
    },
    { type: 'heading', level: 2, text: '1. Đánh giá chung' },
  ],
  signature: { authority: 'KT. Giám đốc', title: 'Phó Giám đốc', name: 'Nguyễn Văn An' },
  recipients: ['UBND tỉnh (để b/c)', 'Bộ Khoa học và Công nghệ', 'Lưu: VT, QLKH'],
};

const programme: OfficialDocumentInput = {
  format: 'party',
  issuingBody: 'Tỉnh ủy Thái Nguyên',
  number: '29',
  symbol: 'CTr/TU',
  place: 'Thái Nguyên',
  date: '2026-03-15',
  documentType: 'Chương trình',
  summary: 'Hành động thực hiện Nghị quyết số 57-NQ/TW của Bộ Chính trị',
  blocks: [{ type: 'paragraph', text: 'Thực hiện Nghị quyết số 57-NQ/TW, Ban Thường vụ Tỉnh ủy xây dựng Chương trình hành động như sau:' }],
  signature: { authority: 'T/M Tỉnh ủy', title: 'Phó Bí thư', name: 'Trần Thị Bình' },
  recipients: ['Ban Bí thư Trung ương Đảng', 'Lưu Văn phòng Tỉnh ủy'],
};

interface Unpacked {
  document: string;
  styles: string;
  numbering: string;
  headers: string[];
  files: string[];
}

async function unpack(buffer: Buffer): Promise<Unpacked> {
  const zip = await JSZip.loadAsync(buffer);
  const read = (name: string): Promise<string> => {
    const file = zip.file(name);
    if (!file) {
      throw new Error(`missing ${name}`);
    }
    return file.async('string');
  };
  const files = Object.keys(zip.files);
  const headerNames = files.filter((name) => /^word\/header\d+\.xml$/.test(name)).sort();
  return {
    document: await read('word/document.xml'),
    styles: await read('word/styles.xml'),
    numbering: await read('word/numbering.xml'),
    headers: await Promise.all(headerNames.map(read)),
    files,
  };
}

/** The run properties (`<w:rPr>…</w:rPr>`) of the run holding exactly this text. */
function runProperties(xml: string, text: string): string {
  const end = xml.indexOf(`>${text}</w:t>`);
  expect(end, `run "${text}"`).toBeGreaterThan(-1);
  const start = xml.lastIndexOf('<w:r>', end);
  const run = xml.slice(start, end);
  return /<w:rPr>(.*)<\/w:rPr>/.exec(run)?.[1] ?? '';
}

/** Visible text of the document, paragraph by paragraph. */
function paragraphs(xml: string): string[] {
  return [...xml.matchAll(/<w:p>(.*?)<\/w:p>/g)].map((match) => [...(match[1] ?? '').matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''));
}

async function refusal(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describe('official documents (Word)', () => {
  it('lays out the Decree 30/2020 header', async () => {
    const { document } = await unpack(await buildOfficialDocument(report));
    const text = paragraphs(document);
    expect(text.slice(0, 6)).toEqual([
      'UBND TỈNH THÁI NGUYÊN',
      'SỞ KHOA HỌC VÀ CÔNG NGHỆ',
      '',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      '',
    ]);
    expect(text).toContain('Số: 12/BC-SKHCN');
    expect(text).toContain('Thái Nguyên, ngày 05 tháng 02 năm 2026');
    expect(runProperties(document, 'UBND TỈNH THÁI NGUYÊN')).not.toContain('<w:b/>');
    expect(runProperties(document, 'SỞ KHOA HỌC VÀ CÔNG NGHỆ')).toContain('<w:b/>');
    expect(runProperties(document, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')).toMatch(/<w:b\/>.*<w:sz w:val="26"\/>/);
    expect(runProperties(document, 'Độc lập - Tự do - Hạnh phúc')).toMatch(/<w:b\/>.*<w:sz w:val="28"\/>/);
    expect(runProperties(document, 'Thái Nguyên, ngày 05 tháng 02 năm 2026')).toContain('<w:i/>');
    // Rules under the issuing body and the motto, and the header grid has no borders.
    expect(document.match(/<w:pBdr><w:bottom w:val="single"/g)?.length).toBeGreaterThanOrEqual(3);
    expect(document).toMatch(/<w:tblBorders><w:top w:val="none"/);
  });

  it('centres the type name and summary in bold, then the body, signature and recipients', async () => {
    const { document, numbering } = await unpack(await buildOfficialDocument(report));
    const text = paragraphs(document);
    expect(text).toEqual(expect.arrayContaining(['Lĩnh vực nông nghiệp: 10 nhiệm vụ;', 'Lĩnh vực y tế: 4 nhiệm vụ.']));
    expect(numbering).toContain('<w:lvlText w:val="-"/>');
    const title = text.indexOf('BÁO CÁO');
    expect(text[title + 1]).toBe('Kết quả thực hiện nhiệm vụ khoa học và công nghệ năm 2025');
    expect(runProperties(document, 'BÁO CÁO')).toContain('<w:b/>');
    expect(runProperties(document, 'Kết quả thực hiện nhiệm vụ khoa học và công nghệ năm 2025')).toContain('<w:b/>');
    expect(text).toContain('Kinh phí: 1.434.171,5 triệu đồng');
    expect(runProperties(document, '1.434.171,5 triệu đồng')).toContain('<w:b/>');
    expect(document).toContain('<w:pStyle w:val="Heading1"/>');
    expect(document).toContain('<w:pStyle w:val="Heading2"/>');
    expect(text).toEqual(expect.arrayContaining(['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC', 'Nguyễn Văn An']));
    expect(text.indexOf('KT. GIÁM ĐỐC')).toBeLessThan(text.indexOf('Nguyễn Văn An'));
    expect(runProperties(document, 'Nơi nhận:')).toMatch(/<w:b\/>.*<w:i\/>.*<w:sz w:val="24"\/>/);
    expect(text).toEqual(expect.arrayContaining(['- UBND tỉnh (để b/c);', '- Bộ Khoa học và Công nghệ;', '- Lưu: VT, QLKH.']));
    expect(runProperties(document, '- Lưu: VT, QLKH.')).toContain('<w:sz w:val="22"/>');
  });

  it('renders tables with a repeated header row, widths and contents', async () => {
    const { document } = await unpack(await buildOfficialDocument(report));
    const table = document.slice(document.indexOf('<w:tbl>', document.indexOf('Lĩnh vực y tế')));
    expect(table).toContain('<w:tblHeader/>');
    expect(table).toMatch(/<w:gridCol w:w="935"\/><w:gridCol w:w="5613"\/><w:gridCol w:w="2806"\/>/);
    const cells = [...table.slice(0, table.indexOf('</w:tbl>')).matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((match) => match[1]);
    expect(cells).toEqual(['TT', 'Tên nhiệm vụ', 'Kinh phí (triệu đồng)', '1', 'Nghiên cứu chọn tạo giống chè', '1.250', '2', 'Ứng dụng trí tuệ nhân tạo trong y tế', '980,5']);
    expect(runProperties(table, 'Tên nhiệm vụ')).toContain('<w:b/>');
  });

  it('uses A4 portrait, the official margins, Times New Roman and black headings', async () => {
    const { document, styles } = await unpack(await buildOfficialDocument(report));
    expect(document).toContain('<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"/>');
    expect(document).toMatch(/<w:pgMar w:top="1134" w:right="850" w:bottom="1134" w:left="1701"/);
    expect(styles).toMatch(/<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman"[^>]*\/><w:color w:val="000000"\/><w:sz w:val="28"\/>/);
    for (const id of ['Heading1', 'Heading2', 'Heading3']) {
      const style = styles.slice(styles.indexOf(`w:styleId="${id}"`), styles.indexOf('</w:style>', styles.indexOf(`w:styleId="${id}"`)));
      expect(style).toContain('w:ascii="Times New Roman"');
      expect(style).toContain('<w:color w:val="000000"/>');
      expect(style).toContain('<w:sz w:val="28"/>');
      expect(style).not.toContain('2E74B5');
    }
  });

  it('numbers pages at the top centre from page 2 only', async () => {
    const { document, headers } = await unpack(await buildOfficialDocument(report));
    expect(document).toContain('<w:titlePg/>');
    expect(document).toMatch(/<w:headerReference w:type="default" r:id="rId\d+"\/><w:headerReference w:type="first" r:id="rId\d+"\/>/);
    const withPage = headers.filter((header) => header.includes('<w:instrText xml:space="preserve">PAGE</w:instrText>'));
    expect(withPage).toHaveLength(1);
    expect(withPage[0]).toContain('<w:jc w:val="center"/>');
    expect(headers).toHaveLength(2);
  });

  it('writes dates with a leading zero for days 1–9 and months 1–2 only', async () => {
    const march = paragraphs((await unpack(await buildOfficialDocument({ ...report, date: '2026-03-15' }))).document);
    expect(march).toContain('Thái Nguyên, ngày 15 tháng 3 năm 2026');
    const january = paragraphs((await unpack(await buildOfficialDocument({ ...report, date: '2026-01-09' }))).document);
    expect(january).toContain('Thái Nguyên, ngày 09 tháng 01 năm 2026');
  });

  it('lays out the Party header (Guidance 36-HD/VPTW)', async () => {
    const { document } = await unpack(await buildOfficialDocument(programme));
    const text = paragraphs(document);
    expect(text.slice(0, 3)).toEqual(['TỈNH ỦY THÁI NGUYÊN', '*', 'ĐẢNG CỘNG SẢN VIỆT NAM']);
    expect(text).toContain('Số 29-CTr/TU');
    expect(text).toContain('Thái Nguyên, ngày 15 tháng 3 năm 2026');
    expect(runProperties(document, 'ĐẢNG CỘNG SẢN VIỆT NAM')).toMatch(/<w:b\/>.*<w:u w:val="single"\/>/);
    expect(runProperties(document, 'TỈNH ỦY THÁI NGUYÊN')).toContain('<w:b/>');
    expect(runProperties(document, 'Thái Nguyên, ngày 15 tháng 3 năm 2026')).toContain('<w:i/>');
    expect(text).toEqual(expect.arrayContaining(['CHƯƠNG TRÌNH', 'T/M TỈNH ỦY', 'PHÓ BÍ THƯ', 'Trần Thị Bình']));
    expect(document).not.toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(document).not.toContain('Độc lập - Tự do - Hạnh phúc');
    expect(document).not.toContain('Số:');
  });

  it('pads registration numbers below 10 and leaves room for the number of a draft', () => {
    expect(numberLine({ format: 'decree30', number: '5', symbol: 'QĐ-SKHCN' })).toBe('Số: 05/QĐ-SKHCN');
    expect(numberLine({ format: 'decree30', number: '123', symbol: 'QĐ-SKHCN' })).toBe('Số: 123/QĐ-SKHCN');
    expect(numberLine({ format: 'party', number: '7', symbol: 'NQ/TU' })).toBe('Số 07-NQ/TU');
    expect(numberLine({ format: 'decree30', number: '', symbol: 'BC-SKHCN' })).toMatch(/^Số: {2,}\/BC-SKHCN$/);
  });

  it('puts the summary of an official letter under its number', async () => {
    const letter = { ...report, documentType: null, summary: 'Đề xuất đặt hàng nhiệm vụ khoa học và công nghệ năm 2027' };
    const text = paragraphs((await unpack(await buildOfficialDocument(letter))).document);
    expect(text[text.indexOf('Số: 12/BC-SKHCN') + 1]).toBe('V/v Đề xuất đặt hàng nhiệm vụ khoa học và công nghệ năm 2027');
    expect(text).not.toContain('BÁO CÁO');
  });

  it('refuses malformed input with field errors', async () => {
    const badTable = await refusal(
      buildOfficialDocument({ ...report, blocks: [{ type: 'table', header: ['A', 'B'], rows: [['1']], widths: [1, 2, 3] }] }),
    );
    expect(badTable).toMatchObject({ code: 'validation_failed', status: 400 });
    expect(badTable.fieldErrors?.map((error) => [error.path, error.code])).toEqual([
      ['document.blocks.0.rows.0', 'row_length_mismatch'],
      ['document.blocks.0.widths', 'widths_length_mismatch'],
    ]);

    const badDate = await refusal(buildOfficialDocument({ ...report, date: '2026-02-30' }));
    expect(badDate.fieldErrors?.[0]?.path).toBe('document.date');

    const control = await refusal(buildOfficialDocument({ ...report, summary: 'Báo cáo\u0000' }));
    expect(control.fieldErrors?.[0]).toMatchObject({ path: 'document.summary', code: 'control_characters' });

    const format = await refusal(buildOfficialDocument({ ...report, format: 'memo' as 'party' }));
    expect(format.fieldErrors?.[0]?.path).toBe('document.format');
  });
});
