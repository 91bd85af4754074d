import { normaliseText } from '../../../common/search/fold.ts';
import { searchTerms } from '../../../common/search/terms.ts';
import type { SearchDocument } from './types.ts';

/**
 * Caps on what is indexed, the same on both databases. PostgreSQL positions stop at 16383, so
 * title and body together stay below it (phrases past the cap would otherwise match wrongly).
 */
export const MAX_TITLE_TERMS = 256;
export const MAX_BODY_TERMS = 16_000;

/** A document checked, normalised and split into the terms both backends index. */
export interface IndexedDocument {
  resource: string;
  id: string;
  jurisdictionPath: string;
  visibility: 'public' | 'internal';
  title: string;
  body: string;
  facets: Record<string, string[]>;
  updatedAt: string;
  titleTerms: string[];
  bodyTerms: string[];
}

/** The terms a stored title and body are indexed under (also used when rebuilding the index). */
export function indexTerms(title: string, body: string): { titleTerms: string[]; bodyTerms: string[] } {
  return { titleTerms: searchTerms(title).slice(0, MAX_TITLE_TERMS), bodyTerms: searchTerms(body).slice(0, MAX_BODY_TERMS) };
}

function fail(document: SearchDocument, problem: string): never {
  // Documents come from modules, not from users: a bad one is a programming error.
  throw new TypeError(`Search document ${String(document.resource)}/${String(document.id)}: ${problem}`);
}

function cleanFacets(document: SearchDocument): Record<string, string[]> {
  const facets: Record<string, string[]> = {};
  for (const [name, values] of Object.entries(document.facets)) {
    if (name.length === 0 || !Array.isArray(values) || values.some((value) => typeof value !== 'string')) {
      fail(document, `facet "${name}" must have a name and a list of strings`);
    }
    const cleaned = [...new Set(values.map(normaliseText).filter((value) => value.length > 0))];
    if (cleaned.length > 0) {
      facets[normaliseText(name)] = cleaned;
    }
  }
  return facets;
}

function prepare(document: SearchDocument): IndexedDocument {
  if (typeof document.resource !== 'string' || document.resource.length === 0) {
    fail(document, 'resource is required');
  }
  if (typeof document.id !== 'string' || document.id.length === 0) {
    fail(document, 'id is required');
  }
  if (document.visibility !== 'public' && document.visibility !== 'internal') {
    fail(document, 'visibility must be public or internal');
  }
  if (typeof document.jurisdictionPath !== 'string' || typeof document.updatedAt !== 'string') {
    fail(document, 'jurisdictionPath and updatedAt are required');
  }
  if (typeof document.title !== 'string' || typeof document.body !== 'string') {
    fail(document, 'title and body must be text');
  }
  const title = normaliseText(document.title);
  const body = normaliseText(document.body);
  return {
    ...indexTerms(title, body),
    resource: document.resource,
    id: document.id,
    jurisdictionPath: document.jurisdictionPath,
    visibility: document.visibility,
    title,
    body,
    facets: cleanFacets(document),
    updatedAt: document.updatedAt,
  };
}

export function documentKey(resource: string, id: string): string {
  return `${resource}\u0000${id}`;
}

/**
 * Checks and prepares a batch; when the same document appears twice, the later one wins. The
 * result is in key order, so concurrent writers lock rows in the same order and cannot deadlock.
 */
export function prepareDocuments(documents: readonly SearchDocument[]): IndexedDocument[] {
  const byKey = new Map<string, IndexedDocument>();
  for (const document of documents) {
    const prepared = prepare(document);
    byKey.set(documentKey(prepared.resource, prepared.id), prepared);
  }
  return [...byKey.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, prepared]) => prepared);
}

export function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) {
    out.push(items.slice(i, i + size));
  }
  return out;
}
