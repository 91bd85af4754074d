import { t } from '../../../common/i18n/index.ts';
import type { Executor } from '../../platform/db/client.ts';
import type { SearchDocument, SearchIndex } from '../../platform/search/types.ts';
import { fieldsByCodes, jurisdictionsByIds, type FieldRow, type JurisdictionRow } from './jurisdictions.repository.ts';
import { idsOfPath, organisationsByIds, type OrganisationRow } from './organisations.repository.ts';
import { fieldCodesOf, type PersonRow } from './people.repository.ts';

export const ORGANISATION_RESOURCE = 'organisation';
export const PERSON_RESOURCE = 'person';

function lines(parts: readonly (string | null | undefined)[]): string {
  return parts.filter((part): part is string => typeof part === 'string' && part.length > 0).join('\n');
}

/** A field code and the codes above it: filtering on `4` finds people filed under `401`. */
function withAncestors(code: string): string[] {
  const out = [code];
  if (code.length === 5) {
    out.push(code.slice(0, 3));
  }
  if (code.length >= 3) {
    out.push(code.slice(0, 1));
  }
  return out;
}

export function organisationDocument(row: OrganisationRow, jurisdiction: JurisdictionRow): SearchDocument {
  return {
    resource: ORGANISATION_RESOURCE,
    id: row.id,
    jurisdictionPath: jurisdiction.path,
    visibility: 'public',
    title: row.name_vi,
    body: lines([
      row.abbreviation,
      row.name_en,
      t('vi', `directory.organisationKinds.${row.kind}`),
      t('en', `directory.organisationKinds.${row.kind}`),
      row.address,
      `${jurisdiction.kind_label} ${jurisdiction.name}`,
    ]),
    facets: { kind: [row.kind], jurisdiction: idsOfPath(jurisdiction.path) },
    updatedAt: row.updated_at,
  };
}

/** The public profile only: contact details and birth data never enter the index. */
export function personDocument(
  row: PersonRow,
  jurisdiction: JurisdictionRow,
  organisation: OrganisationRow | undefined,
  fields: readonly FieldRow[],
): SearchDocument {
  return {
    resource: PERSON_RESOURCE,
    id: row.id,
    jurisdictionPath: jurisdiction.path,
    visibility: 'public',
    title: row.full_name,
    body: lines([
      row.academic_title ? t('vi', `directory.academicTitles.${row.academic_title}`) : null,
      row.degree ? t('vi', `directory.degrees.${row.degree}`) : null,
      row.position,
      organisation?.name_vi,
      organisation?.abbreviation,
      ...fields.flatMap((field) => [field.name_vi, field.name_en]),
      row.orcid,
    ]),
    facets: {
      degree: row.degree ? [row.degree] : [],
      field: [...new Set(fields.flatMap((field) => withAncestors(field.code)))],
      jurisdiction: idsOfPath(jurisdiction.path),
      ...(organisation ? { organisation: [organisation.id] } : {}),
    },
    updatedAt: row.updated_at,
  };
}

/** Re-indexes organisations inside the caller's transaction. */
export async function indexOrganisations(search: SearchIndex, executor: Executor, rows: readonly OrganisationRow[]): Promise<void> {
  if (rows.length === 0) {
    return;
  }
  const jurisdictions = await jurisdictionsByIds(executor, rows.map((row) => row.jurisdiction_id));
  const documents = rows.flatMap((row) => {
    const jurisdiction = jurisdictions.get(row.jurisdiction_id);
    return jurisdiction ? [organisationDocument(row, jurisdiction)] : [];
  });
  await search.upsert(executor, documents);
}

/** Re-indexes people inside the caller's transaction, reading their fields and organisations. */
export async function indexPeople(search: SearchIndex, executor: Executor, rows: readonly PersonRow[]): Promise<void> {
  if (rows.length === 0) {
    return;
  }
  const [jurisdictions, organisations, codes] = await Promise.all([
    jurisdictionsByIds(executor, rows.map((row) => row.jurisdiction_id)),
    organisationsByIds(executor, rows.flatMap((row) => (row.organisation_id ? [row.organisation_id] : []))),
    fieldCodesOf(executor, rows.map((row) => row.id)),
  ]);
  const fields = await fieldsByCodes(executor, [...codes.values()].flat());
  const documents = rows.flatMap((row) => {
    const jurisdiction = jurisdictions.get(row.jurisdiction_id);
    if (!jurisdiction) {
      return [];
    }
    const own = (codes.get(row.id) ?? []).flatMap((code) => {
      const field = fields.get(code);
      return field ? [field] : [];
    });
    return [personDocument(row, jurisdiction, row.organisation_id ? organisations.get(row.organisation_id) : undefined, own)];
  });
  await search.upsert(executor, documents);
}
