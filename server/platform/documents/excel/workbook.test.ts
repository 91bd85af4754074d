import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { requiredText } from '../../../../common/contracts/text.ts';
import { isValidRow, readSheet } from './reader.ts';
import { defineSheet } from './sheet.ts';
import { writeWorkbookToBuffer } from './writer.ts';

const targets = defineSheet({
  name: 'Chỉ tiêu',
  columns: [
    { key: 'code', header: { vi: 'Mã', en: 'Code' }, schema: requiredText(20) },
    { key: 'value', header: { vi: 'Giá trị', en: 'Value' }, schema: z.number(), type: 'number' },
  ],
});

const units = defineSheet({
  name: 'Đơn vị',
  columns: [
    { key: 'name', header: { vi: 'Tên đơn vị', en: 'Unit' }, schema: requiredText(200) },
    { key: 'dueOn', header: { vi: 'Hạn báo cáo', en: 'Due on' }, schema: z.iso.date(), type: 'date' },
  ],
});

async function collect<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of iterable) {
    out.push(item);
  }
  return out;
}

describe('writeWorkbookToBuffer', () => {
  it('writes one sheet per declaration, each readable back with its own declaration', async () => {
    async function* unitRows() {
      yield await Promise.resolve({ name: 'UBND phường Phan Đình Phùng', dueOn: '2020-12-15' });
      yield await Promise.resolve({ name: 'Sở Y tế', dueOn: '2020-12-20' });
    }
    const { buffer, rows } = await writeWorkbookToBuffer([
      { spec: targets, rows: [{ code: 'CT01', value: 35.5 }] },
      { spec: units, rows: unitRows() },
    ]);
    expect(rows).toEqual([1, 2]);

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['Chỉ tiêu', 'Đơn vị']);

    const readTargets = await collect(readSheet(targets, buffer));
    expect(readTargets.filter(isValidRow).map((row) => row.value)).toEqual([{ code: 'CT01', value: 35.5 }]);
    const readUnits = await collect(readSheet(units, buffer));
    expect(readUnits.filter(isValidRow).map((row) => row.value)).toEqual([
      { name: 'UBND phường Phan Đình Phùng', dueOn: '2020-12-15' },
      { name: 'Sở Y tế', dueOn: '2020-12-20' },
    ]);
  });

  it('refuses an empty workbook and repeated sheet names', async () => {
    await expect(writeWorkbookToBuffer([])).rejects.toThrow(/at least one sheet/);
    await expect(writeWorkbookToBuffer([{ spec: targets, rows: [] }, { spec: targets, rows: [] }])).rejects.toThrow(/distinct sheet names/);
  });
});
