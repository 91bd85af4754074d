import { normaliseText } from './fold.ts';
import { synonyms as defaultSynonyms, type SynonymMatcher } from './synonyms.ts';
import { searchTerms } from './terms.ts';

/**
 * What a user typed, read into terms. There are no boolean operators: words are ANDed, text
 * inside double quotes (straight or typographic) is a phrase, `name:word` and `name:"a phrase"`
 * look only inside one named field (`title` is always one), and everything else is just
 * separators. Any synonym variant found becomes a choice between all variants of its group.
 */

export interface Alternative {
  /** `phrase`: the terms adjacent and in this order; `all`: every term, anywhere. */
  kind: 'phrase' | 'all';
  terms: readonly string[];
  /** Only inside this field (lower-case); anywhere in the document when absent. */
  field?: string;
}

/** Matches when any of its alternatives matches. */
export interface Clause {
  alternatives: readonly Alternative[];
}

/** Matches when every clause matches; no clauses means the text held no searchable terms. */
export interface ParsedQuery {
  clauses: readonly Clause[];
}

/** Why a query could not be read; the server answers it with `search_syntax` (400). */
export class QuerySyntaxError extends Error {
  constructor(
    readonly reason: 'unbalanced_quote' | 'unknown_field',
    readonly field?: string,
  ) {
    super(reason === 'unknown_field' ? `Unknown search field "${field ?? ''}"` : 'A quote is not closed');
    this.name = 'QuerySyntaxError';
  }
}

export interface ParseOptions {
  matcher?: SynonymMatcher;
  /** Which field names `name:` may use besides `title`; any name when absent. */
  isField?: (name: string) => boolean;
}

/** The field every document has. */
export const TITLE_FIELD = 'title';


/** Bounds the alternatives one phrase with several abbreviations in it can expand to. */
export const MAX_PHRASE_VARIANTS = 16;

function alternativeKey(alternative: Alternative): string {
  return `${alternative.field ?? ''}:${alternative.kind}:${alternative.terms.join(' ')}`;
}

function clause(alternatives: Alternative[]): Clause {
  const unique = new Map<string, Alternative>();
  for (const alternative of alternatives) {
    const normalised: Alternative = alternative.terms.length === 1 ? { ...alternative, kind: 'phrase' } : alternative;
    unique.set(alternativeKey(normalised), normalised);
  }
  return { alternatives: [...unique.values()] };
}

function plainClauses(terms: readonly string[], matcher: SynonymMatcher): Clause[] {
  const clauses: Clause[] = [];
  for (let i = 0; i < terms.length; ) {
    const match = matcher.matchAt(terms, i);
    if (match) {
      // The words as typed keep their plain meaning (all of them, anywhere); the other variants
      // are phrases, since an abbreviation's expansion only means it when its words stand together.
      const others = match.variants.filter((variant) => variant.join(' ') !== match.found.join(' '));
      clauses.push(clause([{ kind: 'all', terms: match.found }, ...others.map((terms): Alternative => ({ kind: 'phrase', terms }))]));
      i += match.length;
    } else {
      clauses.push(clause([{ kind: 'phrase', terms: [terms[i] as string] }]));
      i += 1;
    }
  }
  return clauses;
}

function phraseClause(terms: readonly string[], matcher: SynonymMatcher, field?: string): Clause {
  let sequences: string[][] = [[]];
  for (let i = 0; i < terms.length; ) {
    const match = matcher.matchAt(terms, i);
    const options = match && sequences.length * match.variants.length <= MAX_PHRASE_VARIANTS ? match.variants : [match ? match.found : [terms[i] as string]];
    sequences = sequences.flatMap((sequence) => options.map((option) => [...sequence, ...option]));
    i += match ? match.length : 1;
  }
  return clause(sequences.map((sequence): Alternative => (field === undefined ? { kind: 'phrase', terms: sequence } : { kind: 'phrase', terms: sequence, field })));
}

