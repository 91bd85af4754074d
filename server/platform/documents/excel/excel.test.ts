import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { optionalText, requiredText } from '../../../../common/contracts/text.ts';
import { AppError } from '../../errors.ts';
import { readSheet, type ReadRow } from './reader.ts';
import { defineSheet, type SheetRow } from './sheet.ts';
import { writeSheet, writeSheetToBuffer } from './writer.ts';

const projects = defineSheet({
  name: 'Nhiệm vụ',
  columns: [
    { key: 'code', header: { vi: 'Mã nhiệm vụ', en: 'Project code' }, schema: requiredText(20), example: 'ĐT-2026-01' },
    { key: 'title', header: { vi: 'Tên nhiệm vụ', en: 'Title' }, schema: requiredText(500), width: 50 },
    { key: 'budget', header: { vi: 'Kinh phí (đồng)', en: 'Budget (VND)' }, schema: z.number().int().min(0), type: 'number', format: '#,##0' },
    { key: 'startDate', header: { vi: 'Ngày bắt đầu', en: 'Start date' }, schema: z.iso.date(), type: 'date' },
    { key: 'active', header: { vi: 'Đang thực hiện', en: 'Active' }, schema: z.boolean(), type: 'boolean' },
    { key: 'note', header: { vi: 'Ghi chú', en: 'Note' }, schema: optionalText(200) },
  ],
});

type ProjectRow = SheetRow<typeof projects.columns>;

const rows: ProjectRow[] = [
  { code: 'ĐT-2026-01', title: 'Nghiên cứu ứng dụng công nghệ sinh học trong sản xuất chè Tân Cương', budget: 1_434_171_500, startDate: '2026-02-05', active: true, note: 'Ưu tiên' },
  { code: 'ĐT-2026-02', title: 'Xây dựng mô hình nuôi cá lồng trên hồ Núi Cốc', budget: 0, startDate: '2025-12-31', active: false, note: null },
  { code: '0042', title: '=SUM(A1:A2) không phải công thức', budget: 7, startDate: '2026-03-15', active: true, note: 'Dấu “ngoặc kép” và ký tự ữ ỹ ự' },
];

async function collect<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of iterable) {
    out.push(item);
  }
  return out;
}

