import { normaliseText } from '../../../common/search/fold.ts';
import { TITLE_FIELD } from '../../../common/search/query.ts';
import { searchTerms } from '../../../common/search/terms.ts';
import type { SearchDocument, SearchVisibility } from './types.ts';

/**
 * Caps on what is indexed, the same on both databases. PostgreSQL positions stop at 16383, so
 * title, body (with the fields' words) and field tokens together stay below it (phrases past the
 * cap would otherwise match wrongly).
 */
export const MAX_TITLE_TERMS = 256;
export const MAX_BODY_TERMS = 15_000;
export const MAX_FIELD_TOKENS = 1_000;

const VISIBILITIES: readonly SearchVisibility[] = ['public', 'authenticated', 'internal'];
export const FIELD_NAME = /^[a-z][a-z0-9]{0,23}$/;
const DATE = /^\d{4}-\d{2}-\d{2}(T[\d:.]+Z)?$/;

/** A document checked, normalised and split into the terms both backends index. */
export interface IndexedDocument {
  resource: string;
  id: string;
  jurisdictionPath: string;
  visibility: SearchVisibility;
  title: string;
  body: string;
  fields: Record<string, string>;
  facets: Record<string, string[]>;
  date: string | null;
  updatedAt: string;
  titleTerms: string[];
  bodyTerms: string[];
  fieldTokens: string[];
}

/**
 * A field's term as one index token that no plain term equals in practice and no other field's
 * token can: the name's length, the name, then the term (`f6author` + `nguyen`).
 */
export function fieldToken(field: string, term: string): string {
  return `f${field.length}${field}${term}`;
}

export interface IndexTerms {
  titleTerms: string[];
  /** The body's terms, then the fields' terms, so plain words find text in any field. */
  bodyTerms: string[];
  /** Every field's terms as field tokens, field after field, for `name:` queries. */
  fieldTokens: string[];
}

/** The terms a stored document is indexed under (also used when rebuilding the index). */
export function indexTerms(title: string, body: string, fields: Readonly<Record<string, string>> = {}): IndexTerms {
  const bodyTerms = searchTerms(body);
  const fieldTokens: string[] = [];
  for (const [name, value] of Object.entries(fields)) {
    const terms = searchTerms(value);
    bodyTerms.push(...terms);
    fieldTokens.push(...terms.map((term) => fieldToken(name, term)));
  }
  return {
    titleTerms: searchTerms(title).slice(0, MAX_TITLE_TERMS),
    bodyTerms: bodyTerms.slice(0, MAX_BODY_TERMS),
    fieldTokens: fieldTokens.slice(0, MAX_FIELD_TOKENS),
  };
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

function cleanFields(document: SearchDocument): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const [written, value] of Object.entries(document.fields ?? {})) {
    const name = written.toLowerCase();
    if (!FIELD_NAME.test(name) || name === TITLE_FIELD) {
      fail(document, `field "${written}" must be named with up to 24 ASCII letters and digits, and not be "${TITLE_FIELD}"`);
    }
    if (typeof value !== 'string') {
      fail(document, `field "${written}" must be text`);
    }
    const text = normaliseText(value);
    if (text.trim().length > 0) {
      fields[name] = text;
    }
  }
  return fields;
}

function prepare(document: SearchDocument): IndexedDocument {
  if (typeof document.resource !== 'string' || document.resource.length === 0) {
    fail(document, 'resource is required');
  }
  if (typeof document.id !== 'string' || document.id.length === 0) {
    fail(document, 'id is required');
  }
  if (!VISIBILITIES.includes(document.visibility)) {
    fail(document, `visibility must be one of ${VISIBILITIES.join(', ')}`);
  }
  if (document.date !== undefined && (typeof document.date !== 'string' || !DATE.test(document.date))) {
    fail(document, 'date must be yyyy-mm-dd or an ISO UTC time');
  }
  if (typeof document.jurisdictionPath !== 'string' || typeof document.updatedAt !== 'string') {
    fail(document, 'jurisdictionPath and updatedAt are required');
  }
  if (typeof document.title !== 'string' || typeof document.body !== 'string') {
    fail(document, 'title and body must be text');
  }
  const title = normaliseText(document.title);
  const body = normaliseText(document.body);
  const fields = cleanFields(document);
  return {
    ...indexTerms(title, body, fields),
    resource: document.resource,
    id: document.id,
    jurisdictionPath: document.jurisdictionPath,
    visibility: document.visibility,
    title,
    body,
    fields,
    facets: cleanFacets(document),
    date: document.date ?? null,
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
