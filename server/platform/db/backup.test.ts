import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrations } from '../../migrations/index.ts';
import { createTestApp, type TestApp } from '../../test/app.ts';
import { createTestDatabase, testDialects, type TestDatabase } from '../../test/databases.ts';
import { verifyAuditChain } from '../audit/audit.ts';
import type { Db } from './client.ts';
import { backupDatabase, restoreDatabase } from './backup.ts';

const names = migrations.map((m) => m.name);

/** Every row of the tables that hold data, in a stable order, as comparable text. */
async function snapshot(db: Db, tables: string[]): Promise<Record<string, string[]>> {
  const result: Record<string, string[]> = {};
  for (const table of tables) {
    const rows = await sql<Record<string, unknown>>`select * from ${sql.table(table)}`.execute(db);
    result[table] = rows.rows
      .map((row) =>
        JSON.stringify(
          Object.keys(row)
            .filter((key) => key !== 'search_vector' && key !== 'doc_no')
            .sort()
            .map((key) => [key, row[key] === null || row[key] === undefined ? null : String(row[key] as string | number)]),
        ),
      )
      .sort();
  }
  return result;
}

const TABLES = ['users', 'grants', 'audit_log', 'audit_head', 'jurisdictions', 'st_fields', 'organisations', 'people', 'person_fields', 'relations', 'mail_outbox', 'jobs'];

describe.each(testDialects)('backup and restore from %s', (sourceDialect) => {
  let source: TestApp;
  let dir: string;
  let file: string;

  beforeAll(async () => {
    source = await createTestApp(sourceDialect);
    const { modules } = await import('../../app.ts');
    for (const module of modules) {
      await module.seedDemo?.(source.platform);
    }
    dir = mkdtempSync(join(tmpdir(), 'opensti-backup-'));
    file = join(dir, 'backup.jsonl.gz');
    await backupDatabase(source.database, file, names);
  }, 240_000);

  afterAll(async () => {
    await source.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it.each(testDialects)('restores into an empty %s database with the same data and an intact audit chain', async (targetDialect) => {
    const target: TestDatabase = await createTestDatabase(targetDialect);
    try {
      const summary = await restoreDatabase(target, file, names);
      expect(summary.rows).toBeGreaterThan(3000);
      expect(await snapshot(target.db, TABLES)).toEqual(await snapshot(source.database.db, TABLES));
      const chain = await verifyAuditChain(target.db);
      expect(chain.ok).toBe(true);
      expect(chain.checked).toBeGreaterThan(100);
    } finally {
      await target.drop();
    }
  }, 240_000);

  it('refuses to restore into a database that holds data', async () => {
    await expect(restoreDatabase(source.database, file, names)).rejects.toThrow('not empty');
  });

  it('refuses a file that is not a backup and one from a newer version', async () => {
    const target = await createTestDatabase(sourceDialect);
    try {
      const foreign = join(dir, 'foreign.gz');
      writeFileSync(foreign, gzipSync('{"hello":"world"}\n'));
      await expect(restoreDatabase(target, foreign, names)).rejects.toThrow('not an OpenSTI backup');
      const newer = join(dir, 'newer.gz');
      writeFileSync(newer, gzipSync(`${JSON.stringify({ format: 'opensti-backup', version: 1, migrations: [...names, '29990101_0001_future'] })}\n`));
      await expect(restoreDatabase(target, newer, names)).rejects.toThrow('newer version');
    } finally {
      await target.drop();
    }
  });
});
