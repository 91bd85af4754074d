import type { OrganisationKind } from '../../../common/contracts/directory.ts';
import type {
  LibraryLanguage,
  Licence,
  ProgramArea,
  TLibraryFile,
  TLibraryRecord,
  TLibraryRecordSummary,
} from '../../../common/contracts/library.ts';
import { t } from '../../../common/i18n/index.ts';
import type { Locale } from '../../../common/i18n/locale.ts';
import { fromJson } from '../../platform/db/json.ts';
import { contributorName, type BundleRefs, type RecordBundle } from './library.bundle.ts';
import type { ContributorRow, LibraryFileRow } from './library.repository.ts';

const BASE = '/api/v1/library';

export function organisationRef(refs: Pick<BundleRefs, 'organisations'>, id: string | null) {
  const row = id ? refs.organisations.get(id) : undefined;
  return row ? { id: row.id, kind: row.kind as OrganisationKind, nameVi: row.name_vi, abbreviation: row.abbreviation } : null;
}

export function presentFile(file: LibraryFileRow, refs: Pick<BundleRefs, 'storedFiles'>, locale: Locale, showErrors: boolean): TLibraryFile {
  const stored = refs.storedFiles.get(file.file_id);
  return {
    id: file.id,
    fileId: file.file_id,
    fileName: stored?.file_name ?? '',
    mediaType: stored?.media_type ?? '',
    size: stored?.size ?? 0,
    role: file.role,
    textStatus: file.text_status,
    textError: showErrors && file.text_error ? t(locale, `library.textErrors.${file.text_error}`) : null,
    pages: file.pages,
    extractedChars: file.extracted_chars,
    downloadUrl: `${BASE}/records/${file.record_id}/files/${file.id}`,
  };
}

function presentContributor(contributor: ContributorRow, refs: BundleRefs) {
  const person = contributor.person_id ? refs.people.get(contributor.person_id) : undefined;
  return {
    ordinal: contributor.ordinal,
    role: contributor.role,
    name: contributorName(contributor, refs),
    person: person ? { id: person.id, fullName: person.full_name } : null,
    organisation: organisationRef(refs, contributor.organisation_id),
    affiliation: contributor.affiliation,
  };
}

export interface Permissions {
  edit: boolean;
  submit: boolean;
  curate: boolean;
  withdraw: boolean;
  /** Depositors and curators see why a file's text could not be read. */
  seeErrors: boolean;
}

/**
 * The full record. A tombstone keeps what identifies the work (title, authors, identifiers) and
 * why it was withdrawn; its abstract and files are gone for everyone but curators.
 */
export function presentRecord(bundle: RecordBundle, refs: BundleRefs, locale: Locale, permissions: Permissions): TLibraryRecord {
  const { row } = bundle;
  const tombstone = row.status === 'withdrawn' && !permissions.curate;
  const program = row.program_id ? refs.programs.get(row.program_id) : undefined;
  return {
    id: row.id,
    type: row.type,
    status: row.status,
    accessLevel: row.access_level,
    embargoUntil: row.embargo_until,
    title: row.title,
    titleEn: row.title_en,
    abstract: tombstone ? null : row.abstract,
    keywords: fromJson<string[]>(row.keywords, []),
    language: row.language as LibraryLanguage,
    licence: row.licence as Licence | null,
    issuedYear: row.issued_year,
    issuedDate: row.issued_date,
    publisher: row.publisher,
    fields: bundle.fieldCodes.flatMap((code) => {
      const field = refs.fields.get(code);
      return field ? [{ code, nameVi: field.name_vi, nameEn: field.name_en }] : [];
    }),
    programArea: row.program_area as ProgramArea | null,
    program: program ? { id: program.id, code: program.code, title: program.title } : null,
    taskCode: row.task_code,
    identifiers: { doi: row.doi, isbn: row.isbn, patentNo: row.patent_no, resultNo: row.result_no },
    details: tombstone ? {} : fromJson<Record<string, unknown>>(row.details, {}),
    externalId: row.external_id,
    jurisdictionId: row.jurisdiction_id,
    organisation: organisationRef(refs, row.organisation_id),
    contributors: bundle.contributors.map((contributor) => presentContributor(contributor, refs)),
    files: tombstone ? [] : bundle.files.map((file) => presentFile(file, refs, locale, permissions.seeErrors)),
    depositorId: permissions.seeErrors ? row.depositor_id : null,
    version: row.version,
    submittedAt: row.submitted_at,
    publishedAt: row.published_at,
    withdrawnAt: row.withdrawn_at,
    withdrawalReason: row.withdrawal_reason,
    viewCount: row.view_count,
    downloadCount: row.download_count,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    can: { edit: permissions.edit, submit: permissions.submit, curate: permissions.curate, withdraw: permissions.withdraw },
  };
}

export function presentSummary(bundle: RecordBundle, refs: BundleRefs, failedFiles: number): TLibraryRecordSummary {
  const { row } = bundle;
  return {
    id: row.id,
    type: row.type,
    status: row.status,
    accessLevel: row.access_level,
    embargoUntil: row.embargo_until,
    title: row.title,
    issuedYear: row.issued_year,
    authors: bundle.contributors.map((contributor) => contributorName(contributor, refs)),
    organisation: organisationRef(refs, row.organisation_id),
    version: row.version,
    updatedAt: row.updated_at,
    publishedAt: row.published_at,
    failedFiles,
  };
}