async function refusal(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

/** A workbook typed by hand, the way a user's file arrives. */
async function handmade(build: (sheet: ExcelJS.Worksheet) => void): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  build(workbook.addWorksheet('Sheet1'));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

const viHeaders = projects.columns.map((column) => column.header.vi);

describe('spreadsheet writer and reader', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'opensti-excel-'));
  });
  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('reads back exactly what it wrote, Vietnamese text included', async () => {
    const buffer = await writeSheetToBuffer(projects, rows);
    const read = await collect(readSheet(projects, buffer));
    expect(read).toEqual(rows.map((value, index) => ({ rowNumber: index + 2, value })));
  });

  it('writes a bold, frozen Vietnamese header, real dates, numbers and booleans', async () => {
    const buffer = await writeSheetToBuffer(projects, rows);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('Nhiệm vụ');
    expect(sheet).toBeDefined();
    expect(sheet?.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    const header = sheet?.getRow(1);
    expect(header?.values).toEqual([undefined, ...viHeaders]);
    expect(header?.getCell(1).font?.bold).toBe(true);
    expect(header?.getCell(1).note).toBeDefined();
    const first = sheet?.getRow(2);
    expect(first?.getCell(3).value).toBe(1_434_171_500);
    expect(first?.getCell(4).value).toEqual(new Date('2026-02-05T00:00:00Z'));
    expect(first?.getCell(4).numFmt).toBe('dd/mm/yyyy');
    expect(first?.getCell(5).value).toBe(true);
    // Text that looks like a formula stays text.
    expect(sheet?.getRow(4).getCell(2).value).toBe('=SUM(A1:A2) không phải công thức');
  });

  it('writes English headers on request and reads them back', async () => {
    const buffer = await writeSheetToBuffer(projects, rows, { locale: 'en' });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
    expect(workbook.worksheets[0]?.getRow(1).values).toEqual([undefined, ...projects.columns.map((column) => column.header.en)]);
    const read = await collect(readSheet(projects, buffer));
    expect(read.map((row) => ('value' in row ? row.value : null))).toEqual(rows);
  });

  it('streams rows from an async iterable to a file', async () => {
    const path = join(dir, 'export.xlsx');
    async function* source(): AsyncGenerator<ProjectRow> {
      for (let i = 0; i < 2500; i += 1) {
        if (i % 500 === 0) {
          // Like a database cursor fetching its next page.
          await new Promise((resolve) => setImmediate(resolve));
        }
        yield { ...rows[0]!, code: `ĐT-${i}` };
      }
    }
    await expect(writeSheet(projects, source(), path)).resolves.toEqual({ rows: 2500 });
    const read = await collect(readSheet(projects, readFileSync(path)));
    expect(read).toHaveLength(2500);
    expect(read[2499]).toEqual({ rowNumber: 2501, value: { ...rows[0], code: 'ĐT-2499' } });
  });

  it('removes a half-written file when the rows fail', async () => {
    const path = join(dir, 'broken.xlsx');
    async function* failing(): AsyncGenerator<ProjectRow> {
      yield rows[0]!;
      await Promise.reject(new Error('cursor lost'));
    }
    await expect(writeSheet(projects, failing(), path)).rejects.toThrow('cursor lost');
    expect(() => readFileSync(path)).toThrow();
  });

  it('accepts columns in another order, a title-less sheet and mixed-language headers', async () => {
    const buffer = await handmade((sheet) => {
      sheet.addRow(['Ghi chú', 'Start date', 'Mã nhiệm vụ', 'Tên nhiệm vụ', 'KINH PHÍ (ĐỒNG)', '  Đang  thực hiện ']);
      sheet.addRow([null, new Date('2026-01-09T00:00:00Z'), 'A1', 'Tên', 5, 'Có']);
    });
    const read = await collect(readSheet(projects, buffer));
    expect(read).toEqual([
      { rowNumber: 2, value: { code: 'A1', title: 'Tên', budget: 5, startDate: '2026-01-09', active: true, note: null } },
    ]);
  });

  it('reports missing and unknown columns together as one error', async () => {
    const buffer = await handmade((sheet) => {
      sheet.addRow(['Mã nhiệm vụ', 'Tên nhiệm vụ', 'Kinh phí', 'Ngày bắt đầu', 'Đang thực hiện', 'Ghi chú', 'Mã nhiệm vụ']);
      sheet.addRow(['A', 'B', 1, '01/01/2026', 'x', '', 'A']);
    });
    const error = await refusal(collect(readSheet(projects, buffer)));
    expect(error.code).toBe('import_columns_mismatch');
    expect(error.status).toBe(400);
    expect(error.fieldErrors).toEqual([
      { path: 'Kinh phí', code: 'unknown_column', message: 'Cột “Kinh phí” không có trong mẫu nhập liệu' },
      { path: 'code', code: 'duplicate_column', message: 'Cột “Mã nhiệm vụ” xuất hiện nhiều lần' },
      { path: 'budget', code: 'missing_column', message: 'Thiếu cột “Kinh phí (đồng)”' },
    ]);
  });

  it('refuses an empty sheet as having no header', async () => {
    const buffer = await handmade(() => undefined);
    const error = await refusal(collect(readSheet(projects, buffer)));
    expect(error.code).toBe('import_columns_mismatch');
    expect(error.fieldErrors?.[0]?.code).toBe('no_header');
  });

  it('reports bad cells per row with Excel row numbers, skipping blank rows', async () => {
    const buffer = await handmade((sheet) => {
      sheet.addRow(viHeaders);
      sheet.addRow(['A1', 'Đúng', 100, new Date('2026-02-05T00:00:00Z'), true, null]);
      sheet.addRow(['', 'Thiếu mã', 'một trăm', '31/02/2026', 'có lẽ', null]);
      sheet.addRow([]);
      sheet.addRow(['A4', 'Số âm', -5, '05/02/2026', 'không', 'x'.repeat(201)]);
      sheet.addRow(['A5', 'Số lẻ', 2.5, '2026-02-05', 'x', { formula: 'NA()', result: { error: '#N/A' } }]);
      sheet.addRow(['A6', 'Chữ số', '120', '5/2/2026', 0, 'ok']);
    });
    const read: Array<ReadRow<ProjectRow>> = await collect(readSheet(projects, buffer, { locale: 'en' }));
    expect(read.map((row) => row.rowNumber)).toEqual([2, 3, 5, 6, 7]);
    expect(read[0]).toEqual({ rowNumber: 2, value: { code: 'A1', title: 'Đúng', budget: 100, startDate: '2026-02-05', active: true, note: null } });
    const codes = (row: ReadRow<ProjectRow> | undefined): Record<string, string> =>
      row && 'errors' in row ? Object.fromEntries(row.errors.map((error) => [error.key, error.code])) : {};
    expect(codes(read[1])).toEqual({ code: 'required', budget: 'invalid_number', startDate: 'invalid_date', active: 'invalid_boolean' });
    expect(codes(read[2])).toEqual({ budget: 'too_small', note: 'too_long' });
    expect(codes(read[3])).toEqual({ budget: 'invalid_integer', note: 'cell_error' });
    expect(read[4]).toEqual({ rowNumber: 7, value: { code: 'A6', title: 'Chữ số', budget: 120, startDate: '2026-02-05', active: false, note: 'ok' } });
    const noteError = read[2] && 'errors' in read[2] ? read[2].errors.find((error) => error.key === 'note') : undefined;
    expect(noteError).toEqual({ column: 'Note', key: 'note', code: 'too_long', message: 'At most 200 characters are allowed' });
  });

  it('writes the messages of cell errors in Vietnamese by default', async () => {
    const buffer = await handmade((sheet) => {
      sheet.addRow(viHeaders);
      sheet.addRow(['A1', 'Tên', 1, '2026-02-05', 'có', 'ữ'.repeat(201)]);
      sheet.addRow(['A2', 'Tên', 1, '2026-02-05', 'có lẽ', null]);
    });
    const read = await collect(readSheet(projects, buffer));
    expect(read).toEqual([
      { rowNumber: 2, errors: [{ column: 'Ghi chú', key: 'note', code: 'too_long', message: 'Không được quá 200 ký tự' }] },
      { rowNumber: 3, errors: [{ column: 'Đang thực hiện', key: 'active', code: 'invalid_boolean', message: 'Giá trị phải là Có hoặc Không' }] },
    ]);
  });

  it('refuses sheet declarations Excel or the reader could not honour', () => {
    const column = { key: 'a', header: { vi: 'A', en: 'A' }, schema: z.string() };
    expect(() => defineSheet({ name: 'Tên/sai', columns: [column] })).toThrow('not allowed');
    expect(() => defineSheet({ name: 'x'.repeat(32), columns: [column] })).toThrow('not allowed');
    expect(() => defineSheet({ name: 'Trùng', columns: [column, { ...column, header: { vi: 'B', en: 'B' } }] })).toThrow('declared twice');
    expect(() => defineSheet({ name: 'Trùng', columns: [column, { ...column, key: 'b', header: { vi: 'a ', en: 'B' } }] })).toThrow('is used by');
  });
});
