import { sql } from 'kysely';
import type { Alternative, ParsedQuery } from '../../../common/search/query.ts';
import type { Tx } from '../db/client.ts';
import { alternativeTokens, forEachDocumentBatch, quotedTerm, STORED_TEXT, storedTerms, upsertDocumentRows, type SearchBackend, type StoredText } from './backend.ts';
import type { IndexedDocument, IndexTerms } from './prepare.ts';

/**
 * PostgreSQL: `search_documents.search_vector`, written as a tsvector literal built here from the
 * folded terms (title weight A, body weight B) rather than by `to_tsvector`, so the server's
 * parser and locale never cut text differently from SQLite. Queries are tsquery literals, for the
 * same reason; ranking is `ts_rank`, whose default weights count A above B.
 */

/**
 * Positions restart after a gap between title and body and again before the field tokens, so a
 * phrase never spans two parts (`<->` needs adjacent positions). The term caps keep every
 * position below PostgreSQL's 16383.
 */
export function vectorLiteral({ titleTerms, bodyTerms, fieldTokens }: Pick<IndexTerms, 'titleTerms' | 'bodyTerms' | 'fieldTokens'>): string {
  const positions = new Map<string, string[]>();
  const add = (term: string, position: number, weight: 'A' | 'B' | 'D') => {
    const list = positions.get(term);
    const entry = `${position}${weight}`;
    if (list) {
      list.push(entry);
    } else {
      positions.set(term, [entry]);
    }
  };
  titleTerms.forEach((term, i) => add(term, i + 1, 'A'));
  bodyTerms.forEach((term, i) => add(term, titleTerms.length + 2 + i, 'B'));
  fieldTokens.forEach((token, i) => add(token, titleTerms.length + bodyTerms.length + 3 + i, 'D'));
  return [...positions].map(([term, list]) => `${quotedTerm(term, "'")}:${list.join(',')}`).join(' ');
}

function alternative(item: Alternative): string {
  const { tokens, titleOnly } = alternativeTokens(item);
  // Weight A is the title's.
  const lexemes = tokens.map((token) => `${quotedTerm(token, "'")}${titleOnly ? ':A' : ''}`);
  return `(${lexemes.join(item.kind === 'phrase' ? ' <-> ' : ' & ')})`;
}

export const postgresBackend: SearchBackend = {
  compile(query: ParsedQuery): string {
    return query.clauses.map((clause) => `(${clause.alternatives.map(alternative).join(' | ')})`).join(' & ');
  },

  from: sql`search_documents d`,

  matches: (compiled) => sql`d.search_vector @@ cast(${compiled} as tsquery)`,

  score: (compiled) => sql<number>`ts_rank(d.search_vector, cast(${compiled} as tsquery))`,

  byteOrder: sql`collate "C"`,

  upsert: (tx: Tx, documents: readonly IndexedDocument[]) =>
    upsertDocumentRows(tx, documents, {
      column: 'search_vector',
      value: (document) => sql`cast(${vectorLiteral(document)} as tsvector)`,
    }),

  // The vector lives in the document row and goes with it.
  removeEntries: () => Promise.resolve(),

  async rebuild(tx: Tx): Promise<void> {
    // A restore writes doc_no values itself; the identity must continue after the largest.
    await sql`select setval(pg_get_serial_sequence('search_documents', 'doc_no'), coalesce(max(doc_no), 0) + 1, false) from search_documents`.execute(tx);
    await forEachDocumentBatch<StoredText>(tx, STORED_TEXT, async (batch) => {
      const rows = batch.map((row) => sql`(${row.doc_no}, ${vectorLiteral(storedTerms(row))})`);
      await sql`update search_documents as d set search_vector = cast(v.vector as tsvector)
        from (values ${sql.join(rows)}) as v (doc_no, vector)
        where d.doc_no = cast(v.doc_no as bigint)`.execute(tx);
    });
  },
};