const QUOTE_CHARACTERS = '"“”„';
/** A field name followed by a colon and, without a space, the word or quote it scopes. */
const FIELD_PREFIX = /([A-Za-z][A-Za-z0-9]*):(?=["“”„\p{L}\p{N}])/uy;
const TERM_CHARACTER = /[\p{L}\p{N}\p{M}]/u;

interface Segment {
  text: string;
  phrase: boolean;
  field?: string;
}

function closingQuote(text: string, from: number): number {
  for (let i = from; i < text.length; i += 1) {
    if (QUOTE_CHARACTERS.includes(text.charAt(i))) {
      return i;
    }
  }
  throw new QuerySyntaxError('unbalanced_quote');
}

/** Cuts the text into plain runs, phrases and field-scoped words or phrases. */
function segmentsOf(text: string, isField: (name: string) => boolean): Segment[] {
  const segments: Segment[] = [];
  let plainStart = 0;
  const flush = (end: number) => {
    if (end > plainStart) {
      segments.push({ text: text.slice(plainStart, end), phrase: false });
    }
  };
  for (let i = 0; i < text.length; ) {
    if (QUOTE_CHARACTERS.includes(text.charAt(i))) {
      flush(i);
      const close = closingQuote(text, i + 1);
      segments.push({ text: text.slice(i + 1, close), phrase: true });
      i = close + 1;
      plainStart = i;
      continue;
    }
    FIELD_PREFIX.lastIndex = i;
    const prefix = i === 0 || !TERM_CHARACTER.test(text.charAt(i - 1)) ? FIELD_PREFIX.exec(text) : null;
    if (!prefix) {
      i += 1;
      continue;
    }
    flush(i);
    const field = (prefix[1] as string).toLowerCase();
    if (field !== TITLE_FIELD && !isField(field)) {
      throw new QuerySyntaxError('unknown_field', field);
    }
    let at = i + prefix[0].length;
    if (QUOTE_CHARACTERS.includes(text.charAt(at))) {
      const close = closingQuote(text, at + 1);
      segments.push({ text: text.slice(at + 1, close), phrase: true, field });
      at = close + 1;
    } else {
      const end = text.slice(at).search(/[\s"“”„]/u);
      const stop = end === -1 ? text.length : at + end;
      // `title:đấu-thầu` keeps its parts together, as the same text in quotes would.
      segments.push({ text: text.slice(at, stop), phrase: true, field });
      at = stop;
    }
    i = at;
    plainStart = at;
  }
  flush(text.length);
  return segments;
}

/** Reads query text; throws `QuerySyntaxError` for an unclosed quote or a field `isField` refuses. */
export function parseQuery(text: string, options: ParseOptions = {}): ParsedQuery {
  const matcher = options.matcher ?? defaultSynonyms;
  const clauses: Clause[] = [];
  for (const segment of segmentsOf(normaliseText(text), options.isField ?? (() => true))) {
    const terms = searchTerms(segment.text);
    if (terms.length === 0) {
      continue;
    }
    if (segment.phrase) {
      clauses.push(phraseClause(terms, matcher, segment.field));
    } else {
      clauses.push(...plainClauses(terms, matcher));
    }
  }
  const unique = new Map<string, Clause>();
  for (const item of clauses) {
    unique.set(item.alternatives.map(alternativeKey).sort().join('|'), item);
  }
  return { clauses: [...unique.values()] };
}

/** Term sequences to mark in a matching document: whole phrases, and single terms of `all` alternatives. */
export function highlightPatterns(query: ParsedQuery): string[][] {
  const patterns = new Map<string, string[]>();
  for (const item of query.clauses) {
    for (const alternative of item.alternatives) {
      const parts = alternative.kind === 'phrase' ? [[...alternative.terms]] : alternative.terms.map((term) => [term]);
      for (const part of parts) {
        patterns.set(part.join(' '), part);
      }
    }
  }
  return [...patterns.values()];
}
