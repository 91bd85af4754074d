import type {
  ContributorRole,
  CurationEvent,
  LibraryAccessLevel,
  LibraryFileRole,
  LibraryRecordStatus,
  LibraryRecordType,
  TextStatus,
} from '../../../common/contracts/library.ts';

export interface LibraryRecordsTable {
  id: string;
  type: LibraryRecordType;
  status: LibraryRecordStatus;
  access_level: LibraryAccessLevel;
  /** yyyy-mm-dd; until then the record is searchable only by those who may read restricted records. */
  embargo_until: string | null;
  title: string;
  title_en: string | null;
  abstract: string | null;
  /** JSON array of strings. */
  keywords: string;
  language: string;
  licence: string | null;
  issued_year: number | null;
  issued_date: string | null;
  publisher: string | null;
  /** Thematic area a–g of the key provincial programs (seed §II.2.3). */
  program_area: string | null;
  program_id: string | null;
  task_code: string | null;
  doi: string | null;
  isbn: string | null;
  patent_no: string | null;
  /** National result number (`KQ015440`). */
  result_no: string | null;
  /** JSON: the type's own fields, validated by its schema in common/contracts/library.ts. */
  details: string;
  /** Key of the record in the system it was imported from; imports are idempotent by it. */
  external_id: string | null;
  jurisdiction_id: string;
  organisation_id: string | null;
  depositor_id: string | null;
  version: number;
  submitted_at: string | null;
  published_at: string | null;
  withdrawn_at: string | null;
  withdrawal_reason: string | null;
  view_count: number;
  download_count: number;
  created_at: string;
  /** Moves with every change, so it doubles as the OAI-PMH datestamp. */
  updated_at: string;
}

export interface LibraryRecordFieldsTable {
  record_id: string;
  field_code: string;
  sort_order: number;
}

export interface LibraryContributorsTable {
  id: string;
  record_id: string;
  ordinal: number;
  role: ContributorRole;
  person_id: string | null;
  name: string;
  organisation_id: string | null;
  affiliation: string | null;
}

export interface LibraryFilesTable {
  id: string;
  record_id: string;
  file_id: string;
  role: LibraryFileRole;
  ordinal: number;
  text_status: TextStatus;
  text_error: string | null;
  pages: number | null;
  extracted_chars: number | null;
  extracted_text: string | null;
  extracted_at: string | null;
  created_at: string;
  updated_at: string;
}

export interface LibraryRecordVersionsTable {
  id: string;
  record_id: string;
  version: number;
  /** JSON: the record's metadata as it stood at this version. */
  snapshot: string;
  note: string | null;
  actor_id: string | null;
  created_at: string;
}

export interface LibraryCurationEventsTable {
  id: string;
  record_id: string;
  event: CurationEvent;
  from_status: LibraryRecordStatus | null;
  to_status: LibraryRecordStatus;
  comment: string | null;
  actor_id: string | null;
  created_at: string;
}

declare module '../../platform/db/database.ts' {
  interface Database {
    library_records: LibraryRecordsTable;
    library_record_fields: LibraryRecordFieldsTable;
    library_contributors: LibraryContributorsTable;
    library_files: LibraryFilesTable;
    library_record_versions: LibraryRecordVersionsTable;
    library_curation_events: LibraryCurationEventsTable;
  }
}
