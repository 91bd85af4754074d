import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { requiredText } from '../../../../common/contracts/text.ts';
import { createTestDatabase, testDialects, type TestDatabase } from '../../../test/databases.ts';
import { systemActor } from '../../access/actor.ts';
import { recordAudit } from '../../audit/audit.ts';
import { importProgressMessage, runImport, type ImportProgress, type ImportReport } from './import.ts';
import { readSheet, type ReadRow } from './reader.ts';
import { defineSheet, type SheetRow } from './sheet.ts';
import { writeSheetToBuffer } from './writer.ts';

const topics = defineSheet({
  name: 'Chủ đề',
  columns: [
    { key: 'code', header: { vi: 'Mã', en: 'Code' }, schema: requiredText(20) },
    { key: 'name', header: { vi: 'Tên chủ đề', en: 'Topic' }, schema: requiredText(200) },
    { key: 'weight', header: { vi: 'Trọng số', en: 'Weight' }, schema: z.number().min(0).max(10), type: 'number' },
  ],
});
type Topic = SheetRow<typeof topics.columns>;

const valid = (rowNumber: number): ReadRow<Topic> => ({ rowNumber, value: { code: `C${rowNumber}`, name: 'Nông nghiệp', weight: 1 } });
const invalid = (rowNumber: number, errors = 1): ReadRow<Topic> => ({
  rowNumber,
  errors: Array.from({ length: errors }, (_, i) => ({ column: 'Trọng số', key: 'weight', code: 'too_large', message: `lỗi ${i}` })),
});

describe('import runner', () => {
  it('validates everything, then applies all valid rows once, reporting progress in steps', async () => {
    const progress: ImportProgress[] = [];
    const batches: number[][] = [];
    const report = await runImport<Topic>({
      rows: [2, 3, 4, 5, 6].map(valid),
      dryRun: false,
      progressEvery: 2,
      onProgress: (step) => {
        progress.push(step);
      },
      apply: async (rows, step) => {
        batches.push(rows.map((row) => row.rowNumber));
        for (let done = 1; done <= rows.length; done += 1) {
          await step(done);
        }
      },
    });
    expect(batches).toEqual([[2, 3, 4, 5, 6]]);
    expect(report).toEqual({ dryRun: false, outcome: 'applied', total: 5, valid: 5, invalid: 0, applied: 5, errors: [], errorsOmitted: 0 });
    expect(progress.map((step) => [step.phase, step.done, step.total, step.fraction])).toEqual([
      ['validating', 2, null, 0],
      ['validating', 4, null, 0],
      ['validating', 5, 5, 0.5],
      ['applying', 2, 5, 0.7],
      ['applying', 4, 5, 0.9],
      ['applying', 5, 5, 1],
    ]);
    expect(importProgressMessage('vi', progress[4]!)).toBe('Đang ghi dữ liệu: 4/5 dòng');
    expect(importProgressMessage('en', progress[0]!)).toBe('Checking data: 2 rows');
  });

  it('uses the count apply returns, and reports completion even when apply reports nothing', async () => {
    const progress: ImportProgress[] = [];
    const report = await runImport<Topic>({
      rows: [valid(2), valid(3)],
      dryRun: false,
      onProgress: (step) => {
        progress.push(step);
      },
      apply: () => Promise.resolve(1),
    });
    expect(report.applied).toBe(1);
    expect(progress.at(-1)).toEqual({ phase: 'applying', done: 2, total: 2, fraction: 1 });
  });

  it('writes nothing when a row is invalid, and caps the listed errors', async () => {
    let called = false;
    const report = await runImport<Topic>({
      rows: [valid(2), invalid(3, 2), valid(4), invalid(5, 3)],
      dryRun: false,
      maxErrors: 3,
      apply: () => {
        called = true;
        return Promise.resolve();
      },
    });
    expect(called).toBe(false);
    expect(report).toMatchObject({ outcome: 'invalid', total: 4, valid: 2, invalid: 2, applied: 0, errorsOmitted: 2 });
    expect(report.errors).toEqual([
      { row: 3, column: 'Trọng số', key: 'weight', code: 'too_large', message: 'lỗi 0' },
      { row: 3, column: 'Trọng số', key: 'weight', code: 'too_large', message: 'lỗi 1' },
      { row: 5, column: 'Trọng số', key: 'weight', code: 'too_large', message: 'lỗi 0' },
    ]);
    expect(JSON.parse(JSON.stringify(report))).toEqual(report);
  });

  it("reports a module's own row problems alongside the reader's, whatever their code", async () => {
    const report = await runImport<Topic>({
      rows: [valid(2), { rowNumber: 3, errors: [{ column: 'Mã', key: 'code', code: 'duplicate_in_file', message: 'Trùng với dòng 2' }] }, invalid(4)],
      dryRun: true,
      apply: () => Promise.resolve(),
    });
    expect(report).toMatchObject({ outcome: 'invalid', valid: 1, invalid: 2 });
    expect(report.errors.map((error) => [error.row, error.code])).toEqual([
      [3, 'duplicate_in_file'],
      [4, 'too_large'],
    ]);
  });

  it('lets a failure of apply through to the caller', async () => {
    await expect(runImport<Topic>({ rows: [valid(2)], dryRun: false, apply: () => Promise.reject(new Error('disk full')) })).rejects.toThrow('disk full');
  });
});

