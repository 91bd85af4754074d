import { normaliseText } from './fold.ts';
import { synonyms as defaultSynonyms, type SynonymMatcher } from './synonyms.ts';
import { searchTerms } from './terms.ts';

/**
 * What a user typed, read into terms. There are no operators: words are ANDed, text inside double
 * quotes (straight or typographic) is a phrase, and everything else is just separators. Any
 * synonym variant found becomes a choice between all variants of its group.
 */
export interface Alternative {
  /** `phrase`: the terms adjacent and in this order; `all`: every term, anywhere. */
  kind: 'phrase' | 'all';
  terms: readonly string[];
}

/** Matches when any of its alternatives matches. */
export interface Clause {
  alternatives: readonly Alternative[];
}

/** Matches when every clause matches; no clauses means the text held no searchable terms. */
export interface ParsedQuery {
  clauses: readonly Clause[];
}

const QUOTES = /["“”„]/;

/** Bounds the alternatives one phrase with several abbreviations in it can expand to. */
export const MAX_PHRASE_VARIANTS = 16;

function alternativeKey(alternative: Alternative): string {
  return `${alternative.kind}:${alternative.terms.join(' ')}`;
}

function clause(alternatives: Alternative[]): Clause {
  const unique = new Map<string, Alternative>();
  for (const alternative of alternatives) {
    const normalised: Alternative = alternative.terms.length === 1 ? { kind: 'phrase', terms: alternative.terms } : alternative;
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

function phraseClause(terms: readonly string[], matcher: SynonymMatcher): Clause {
  let sequences: string[][] = [[]];
  for (let i = 0; i < terms.length; ) {
    const match = matcher.matchAt(terms, i);
    const options = match && sequences.length * match.variants.length <= MAX_PHRASE_VARIANTS ? match.variants : [match ? match.found : [terms[i] as string]];
    sequences = sequences.flatMap((sequence) => options.map((option) => [...sequence, ...option]));
    i += match ? match.length : 1;
  }
  return clause(sequences.map((sequence): Alternative => ({ kind: 'phrase', terms: sequence })));
}

export function parseQuery(text: string, matcher: SynonymMatcher = defaultSynonyms): ParsedQuery {
  const segments = normaliseText(text).split(QUOTES);
  const clauses: Clause[] = [];
  segments.forEach((segment, index) => {
    const terms = searchTerms(segment);
    if (terms.length === 0) {
      return;
    }
    // Odd segments lie between quotes; an unclosed quote still makes the rest a phrase.
    if (index % 2 === 1) {
      clauses.push(phraseClause(terms, matcher));
    } else {
      clauses.push(...plainClauses(terms, matcher));
    }
  });
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
