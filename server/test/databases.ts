import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { openPostgres, openSqlite, type DbHandle } from '../platform/db/client.ts';
import { migrateToLatest } from '../platform/db/migrator.ts';
import { migrations } from '../migrations/index.ts';
import type { Dialect } from '../platform/db/database.ts';

/**
 * Dialects the integration suites run on: SQLite always, PostgreSQL when TEST_DATABASE_URL is set
 * (CI sets it). Tests only read this through `testDialects` and `createTestDatabase`.
 */
const postgresUrl = process.env['TEST_DATABASE_URL'];

export const testDialects: Dialect[] = postgresUrl ? ['sqlite', 'postgres'] : ['sqlite'];

export interface TestDatabase extends DbHandle {
  /** A connection string or file path another process (the CLI) can open. */
  location: { kind: 'sqlite'; path: string } | { kind: 'postgres'; url: string };
  drop(): Promise<void>;
}

/** A fresh, migrated database of the given dialect: a temporary file, or a new PostgreSQL database. */
export async function createTestDatabase(dialect: Dialect, options: { migrate?: boolean } = {}): Promise<TestDatabase> {
  const migrate = options.migrate ?? true;
  if (dialect === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'opensti-test-'));
    const path = join(dir, 'test.db');
    const handle = openSqlite(path);
    if (migrate) {
      await migrateToLatest(handle.db, 'sqlite', migrations);
    }
    return {
      ...handle,
      location: { kind: 'sqlite', path },
      drop: async () => {
        await handle.close();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  if (!postgresUrl) {
    throw new Error('TEST_DATABASE_URL is not set');
  }
  const name = `opensti_t_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: postgresUrl });
  await admin.connect();
  try {
    const template = migrate ? await ensurePostgresTemplate(admin, postgresUrl) : null;
    await admin.query(template ? `CREATE DATABASE ${name} TEMPLATE ${template}` : `CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(postgresUrl);
  url.pathname = `/${name}`;
  const handle = openPostgres(url.toString(), { max: 4 });
  return {
    ...handle,
    location: { kind: 'postgres', url: url.toString() },
    drop: async () => {
      await handle.close();
      const dropper = new pg.Client({ connectionString: postgresUrl });
      await dropper.connect();
      try {
        // The pool's clients leave the server a moment after close() resolves; terminating them
        // while they end would raise an error in this process, after the test has passed.
        for (let attempt = 0; attempt < 50; attempt += 1) {
          const open = await dropper.query<{ n: number }>('SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = $1', [name]);
          if ((open.rows[0]?.n ?? 0) === 0) {
            break;
          }
          await new Promise((resolve) => setTimeout(resolve, 100));
        }
        await dropper.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await dropper.end();
      }
    },
  };
}

/**
 * Copying a migrated template database is several times faster than migrating each test's
 * database. The template's name carries a hash of the migration list, so a new migration makes a
 * new template; an advisory lock keeps parallel test files from building it twice.
 */
async function ensurePostgresTemplate(admin: pg.Client, baseUrl: string): Promise<string> {
  const digest = createHash('sha256').update(migrations.map((m) => m.name).join('\n')).digest('hex').slice(0, 12);
  const template = `opensti_tpl_${digest}`;
  await admin.query('SELECT pg_advisory_lock(72310)');
  try {
    const exists = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [template]);
    if (exists.rowCount === 0) {
      const stale = await admin.query<{ datname: string }>("SELECT datname FROM pg_database WHERE datname LIKE 'opensti_tpl_%'");
      for (const row of stale.rows) {
        await admin.query(`DROP DATABASE IF EXISTS ${row.datname} WITH (FORCE)`);
      }
      await admin.query(`CREATE DATABASE ${template}`);
      const url = new URL(baseUrl);
      url.pathname = `/${template}`;
      const handle = openPostgres(url.toString(), { max: 1 });
      try {
        await migrateToLatest(handle.db, 'postgres', migrations);
      } finally {
        await handle.close();
      }
    }
  } finally {
    await admin.query('SELECT pg_advisory_unlock(72310)');
  }
  return template;
}