describe.each(testDialects)('import into the database on %s', (dialect) => {
  let database: TestDatabase;
  beforeEach(async () => {
    database = await createTestDatabase(dialect);
  });
  afterEach(async () => {
    await database.drop();
  });

  const actor = systemActor('import-test');

  /** Imports a workbook in one transaction, writing one audit entry per row as the change. */
  function importFile(buffer: Buffer, dryRun: boolean, failAfter?: number): Promise<ImportReport> {
    return database.db.transaction().execute((tx) =>
      runImport<Topic>({
        rows: readSheet(topics, buffer),
        dryRun,
        apply: async (rows) => {
          for (const [index, row] of rows.entries()) {
            if (failAfter !== undefined && index === failAfter) {
              throw new Error('constraint violated');
            }
            await recordAudit(tx, { actor, requestId: null }, { action: 'topic.import', subjectType: 'topic', subjectId: row.value.code, after: row.value });
          }
        },
      }),
    );
  }

  const count = async (): Promise<number> => {
    const row = await database.db.selectFrom('audit_log').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    return Number(row.n);
  };

  const goodFile = (): Promise<Buffer> =>
    writeSheetToBuffer(topics, [
      { code: 'NN', name: 'Nông nghiệp công nghệ cao', weight: 3 },
      { code: 'YT', name: 'Y tế và chăm sóc sức khỏe', weight: 2.5 },
      { code: 'CĐS', name: 'Chuyển đổi số', weight: 4 },
    ]);

  it('writes nothing on a dry run and says what would be written', async () => {
    const report = await importFile(await goodFile(), true);
    expect(report).toMatchObject({ dryRun: true, outcome: 'dry_run', total: 3, valid: 3, invalid: 0, applied: 0 });
    expect(await count()).toBe(0);
  });

  it('writes every row when the file is valid', async () => {
    const report = await importFile(await goodFile(), false);
    expect(report).toMatchObject({ outcome: 'applied', applied: 3 });
    expect(await count()).toBe(3);
    const subjects = await database.db.selectFrom('audit_log').select('subject_id').orderBy('seq').execute();
    expect(subjects.map((row) => row.subject_id)).toEqual(['NN', 'YT', 'CĐS']);
  });

  it('writes nothing when one row is invalid', async () => {
    const file = await writeSheetToBuffer(topics, [
      { code: 'NN', name: 'Nông nghiệp', weight: 3 },
      { code: 'YT', name: 'Y tế', weight: 11 },
    ]);
    const report = await importFile(file, false);
    expect(report).toMatchObject({ outcome: 'invalid', valid: 1, invalid: 1, applied: 0 });
    expect(report.errors).toEqual([{ row: 3, column: 'Trọng số', key: 'weight', code: 'too_large', message: 'Giá trị không được lớn hơn 10' }]);
    expect(await count()).toBe(0);
  });

  it('leaves nothing behind when apply fails halfway', async () => {
    await expect(importFile(await goodFile(), false, 2)).rejects.toThrow('constraint violated');
    expect(await count()).toBe(0);
  });
});
