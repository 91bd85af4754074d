import { createReadStream, createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { createGunzip, createGzip } from 'node:zlib';
import { sql } from 'kysely';
import type { Db, DbHandle } from './client.ts';
import type { Dialect } from './database.ts';

const FORMAT = 'opensti-backup';
const FORMAT_VERSION = 1;
const BATCH = 1000;

interface TableInfo {
  name: string;
  /** Columns to copy: generated columns (e.g. PostgreSQL tsvector) are rebuilt by the database. */
  columns: string[];
}

/**
 * Tables in creation order, which is a valid insertion order (a table can only reference tables
 * that existed when it was created). Migration bookkeeping and derived full-text tables are left out.
 */
async function listTables(db: Db, dialect: Dialect): Promise<TableInfo[]> {
  if (dialect === 'sqlite') {
    const tables = await sql<{ name: string; sql: string | null }>`
      select name, sql from sqlite_master where type = 'table' and name not like 'sqlite_%' order by rowid`.execute(db);
    const virtual = tables.rows.filter((t) => /^create virtual table/i.test(t.sql ?? '')).map((t) => t.name);
    const keep = tables.rows.filter(
      (t) => !t.name.startsWith('kysely_') && !virtual.some((v) => t.name === v || t.name.startsWith(`${v}_`)),
    );
    const result: TableInfo[] = [];
    for (const table of keep) {
      const columns = await sql<{ name: string; hidden: number }>`select name, hidden from pragma_table_xinfo(${table.name})`.execute(db);
      result.push({ name: table.name, columns: columns.rows.filter((c) => c.hidden === 0).map((c) => c.name) });
    }
    return result;
  }
  const tables = await sql<{ name: string }>`
    select c.relname as name from pg_class c join pg_namespace n on n.oid = c.relnamespace
    where n.nspname = current_schema() and c.relkind = 'r' and c.relname not like 'kysely_%' order by c.oid`.execute(db);
  const columns = await sql<{ table_name: string; column_name: string }>`
    select table_name, column_name from information_schema.columns
    where table_schema = current_schema() and is_generated = 'NEVER' order by table_name, ordinal_position`.execute(db);
  return tables.rows.map((t) => ({
    name: t.name,
    columns: columns.rows.filter((c) => c.table_name === t.name).map((c) => c.column_name),
  }));
}

export interface BackupSummary {
  tables: number;
  rows: number;
}

/** Writes every table as gzip-compressed JSON lines, streaming in batches. */
export async function backupDatabase(handle: DbHandle, file: string, migrationNames: readonly string[]): Promise<BackupSummary> {
  const { db, dialect } = handle;
  const out = createGzip();
  const sink = createWriteStream(file);
  out.pipe(sink);
  const write = async (value: unknown) => {
    if (!out.write(`${JSON.stringify(value)}\n`)) {
      await once(out, 'drain');
    }
  };
  await write({ format: FORMAT, version: FORMAT_VERSION, createdAt: new Date().toISOString(), dialect, migrations: migrationNames });
  const tables = await listTables(db, dialect);
  let total = 0;
  for (const table of tables) {
    await write({ table: table.name, columns: table.columns });
    const first = table.columns[0];
    if (!first) {
      continue;
    }
    for (let offset = 0; ; offset += BATCH) {
      const result = await sql<Record<string, unknown>>`select ${sql.join(table.columns.map((c) => sql.ref(c)))} from ${sql.table(
        table.name,
      )} order by ${sql.ref(first)} limit ${BATCH} offset ${offset}`.execute(db);
      for (const row of result.rows) {
        await write(table.columns.map((c) => row[c] ?? null));
      }
      total += result.rows.length;
      if (result.rows.length < BATCH) {
        break;
      }
    }
  }
  out.end();
  await once(sink, 'finish');
  return { tables: tables.length, rows: total };
}

export class RestoreError extends Error {}

/**
 * Loads a backup into a freshly migrated, empty database (of either dialect). Foreign keys are
 * checked after the load rather than row by row, since self-referencing tables (organisation
 * hierarchies) are not dumped parent-first.
 */
export async function restoreDatabase(handle: DbHandle, file: string, migrationNames: readonly string[]): Promise<BackupSummary> {
  const { db, dialect } = handle;
  const lines = createInterface({ input: createReadStream(file).pipe(createGunzip()), crlfDelay: Infinity });
  const iterator = lines[Symbol.asyncIterator]();
  const headerLine = await iterator.next();
  const header = headerLine.done ? null : (JSON.parse(headerLine.value) as { format?: string; version?: number; migrations?: string[] });
  if (header?.format !== FORMAT || header.version !== FORMAT_VERSION) {
    throw new RestoreError('This file is not an OpenSTI backup');
  }
  const unknown = (header.migrations ?? []).filter((name) => !migrationNames.includes(name));
  if (unknown.length > 0) {
    throw new RestoreError(`The backup comes from a newer version (unknown migrations: ${unknown.join(', ')})`);
  }
  const existing = await listTables(db, dialect);
  for (const table of existing) {
    const count = await sql<{ n: number }>`select count(*) as n from ${sql.table(table.name)}`.execute(db);
    // The single audit head row exists in every migrated database; it is replaced by the backup's.
    const allowed = table.name === 'audit_head' ? 1 : 0;
    if (Number(count.rows[0]?.n ?? 0) > allowed) {
      throw new RestoreError(`The target database is not empty (table ${table.name} has rows)`);
    }
  }
  const known = new Map(existing.map((t) => [t.name, new Set(t.columns)]));
  let tables = 0;
  let rows = 0;
  await db.connection().execute(async (connection) => {
    if (dialect === 'sqlite') {
      await sql`pragma foreign_keys = off`.execute(connection);
    }
    await connection.transaction().execute(async (tx) => {
      if (dialect === 'postgres') {
        await sql`set local session_replication_role = replica`.execute(tx);
      }
      await sql`delete from audit_head`.execute(tx);
      let table: string | null = null;
      let columns: string[] = [];
      let batch: unknown[][] = [];
      const flush = async () => {
        if (!table || batch.length === 0) {
          return;
        }
        const targetColumns = known.get(table);
        if (!targetColumns) {
          throw new RestoreError(`The backup holds a table this version does not have: ${table}`);
        }
        const keep = columns.map((c, i) => [c, i] as const).filter(([c]) => targetColumns.has(c));
        await sql`insert into ${sql.table(table)} (${sql.join(keep.map(([c]) => sql.ref(c)))}) values ${sql.join(
          batch.map((row) => sql`(${sql.join(keep.map(([, i]) => row[i]))})`),
        )}`.execute(tx);
        rows += batch.length;
        batch = [];
      };
      for (let next = await iterator.next(); !next.done; next = await iterator.next()) {
        const parsed = JSON.parse(next.value) as unknown;
        if (Array.isArray(parsed)) {
          batch.push(parsed);
          if (batch.length >= 200) {
            await flush();
          }
        } else {
          await flush();
          const marker = parsed as { table: string; columns: string[] };
          table = marker.table;
          columns = marker.columns;
          tables += 1;
        }
      }
      await flush();
    });
    if (dialect === 'sqlite') {
      await sql`pragma foreign_keys = on`.execute(connection);
      const violations = await sql`pragma foreign_key_check`.execute(connection);
      if (violations.rows.length > 0) {
        throw new RestoreError(`The restored data breaks ${violations.rows.length} foreign keys`);
      }
    }
  });
  return { tables, rows };
}
