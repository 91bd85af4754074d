import type { Executor } from '../../platform/db/client.ts';
import type { SearchDocument, SearchIndex } from '../../platform/search/types.ts';
import { fromJson } from '../../platform/db/json.ts';
import { contributorName, loadBundles, loadRefs, type BundleRefs, type RecordBundle } from './library.bundle.ts';
import { searchVisibility } from './library.policy.ts';
import type { RecordRow } from './library.repository.ts';

export const LIBRARY_RESOURCE = 'library';

/** Text of all files a record's document carries; the rest of a huge report adds little to ranking. */
const MAX_BODY_CHARS = 2_000_000;

/** Field codes with every ancestor, so browsing a top-level field counts the records of its subfields. */
function fieldsWithAncestors(codes: readonly string[], refs: BundleRefs): string[] {
  const out = new Set<string>();
  for (const code of codes) {
    let current: string | null | undefined = code;
    while (current && !out.has(current)) {
      out.add(current);
      current = refs.fields.get(current)?.parent_code;
    }
  }
  return [...out];
}

export function recordDocument(bundle: RecordBundle, refs: BundleRefs): SearchDocument | null {
  const { row } = bundle;
  const visibility = searchVisibility(row);
  if (!visibility) {
    return null;
  }
  const keywords = fromJson<string[]>(row.keywords, []);
  const authors = bundle.contributors.map((contributor) => contributorName(contributor, refs));
  const organisationIds = [...new Set([row.organisation_id, ...bundle.contributors.map((c) => c.organisation_id)].filter((id): id is string => id !== null))];
  const organisationNames = organisationIds.flatMap((id) => {
    const organisation = refs.organisations.get(id);
    return organisation ? [organisation.name_vi, ...(organisation.abbreviation ? [organisation.abbreviation] : [])] : [];
  });
  const identifiers = [row.doi, row.isbn, row.patent_no, row.result_no, row.task_code].filter((value): value is string => value !== null);
  const fileText = bundle.files.flatMap((file) => (file.text_status === 'extracted' && file.extracted_text ? [file.extracted_text] : []));
  const body = [row.title_en, row.abstract, keywords.join('; '), ...fileText].filter(Boolean).join('\n\n').slice(0, MAX_BODY_CHARS);
  const fields: Record<string, string> = {
    author: authors.join('; '),
    keyword: keywords.join('; '),
    identifier: identifiers.join(' '),
    abstract: row.abstract ?? '',
    publisher: row.publisher ?? '',
    organisation: organisationNames.join('; '),
  };
  return {
    resource: LIBRARY_RESOURCE,
    id: row.id,
    jurisdictionPath: bundle.place.jurisdictionPath,
    visibility,
    title: row.title,
    body,
    fields: Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== '')),
    facets: {
      type: [row.type],
      year: row.issued_year !== null ? [String(row.issued_year)] : [],
      field: fieldsWithAncestors(bundle.fieldCodes, refs),
      organisation: organisationIds,
      program_area: row.program_area ? [row.program_area] : [],
      access: [row.access_level],
    },
    date: row.issued_date ?? (row.issued_year !== null ? `${row.issued_year}-01-01` : undefined),
    updatedAt: row.updated_at,
  };
}

/**
 * Brings the index in line with the records: published ones are (re)indexed with their files'
 * text, everything else is taken out. Call it in the transaction that changed them.
 */
export async function indexRecords(executor: Executor, search: SearchIndex, rows: readonly RecordRow[]): Promise<void> {
  if (rows.length === 0) {
    return;
  }
  const bundles = await loadBundles(executor, rows, { withText: true });
  const refs = await loadRefs(executor, bundles);
  const documents: SearchDocument[] = [];
  const removed: string[] = [];
  for (const bundle of bundles) {
    const document = recordDocument(bundle, refs);
    if (document) {
      documents.push(document);
    } else {
      removed.push(bundle.row.id);
    }
  }
  if (documents.length > 0) {
    await search.upsert(executor, documents);
  }
  if (removed.length > 0) {
    await search.remove(executor, LIBRARY_RESOURCE, removed);
  }
}
