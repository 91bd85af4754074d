import type SqliteDatabase from 'better-sqlite3';
import { sql } from 'kysely';
import type { Db, Executor, Tx } from '../db/client.ts';
import type { Dialect } from '../db/database.ts';
import { fromJson } from '../db/json.ts';
import { forEachDocumentBatch, type SearchBackend } from './backend.ts';
import { postgresBackend } from './postgres-backend.ts';
import { chunks, documentKey, prepareDocuments } from './prepare.ts';
import { runQuery } from './run-query.ts';
import type { SearchFacetsTable } from './tables.ts';
import type { SearchIndex } from './types.ts';
import { sqliteBackend } from './sqlite-backend.ts';

export interface SearchIndexOptions {
  db: Db;
  dialect: Dialect;
  /**
   * Accepted so a whole `DbHandle` can be passed, but not used: every statement goes through
   * Kysely, which is what lets `upsert` and `remove` join the caller's transaction.
   */
  sqlite?: SqliteDatabase.Database;
  /** How many matches totals and facets count at most (see `SearchResult.totalCapped`). */
  countCap?: number;
}

export const DEFAULT_COUNT_CAP = 2_000;

const DOCUMENT_BATCH = 200;
const FACET_BATCH = 500;

function inTransaction(executor: Executor, work: (tx: Tx) => Promise<void>): Promise<void> {
  return executor.isTransaction ? work(executor as Tx) : executor.transaction().execute(work);
}

function facetRows(documents: readonly { docNo: number; facets: Record<string, string[]> }[]): SearchFacetsTable[] {
  return documents.flatMap(({ docNo, facets }) =>
    Object.entries(facets).flatMap(([facet, values]) => values.map((value) => ({ doc_no: docNo, facet, value }))),
  );
}

async function insertFacets(tx: Tx, rows: readonly SearchFacetsTable[]): Promise<void> {
  for (const batch of chunks(rows, FACET_BATCH)) {
    // A concurrent writer of the same document may have inserted the row first (PostgreSQL).
    await tx.insertInto('search_facets').values(batch).onConflict((conflict) => conflict.doNothing()).execute();
  }
}

async function recordFieldNames(tx: Tx, names: readonly string[]): Promise<void> {
  const unique = [...new Set(names)];
  if (unique.length > 0) {
    await tx.insertInto('search_field_names').values(unique.map((name) => ({ name }))).onConflict((conflict) => conflict.doNothing()).execute();
  }
}

export function createSearchIndex(options: SearchIndexOptions): SearchIndex {
  const { db } = options;
  const backend: SearchBackend = options.dialect === 'sqlite' ? sqliteBackend : postgresBackend;
  return {
    async upsert(executor, documents) {
      const prepared = prepareDocuments(documents);
      if (prepared.length === 0) {
        return;
      }
      await inTransaction(executor, async (tx) => {
        for (const batch of chunks(prepared, DOCUMENT_BATCH)) {
          // Document rows first: on PostgreSQL that locks them, so the facet rewrite below cannot
          // interleave with another transaction indexing the same records.
          const numbers = await backend.upsert(tx, batch);
          await recordFieldNames(tx, batch.flatMap((document) => Object.keys(document.fields)));
          await tx.deleteFrom('search_facets').where('doc_no', 'in', [...numbers.values()]).execute();
          await insertFacets(
            tx,
            facetRows(batch.map((document) => ({ docNo: numbers.get(documentKey(document.resource, document.id)) as number, facets: document.facets }))),
          );
        }
      });
    },

    async remove(executor, resource, ids) {
      const unique = [...new Set(ids)];
      if (unique.length === 0) {
        return;
      }
      await inTransaction(executor, async (tx) => {
        for (const batch of chunks(unique, DOCUMENT_BATCH)) {
          const rows = await tx.selectFrom('search_documents').select('doc_no').where('resource', '=', resource).where('id', 'in', batch).execute();
          const docNos = rows.map((row) => Number(row.doc_no));
          if (docNos.length > 0) {
            await backend.removeEntries(tx, docNos);
            await tx.deleteFrom('search_facets').where('doc_no', 'in', docNos).execute();
            await tx.deleteFrom('search_documents').where('doc_no', 'in', docNos).execute();
          }
        }
      });
    },

    query: (query) => runQuery(db, backend, query, options.countCap ?? DEFAULT_COUNT_CAP),

    async rebuild() {
      await db.transaction().execute(async (tx) => {
        await backend.rebuild(tx);
        await tx.deleteFrom('search_field_names').execute();
        await tx.deleteFrom('search_facets').execute();
        await forEachDocumentBatch<{ doc_no: number; facets_json: string; fields_json: string }>(tx, sql`facets_json, fields_json`, async (batch) => {
          await insertFacets(tx, facetRows(batch.map((row) => ({ docNo: Number(row.doc_no), facets: fromJson<Record<string, string[]>>(row.facets_json, {}) }))));
          await recordFieldNames(tx, batch.flatMap((row) => Object.keys(fromJson<Record<string, string>>(row.fields_json, {}))));
        });
      });
    },
  };
}
