import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { requiredText } from '../../../../common/contracts/text.ts';
import { AppError } from '../../errors.ts';
import { readSheet } from './reader.ts';
import { defineSheet } from './sheet.ts';
import { writeSheetToBuffer } from './writer.ts';
import { RowCounter } from './zip-guard.ts';
import { buildZip, inlineRow, SHEET_CLOSE, SHEET_OPEN, workbookParts, type FixturePart } from './zip-fixtures.ts';

const people = defineSheet({
  name: 'Nhà khoa học',
  columns: [
    { key: 'name', header: { vi: 'Họ và tên', en: 'Full name' }, schema: requiredText(200) },
    { key: 'field', header: { vi: 'Lĩnh vực', en: 'Field' }, schema: requiredText(200) },
    { key: 'year', header: { vi: 'Năm sinh', en: 'Year of birth' }, schema: z.number().int().min(1900).max(2100), type: 'number' },
  ],
});

const person = (i: number): { name: string; field: string; year: number } => ({
  name: `Nguyễn Thị Hồng ${i}`,
  field: 'Khoa học nông nghiệp',
  year: 1970 + (i % 40),
});

async function refusal(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

async function readAll(buffer: Buffer, options: Parameters<typeof readSheet>[2] = {}): Promise<number> {
  let count = 0;
  for await (const row of readSheet(people, buffer, options)) {
    expect(row).toHaveProperty('value');
    count += 1;
  }
  return count;
}

function sheetPart(pieces: FixturePart['pieces'], extra: Partial<FixturePart> = {}): FixturePart {
  return { name: 'xl/worksheets/sheet1.xml', pieces: [{ data: SHEET_OPEN }, ...pieces, { data: SHEET_CLOSE }], ...extra };
}

describe('workbook guard', () => {
  it('accepts exactly the row limit and refuses one row more', async () => {
    const hundred = await writeSheetToBuffer(people, Array.from({ length: 100 }, (_, i) => person(i)));
    await expect(readAll(hundred, { maxRows: 100 })).resolves.toBe(100);

    const hundredAndOne = await writeSheetToBuffer(people, Array.from({ length: 101 }, (_, i) => person(i)));
    const error = await refusal(readAll(hundredAndOne, { maxRows: 100 }));
    expect(error).toMatchObject({ code: 'import_too_many_rows', status: 413, params: { max: 100 } });
  });

  it('refuses a 100,000-row sheet', async () => {
    const big = await writeSheetToBuffer(people, Array.from({ length: 100_000 }, (_, i) => person(i)));
    const error = await refusal(readAll(big));
    expect(error.code).toBe('import_too_many_rows');
  }, 60_000);

  it('stops reading a sheet at the first row past the limit', async () => {
    // The part is damaged after 20,000 rows: reaching the damage would report a broken file instead.
    const rows = Array.from({ length: 20_000 }, (_, i) => inlineRow(i + 2, ['Trần Văn Bình', 'Hóa học', '1980']));
    const header = inlineRow(1, ['Họ và tên', 'Lĩnh vực', 'Năm sinh']);
    const damaged = await buildZip([...workbookParts(), sheetPart([{ data: header }, ...rows.map((data) => ({ data }))], { damagedTail: true })]);
    const error = await refusal(readAll(damaged, { maxRows: 1000 }));
    expect(error.code).toBe('import_too_many_rows');
    const intact = await refusal(readAll(damaged, { maxRows: 50_000 }));
    expect(intact.code).toBe('file_type_rejected');
  });

  it('refuses a file larger than allowed before looking inside', async () => {
    const buffer = await writeSheetToBuffer(people, [person(1)]);
    const error = await refusal(readAll(buffer, { maxBytes: buffer.length - 1 }));
    expect(error).toMatchObject({ code: 'file_too_large', status: 413 });
    await expect(readAll(buffer, { maxBytes: buffer.length })).resolves.toBe(1);
  });

  it('refuses files that are not workbooks', async () => {
    const text = Buffer.from('Họ và tên,Lĩnh vực,Năm sinh\nA,B,1980\n', 'utf8');
    const docx = await new JSZip().file('[Content_Types].xml', '<Types/>').file('word/document.xml', '<w:document/>').generateAsync({ type: 'nodebuffer' });
    const truncated = (await writeSheetToBuffer(people, [person(1)])).subarray(0, 400);
    for (const buffer of [text, Buffer.alloc(0), docx, truncated]) {
      const error = await refusal(readAll(buffer));
      expect(error).toMatchObject({ code: 'file_type_rejected', status: 415 });
    }
  });

  it('refuses a zip bomb by its declared size without inflating it', async () => {
    // 300 MB of blank space inside a sheet, about 300 kB compressed.
    const blank = Buffer.alloc(1024 * 1024, 0x20);
    const bomb = await buildZip([...workbookParts(), sheetPart([{ data: blank, times: 300 }])]);
    expect(bomb.length).toBeLessThan(1024 * 1024);
    const error = await refusal(readAll(bomb));
    expect(error).toMatchObject({ code: 'file_too_large', status: 413 });
  }, 60_000);

  it('refuses a zip bomb that understates its size, while inflating it', async () => {
    const blank = Buffer.alloc(1024 * 1024, 0x20);
    const liar = await buildZip([...workbookParts(), sheetPart([{ data: blank, times: 64 }], { declaredSize: 4096 })]);
    const error = await refusal(readAll(liar));
    expect(error.code).toBe('file_type_rejected');

    const honest = await buildZip([...workbookParts(), sheetPart([{ data: blank, times: 64 }])]);
    const overBudget = await refusal(readAll(honest, { maxUncompressedBytes: 16 * 1024 * 1024 }));
    expect(overBudget.code).toBe('file_too_large');
  }, 60_000);

  it('counts only rows holding values, across chunk boundaries and namespace prefixes', () => {
    const counter = new RowCounter();
    const xml =
      '<x:sheetData><x:row r="1"><x:c r="A1" t="s"><x:v>0</x:v></x:c></x:row>' +
      '<row r="2" spans="1:3"/><row r="3"><c r="A3" s="1"/></row>' +
      '<row r="4"><c r="A4" t="inlineStr"><is><t>&lt;row&gt;</t></is></c></row><rowBreaks count="0"/></x:sheetData>';
    for (let i = 0; i < xml.length; i += 7) {
      counter.push(Buffer.from(xml.slice(i, i + 7), 'latin1'));
    }
    expect(counter.rows).toBe(2);
  });
});
