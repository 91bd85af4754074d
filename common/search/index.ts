export { foldText, foldWithOffsets, normaliseText, type FoldedText } from './fold.ts';
export { MAX_TERM_LENGTH, isTerm, searchTerms, termSpans, type TermSpan } from './terms.ts';
export { SYNONYM_GROUPS, createSynonymMatcher, synonyms, type SynonymMatch, type SynonymMatcher } from './synonyms.ts';
export { MAX_PHRASE_VARIANTS, highlightPatterns, parseQuery, type Alternative, type Clause, type ParsedQuery } from './query.ts';
