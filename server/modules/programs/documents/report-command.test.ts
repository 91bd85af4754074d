import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isValidRow, readSheet } from '../../../platform/documents/index.ts';
import { createTestApp, type TestApp } from '../../../test/app.ts';
import { testDialects } from '../../../test/databases.ts';
import { createDashboardFixture, type DashboardFixture } from '../dashboard/dashboard.fixtures.ts';
import { targetsSheet } from './round-workbook.ts';

const run = promisify(execFile);
const root = resolve(import.meta.dirname, '../../../..');

/** `opensti report` as a scheduler runs it, against the database the test app wrote. */
describe.each(testDialects)('opensti report on %s', (dialect) => {
  let t: TestApp;
  let f: DashboardFixture;
  let dir: string;

  beforeAll(async () => {
    t = await createTestApp(dialect);
    f = await createDashboardFixture(t.platform.db);
    dir = mkdtempSync(join(tmpdir(), 'opensti-report-'));
  });
  afterAll(async () => {
    await t.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const opensti = (args: string[]) => {
    const location = t.database.location;
    const env = {
      ...process.env,
      LOG_LEVEL: 'silent',
      DATA_DIR: join(dir, 'data'),
      DATABASE_URL: location.kind === 'postgres' ? location.url : '',
      SQLITE_PATH: location.kind === 'sqlite' ? location.path : join(dir, 'unused.db'),
    };
    return run(process.execPath, ['bin/opensti.js', 'report', ...args], { cwd: root, env }).then(
      (r) => ({ code: 0, stdout: r.stdout, stderr: r.stderr }),
      (error: { code: number; stdout: string; stderr: string }) => ({ code: error.code, stdout: error.stdout, stderr: error.stderr }),
    );
  };

  it('writes the party-format Word report of a round named by its period, and the workbook of a round named by its id', async () => {
    const docx = join(dir, 'so-ket.docx');
    const written = await opensti([f.programCode, '2015', '--format', 'docx', '--addressee', 'party', '--out', docx]);
    expect(written.code, written.stderr).toBe(0);
    expect(written.stdout).toContain('Sơ kết giai đoạn 2013–2015');
    const xml = await (await JSZip.loadAsync(readFileSync(docx))).file('word/document.xml')?.async('string');
    expect(xml).toContain('ĐẢNG CỘNG SẢN VIỆT NAM');
    expect(xml).toContain('Chỉ tiêu CT1');

    const xlsx = join(dir, 'so-lieu.xlsx');
    expect((await opensti([f.programCode, f.rounds.year2016, '--format', 'xlsx', '--out', xlsx])).code).toBe(0);
    const rows: string[] = [];
    for await (const row of readSheet(targetsSheet, readFileSync(xlsx))) {
      if (isValidRow(row)) {
        rows.push(row.value.code);
      }
    }
    expect(rows).toEqual(['CT1', 'CT2', 'CT3', 'CT4', 'CT5']);
  }, 60_000);

  it('refuses missing arguments, an unknown program and an unknown round', async () => {
    const missing = await opensti([f.programCode, '2015', '--format', 'pdf']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('format');
    expect(missing.stderr).toContain('out');
    const program = await opensti(['KHONG-CO', '2015', '--format', 'docx', '--out', join(dir, 'x.docx')]);
    expect([program.code, program.stderr]).toEqual([3, expect.stringContaining('No program')]);
    const round = await opensti([f.programCode, '1999', '--format', 'docx', '--out', join(dir, 'x.docx')]);
    expect([round.code, round.stderr]).toEqual([3, expect.stringContaining('no reporting round 1999')]);
  }, 60_000);
});
