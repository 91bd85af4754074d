import { sql } from 'kysely';
import type { Alternative, ParsedQuery } from '../../../common/search/query.ts';
import type { Tx } from '../db/client.ts';
import { alternativeTokens, forEachDocumentBatch, keysIn, quotedTerm, STORED_TEXT, storedTerms, upsertDocumentRows, type SearchBackend, type StoredText } from './backend.ts';
import { documentKey, type IndexedDocument } from './prepare.ts';

/**
 * SQLite: a contentless FTS5 table `search_fts` (title, body) whose rowid is `search_documents.doc_no`.
 * It receives folded terms joined by spaces, so its unicode61 tokenizer finds the same terms; the
 * body column holds the body's terms, then the fields' terms, then the field tokens.
 */

// bm25 weights per FTS column: a match in the title counts five times one in the body.
const TITLE_WEIGHT = 5;
const BODY_WEIGHT = 1;

function alternative(item: Alternative): string {
  const { tokens, titleOnly } = alternativeTokens(item);
  // quotedTerm checks every token; inside one pair of quotes FTS5 reads them as a phrase.
  const quoted = tokens.map((token) => quotedTerm(token, '"'));
  const expression = item.kind === 'phrase' ? `"${tokens.join(' ')}"` : `(${quoted.join(' AND ')})`;
  return titleOnly ? `title : ${expression}` : expression;
}

interface Entry {
  docNo: number;
  titleTerms: readonly string[];
  bodyTerms: readonly string[];
  fieldTokens: readonly string[];
}

async function insertEntries(tx: Tx, entries: readonly Entry[]): Promise<void> {
  if (entries.length === 0) {
    return;
  }
  await sql`insert into search_fts (rowid, title, body) values ${sql.join(
    entries.map((entry) => sql`(${entry.docNo}, ${entry.titleTerms.join(' ')}, ${[...entry.bodyTerms, ...entry.fieldTokens].join(' ')})`),
  )}`.execute(tx);
}

export const sqliteBackend: SearchBackend = {
  compile(query: ParsedQuery): string {
    return query.clauses.map((clause) => `(${clause.alternatives.map(alternative).join(' OR ')})`).join(' AND ');
  },

  from: sql`search_fts join search_documents d on d.doc_no = search_fts.rowid`,

  matches: (compiled) => sql`search_fts match ${compiled}`,

  score: () => sql<number>`-bm25(search_fts, ${sql.lit(TITLE_WEIGHT)}, ${sql.lit(BODY_WEIGHT)})`,

  byteOrder: sql`collate binary`,

  async upsert(tx: Tx, documents: readonly IndexedDocument[]): Promise<Map<string, number>> {
    // Contentless FTS rows cannot be updated, only deleted and written again.
    await sql`delete from search_fts where rowid in (select doc_no from search_documents where ${keysIn(documents)})`.execute(tx);
    const numbers = await upsertDocumentRows(tx, documents, null);
    await insertEntries(
      tx,
      documents.map((document) => ({
        docNo: numbers.get(documentKey(document.resource, document.id)) as number,
        titleTerms: document.titleTerms,
        bodyTerms: document.bodyTerms,
        fieldTokens: document.fieldTokens,
      })),
    );
    return numbers;
  },

  async removeEntries(tx: Tx, docNos: readonly number[]): Promise<void> {
    await sql`delete from search_fts where rowid in (${sql.join(docNos)})`.execute(tx);
  },

  async rebuild(tx: Tx): Promise<void> {
    await sql`insert into search_fts (search_fts) values ('delete-all')`.execute(tx);
    await forEachDocumentBatch<StoredText>(tx, STORED_TEXT, (batch) => insertEntries(tx, batch.map((row) => ({ docNo: row.doc_no, ...storedTerms(row) }))));
  },
};
