import { sql, type RawBuilder } from 'kysely';
import { TITLE_FIELD, type Alternative, type ParsedQuery } from '../../../common/search/query.ts';
import { MAX_TERM_LENGTH } from '../../../common/search/terms.ts';
import type { Tx } from '../db/client.ts';
import { fromJson, toJson } from '../db/json.ts';
import { documentKey, fieldToken, indexTerms, type IndexedDocument, type IndexTerms } from './prepare.ts';

/**
 * What differs between SQLite (FTS5) and PostgreSQL (tsvector). Everything dialect-specific in
 * search lives behind this interface, in `sqlite-backend.ts` and `postgres-backend.ts`.
 */
export interface SearchBackend {
  /** The parsed query in the database's full-text syntax, every term quoted. */
  compile(query: ParsedQuery): string;
  /** A FROM clause naming the document table `d`, and the condition and rank of full-text matches. */
  from: RawBuilder<unknown>;
  matches(compiled: string): RawBuilder<unknown>;
  /** Higher is better. */
  score(compiled: string): RawBuilder<number>;
  /** Collation that sorts text by code point on both databases, so ties break the same way. */
  byteOrder: RawBuilder<unknown>;
  /** Writes the document rows and their full-text entries; returns each document's `doc_no` by key. */
  upsert(tx: Tx, documents: readonly IndexedDocument[]): Promise<Map<string, number>>;
  /** Removes full-text entries kept outside the document rows, before the rows themselves go. */
  removeEntries(tx: Tx, docNos: readonly number[]): Promise<void>;
  /** Recomputes every full-text entry from the stored titles, bodies and fields. */
  rebuild(tx: Tx): Promise<void>;
}

const TOKEN = /^[\p{L}\p{N}]+$/u;
/** A term, or a field token: a term behind a field name of at most 24 characters and its length. */
const MAX_TOKEN_LENGTH = MAX_TERM_LENGTH + 32;

/** Defensive: terms come from the tokenizer, but nothing else may ever be spliced into a query. */
export function quotedTerm(term: string, quote: '"' | "'"): string {
  if (term.length > MAX_TOKEN_LENGTH || !TOKEN.test(term)) {
    throw new Error('A search term holds characters other than letters and digits');
  }
  return `${quote}${term}${quote}`;
}

/**
 * The tokens an alternative looks for, and whether only in the title: a named field's terms are
 * its field tokens, which live among the body's.
 */
export function alternativeTokens(alternative: Alternative): { tokens: string[]; titleOnly: boolean } {
  const { field } = alternative;
  if (field === undefined || field === TITLE_FIELD) {
    return { tokens: [...alternative.terms], titleOnly: field === TITLE_FIELD };
  }
  return { tokens: alternative.terms.map((term) => fieldToken(field, term)), titleOnly: false };
}

export interface StoredText {
  doc_no: number;
  title: string;
  body: string;
  fields_json: string;
}

/** The columns `storedTerms` needs, for `forEachDocumentBatch`. */
export const STORED_TEXT = sql`title, body, fields_json`;

export function storedTerms(row: StoredText): IndexTerms {
  return indexTerms(row.title, row.body, fromJson<Record<string, string>>(row.fields_json, {}));
}

const DOCUMENT_COLUMNS = ['resource', 'id', 'jurisdiction_path', 'visibility', 'updated_at', 'date', 'facets_json', 'fields_json', 'title', 'body'] as const;

function documentValues(document: IndexedDocument): RawBuilder<unknown>[] {
  return [
    sql`${document.resource}`,
    sql`${document.id}`,
    sql`${document.jurisdictionPath}`,
    sql`${document.visibility}`,
    sql`${document.updatedAt}`,
    sql`${document.date}`,
    sql`${toJson(document.facets) ?? '{}'}`,
    sql`${toJson(document.fields) ?? '{}'}`,
    sql`${document.title}`,
    sql`${document.body}`,
  ];
}

/**
 * Inserts or updates document rows by (resource, id), with the dialect's extra column if any, and
 * returns their `doc_no`. On PostgreSQL the conflict update also locks an existing row, so two
 * transactions indexing the same record queue up instead of interleaving their facet rows.
 */
export async function upsertDocumentRows(
  tx: Tx,
  documents: readonly IndexedDocument[],
  extra: { column: string; value: (document: IndexedDocument) => RawBuilder<unknown> } | null,
): Promise<Map<string, number>> {
  const columns = [...DOCUMENT_COLUMNS, ...(extra ? [extra.column] : [])];
  const rows = documents.map((document) => sql`(${sql.join([...documentValues(document), ...(extra ? [extra.value(document)] : [])])})`);
  const updates = columns.filter((column) => column !== 'resource' && column !== 'id').map((column) => sql`${sql.ref(column)} = excluded.${sql.ref(column)}`);
  const result = await sql<{ doc_no: number; resource: string; id: string }>`
    insert into search_documents (${sql.join(columns.map((column) => sql.ref(column)))})
    values ${sql.join(rows)}
    on conflict (resource, id) do update set ${sql.join(updates)}
    returning doc_no, resource, id`.execute(tx);
  return new Map(result.rows.map((row) => [documentKey(row.resource, row.id), Number(row.doc_no)]));
}

/** `(resource, id) in (…)` for a batch of documents; a VALUES list because SQLite wants a subquery there. */
export function keysIn(documents: readonly { resource: string; id: string }[]): RawBuilder<unknown> {
  return sql`(resource, id) in (values ${sql.join(documents.map((document) => sql`(${document.resource}, ${document.id})`))})`;
}

const BATCH = 500;

/** Visits every stored document in batches, in `doc_no` order (for rebuilding derived rows). */
export async function forEachDocumentBatch<Row extends { doc_no: number }>(
  tx: Tx,
  columns: RawBuilder<unknown>,
  visit: (rows: Row[]) => Promise<void>,
): Promise<void> {
  for (let after = 0; ; ) {
    const batch = await sql<Row>`select doc_no, ${columns} from search_documents
      where doc_no > ${after} order by doc_no limit ${BATCH}`.execute(tx);
    const last = batch.rows.at(-1);
    if (!last) {
      return;
    }
    await visit(batch.rows);
    after = Number(last.doc_no);
  }
}
