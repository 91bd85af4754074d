import { z } from 'zod';
import { ZIsoDate, ZOrganisationRef, ZPersonRef } from './directory.ts';
import { optionalText, paged, requiredText, text } from './text.ts';

/**
 * Vocabulary and DTOs of the electronic S&T library (seed §II.3), shared by the server and the web
 * app. Labels of every value live in `library.*` of the catalogs.
 */
export const LIBRARY_RECORD_TYPES = [
  'task_result',
  'article',
  'book',
  'thesis',
  'patent',
  'industrial_design',
  'plant_variety',
  'standard',
  'dataset',
  'software',
  'technology',
] as const;
export type LibraryRecordType = (typeof LIBRARY_RECORD_TYPES)[number];

/**
 * draft → submitted → (changes_requested → submitted)* → published → withdrawn. A published record
 * edited by a curator stays published with a new version.
 */
export const LIBRARY_RECORD_STATUSES = ['draft', 'submitted', 'changes_requested', 'published', 'withdrawn'] as const;
export type LibraryRecordStatus = (typeof LIBRARY_RECORD_STATUSES)[number];

/** `registered`: any signed-in user; `restricted`: holders of library.read_restricted in the record's jurisdiction. */
export const LIBRARY_ACCESS_LEVELS = ['public', 'registered', 'restricted'] as const;
export type LibraryAccessLevel = (typeof LIBRARY_ACCESS_LEVELS)[number];

/** The seven thematic areas of the key provincial S&T programs (seed §II.2.3 a–g). */
export const PROGRAM_AREAS = ['a', 'b', 'c', 'd', 'e', 'f', 'g'] as const;
export type ProgramArea = (typeof PROGRAM_AREAS)[number];

export const CONTRIBUTOR_ROLES = ['author', 'editor', 'principal_investigator', 'inventor', 'breeder', 'supervisor', 'contributor'] as const;
export type ContributorRole = (typeof CONTRIBUTOR_ROLES)[number];

export const LIBRARY_FILE_ROLES = ['main', 'supplementary'] as const;
export type LibraryFileRole = (typeof LIBRARY_FILE_ROLES)[number];

export const TEXT_STATUSES = ['pending', 'extracted', 'failed', 'skipped'] as const;
export type TextStatus = (typeof TEXT_STATUSES)[number];

export const CURATION_EVENTS = [
  'created',
  'edited',
  'submitted',
  'changes_requested',
  'published',
  'withdrawn',
  'file_added',
  'file_removed',
  'imported',
] as const;
export type CurationEvent = (typeof CURATION_EVENTS)[number];

/** ISO 639-1 codes of the languages S&T works in the province are written in. */
export const LIBRARY_LANGUAGES = ['vi', 'en', 'fr', 'ru', 'zh', 'ja', 'ko', 'de', 'lo', 'km'] as const;
export type LibraryLanguage = (typeof LIBRARY_LANGUAGES)[number];

export const LICENCES = [
  'cc-by-4.0',
  'cc-by-sa-4.0',
  'cc-by-nc-4.0',
  'cc-by-nc-nd-4.0',
  'cc0-1.0',
  'all-rights-reserved',
  'government-work',
] as const;
export type Licence = (typeof LICENCES)[number];

/** Media types a record's files may have; the content decides, never the name or the browser. */
export const LIBRARY_FILE_MEDIA_TYPES = [
  'application/pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
] as const;

// Identifiers -------------------------------------------------------------------------------

/** ISBN-10 or ISBN-13 with its check digit; hyphens and spaces are dropped. */
export function isValidIsbn(value: string): boolean {
  if (/^\d{13}$/.test(value)) {
    const total = [...value].reduce((sum, char, index) => sum + Number(char) * (index % 2 === 0 ? 1 : 3), 0);
    return total % 10 === 0;
  }
  if (/^\d{9}[\dX]$/.test(value)) {
    const total = [...value].reduce((sum, char, index) => sum + (char === 'X' ? 10 : Number(char)) * (10 - index), 0);
    return total % 11 === 0;
  }
  return false;
}

const DOI_PREFIX = /^(https?:\/\/)?(dx\.)?doi\.org\/|^doi:\s*/i;

/** A DOI in its bare form (`10.1234/abc`); URL and `doi:` forms are accepted and reduced. */
export const ZDoi = z
  .string()
  .trim()
  .transform((value) => value.replace(DOI_PREFIX, ''))
  .refine((value) => /^10\.\d{4,9}\/\S{1,200}$/.test(value), { message: 'doi_invalid' });

export const ZIsbn = z
  .string()
  .trim()
  .transform((value) => value.replace(/[\s-]/g, '').toUpperCase())
  .refine(isValidIsbn, { message: 'isbn_invalid' });

/** National result number of the S&T results database, e.g. `KQ015440`. */
export const ZResultNo = z
  .string()
  .trim()
  .transform((value) => value.toUpperCase())
  .refine((value) => /^KQ\d{6}$/.test(value), { message: 'result_no_invalid' });

/** Patent, utility-solution, design or variety-protection numbers as the certificate prints them (`1-0012345`). */
export const ZPatentNo = z
  .string()
  .trim()
  .refine((value) => /^[\p{L}\d][\p{L}\d./ -]{1,39}$/u.test(value), { message: 'patent_no_invalid' });

/** An optional value where an empty string (a blank form field or spreadsheet cell) means "none". */
const nullable = <T extends z.ZodType>(schema: T) =>
  z
    .preprocess((value) => (value === '' ? null : value), schema.nullish())
    .transform((value): z.output<T> | null => (value === undefined ? null : value));

const url = () => z.url({ protocol: /^https?$/ }).max(500);

export const ZIdentifiers = z.object({
  doi: nullable(ZDoi),
  isbn: nullable(ZIsbn),
  patentNo: nullable(ZPatentNo),
  resultNo: nullable(ZResultNo),
});
export type TIdentifiers = z.infer<typeof ZIdentifiers>;

// Type-specific details -----------------------------------------------------------------------

const currentYear = new Date().getUTCFullYear();

export const TASK_LEVELS = ['national', 'ministerial', 'provincial', 'grassroots'] as const;
export const ACCEPTANCE_GRADES = ['excellent', 'pass', 'fail'] as const;
export const THESIS_DEGREES = ['bachelor', 'master', 'doctor'] as const;
export const PATENT_KINDS = ['invention', 'utility_solution'] as const;
export const STANDARD_KINDS = ['tcvn', 'qcvn', 'tccs', 'qcdp', 'other'] as const;

const ZTaskResultDetails = z.object({
  taskLevel: z.enum(TASK_LEVELS),
  startDate: nullable(ZIsoDate),
  endDate: nullable(ZIsoDate),
  fundingVnd: nullable(z.number().int().min(0).max(1e13)),
  acceptanceDate: nullable(ZIsoDate),
  acceptanceGrade: nullable(z.enum(ACCEPTANCE_GRADES)),
  /** Number of the results-registration certificate (Giấy chứng nhận đăng ký kết quả). */
  registrationNo: optionalText(60),
  archiveNo: optionalText(60),
});

const ZArticleDetails = z.object({
  journal: requiredText(300),
  issn: nullable(z.string().trim().regex(/^\d{4}-\d{3}[\dX]$/, 'issn_invalid')),
  volume: optionalText(20),
  issue: optionalText(20),
  pages: optionalText(20),
  peerReviewed: z.boolean().default(true),
});

const ZBookDetails = z.object({
  edition: optionalText(40),
  pageCount: nullable(z.number().int().min(1).max(20_000)),
  series: optionalText(200),
  placeOfPublication: optionalText(120),
});

const ZThesisDetails = z.object({
  degree: z.enum(THESIS_DEGREES),
  institution: requiredText(300),
  supervisors: optionalText(300),
  defenceDate: nullable(ZIsoDate),
  speciality: optionalText(200),
  specialityCode: optionalText(20),
});

const ZIpDates = {
  applicationNo: optionalText(40),
  filingDate: nullable(ZIsoDate),
  grantDate: nullable(ZIsoDate),
  holder: optionalText(300),
};

const ZPatentDetails = z.object({
  kind: z.enum(PATENT_KINDS),
  ...ZIpDates,
  ipcClasses: z.array(z.string().trim().regex(/^[A-H]\d{2}[A-Z](\s?\d{1,4}\/\d{1,6})?$/, 'ipc_invalid')).max(20).default([]),
});

const ZIndustrialDesignDetails = z.object({
  ...ZIpDates,
  locarnoClass: nullable(z.string().trim().regex(/^\d{2}-\d{2}$/, 'locarno_invalid')),
});

const ZPlantVarietyDetails = z.object({
  species: requiredText(200),
  ...ZIpDates,
  /** Decision recognising the variety for circulation, when there is one. */
  recognitionDecision: optionalText(120),
});

const ZStandardDetails = z.object({
  kind: z.enum(STANDARD_KINDS),
  /** The designation as published, e.g. `TCVN 13303:2021`. */
  code: requiredText(80),
  issuingBody: requiredText(300),
  effectiveDate: nullable(ZIsoDate),
  supersedes: optionalText(200),
});

const ZDatasetDetails = z.object({
  format: optionalText(80),
  size: optionalText(80),
  temporalCoverage: optionalText(80),
  spatialCoverage: optionalText(200),
  accessUrl: nullable(url()),
});

const ZSoftwareDetails = z.object({
  softwareVersion: optionalText(40),
  programmingLanguages: optionalText(200),
  platform: optionalText(200),
  repositoryUrl: nullable(url()),
  /** Number of the copyright registration certificate, when registered. */
  copyrightNo: optionalText(60),
});

const ZTechnologyDetails = z.object({
  /** Technology readiness level 1–9. */
  readinessLevel: nullable(z.number().int().min(1).max(9)),
  applicationArea: optionalText(300),
  transferable: z.boolean().default(false),
  transferModes: optionalText(300),
});

export const LIBRARY_DETAILS_SCHEMAS = {
  task_result: ZTaskResultDetails,
  article: ZArticleDetails,
  book: ZBookDetails,
  thesis: ZThesisDetails,
  patent: ZPatentDetails,
  industrial_design: ZIndustrialDesignDetails,
  plant_variety: ZPlantVarietyDetails,
  standard: ZStandardDetails,
  dataset: ZDatasetDetails,
  software: ZSoftwareDetails,
  technology: ZTechnologyDetails,
} as const satisfies Record<LibraryRecordType, z.ZodType>;

export type TLibraryDetails = { [K in LibraryRecordType]: z.output<(typeof LIBRARY_DETAILS_SCHEMAS)[K]> };

// Record input ------------------------------------------------------------------------------

export const ZContributorInput = z
  .object({
    role: z.enum(CONTRIBUTOR_ROLES).default('author'),
    /** A person of the directory; the record then shows their current name. */
    personId: nullable(z.uuid()),
    /** Only for people not in the directory. */
    name: optionalText(200),
    organisationId: nullable(z.uuid()),
    /** Only for organisations not in the directory. */
    affiliation: optionalText(300),
  })
  .superRefine((value, ctx) => {
    if (!value.personId && !value.name) {
      ctx.addIssue({ code: 'custom', path: ['name'], message: 'contributor_name_required' });
    }
  });
export type TContributorInput = z.infer<typeof ZContributorInput>;

const keyword = text({ min: 1, max: 100 });

const recordCommon = {
  title: requiredText(500),
  titleEn: optionalText(500),
  abstract: nullable(text({ max: 20_000, multiline: true })),
  keywords: z.array(keyword).max(30).default([]),
  language: z.enum(LIBRARY_LANGUAGES).default('vi'),
  licence: nullable(z.enum(LICENCES)),
  issuedYear: nullable(z.number().int().min(1900).max(currentYear + 1)),
  issuedDate: nullable(ZIsoDate),
  publisher: optionalText(300),
  fieldCodes: z.array(z.string().regex(/^\d{1,5}$/, 'field_code_invalid')).min(1).max(5),
  programArea: nullable(z.enum(PROGRAM_AREAS)),
  programId: nullable(z.uuid()),
  /** The S&T task's code as the contract prints it (`ĐT-2016-30218-ĐT`). */
  taskCode: optionalText(60),
  identifiers: ZIdentifiers.default({ doi: null, isbn: null, patentNo: null, resultNo: null }),
  accessLevel: z.enum(LIBRARY_ACCESS_LEVELS).default('public'),
  /** Until this date only curators and library.read_restricted holders see the record. */
  embargoUntil: nullable(ZIsoDate),
  /** The organisation that owns the work; its place in the directory decides who may curate it. */
  organisationId: nullable(z.uuid()),
  /** Where the record belongs when it has no organisation; defaults to the organisation's. */
  jurisdictionId: nullable(z.uuid()),
  contributors: z.array(ZContributorInput).min(1).max(100),
};

function variant<K extends LibraryRecordType>(type: K) {
  return z.object({ type: z.literal(type), ...recordCommon, details: LIBRARY_DETAILS_SCHEMAS[type] });
}

/** What a depositor sends to create or replace a record: the shared metadata and the type's own fields. */
export const ZLibraryRecordInput = z
  .discriminatedUnion('type', [
    variant('task_result'),
    variant('article'),
    variant('book'),
    variant('thesis'),
    variant('patent'),
    variant('industrial_design'),
    variant('plant_variety'),
    variant('standard'),
    variant('dataset'),
    variant('software'),
    variant('technology'),
  ])
  .superRefine((value, ctx) => {
    if (value.issuedYear === null && value.issuedDate === null) {
      ctx.addIssue({ code: 'custom', path: ['issuedYear'], message: 'issued_year_required' });
    }
    if (value.issuedDate && value.issuedYear !== null && Number(value.issuedDate.slice(0, 4)) !== value.issuedYear) {
      ctx.addIssue({ code: 'custom', path: ['issuedDate'], message: 'issued_date_year_mismatch' });
    }
    if (new Set(value.fieldCodes).size !== value.fieldCodes.length) {
      ctx.addIssue({ code: 'custom', path: ['fieldCodes'], message: 'duplicate_values' });
    }
  });
export type TLibraryRecordInput = z.infer<typeof ZLibraryRecordInput>;

/** Replacing a record's metadata names the version it was read at, so concurrent edits are refused. */
export const ZLibraryRecordUpdate = z.object({
  version: z.number().int().min(1),
  record: ZLibraryRecordInput,
  note: optionalText(500),
});
export type TLibraryRecordUpdate = z.infer<typeof ZLibraryRecordUpdate>;

// Curation ----------------------------------------------------------------------------------

export const ZCurationComment = z.object({ version: z.number().int().min(1), comment: requiredText(2000) });
export type TCurationComment = z.infer<typeof ZCurationComment>;

export const ZCurationAction = z.object({ version: z.number().int().min(1), comment: optionalText(2000) });
export type TCurationAction = z.infer<typeof ZCurationAction>;

// Record output -----------------------------------------------------------------------------

export const ZContributor = z.object({
  ordinal: z.number().int(),
  role: z.enum(CONTRIBUTOR_ROLES),
  name: z.string(),
  person: ZPersonRef.nullable(),
  organisation: ZOrganisationRef.nullable(),
  affiliation: z.string().nullable(),
});
export type TContributor = z.infer<typeof ZContributor>;

export const ZLibraryField = z.object({ code: z.string(), nameVi: z.string(), nameEn: z.string() });

export const ZLibraryFile = z.object({
  id: z.string(),
  fileId: z.string(),
  fileName: z.string(),
  mediaType: z.string(),
  size: z.number().int(),
  role: z.enum(LIBRARY_FILE_ROLES),
  textStatus: z.enum(TEXT_STATUSES),
  /** Why extraction failed; shown to curators and the depositor only. */
  textError: z.string().nullable(),
  pages: z.number().int().nullable(),
  extractedChars: z.number().int().nullable(),
  downloadUrl: z.string(),
});
export type TLibraryFile = z.infer<typeof ZLibraryFile>;

export const ZLibraryRecordSummary = z.object({
  id: z.string(),
  type: z.enum(LIBRARY_RECORD_TYPES),
  status: z.enum(LIBRARY_RECORD_STATUSES),
  accessLevel: z.enum(LIBRARY_ACCESS_LEVELS),
  embargoUntil: z.string().nullable(),
  title: z.string(),
  issuedYear: z.number().int().nullable(),
  authors: z.array(z.string()),
  organisation: ZOrganisationRef.nullable(),
  version: z.number().int(),
  updatedAt: z.string(),
  publishedAt: z.string().nullable(),
  /** Files whose text could not be read, for the curation queue. */
  failedFiles: z.number().int(),
});
export type TLibraryRecordSummary = z.infer<typeof ZLibraryRecordSummary>;
export const ZLibraryRecordList = paged(ZLibraryRecordSummary);
export type TLibraryRecordList = z.infer<typeof ZLibraryRecordList>;

export const ZLibraryRecord = z.object({
  id: z.string(),
  type: z.enum(LIBRARY_RECORD_TYPES),
  status: z.enum(LIBRARY_RECORD_STATUSES),
  accessLevel: z.enum(LIBRARY_ACCESS_LEVELS),
  embargoUntil: z.string().nullable(),
  title: z.string(),
  titleEn: z.string().nullable(),
  abstract: z.string().nullable(),
  keywords: z.array(z.string()),
  language: z.enum(LIBRARY_LANGUAGES),
  licence: z.enum(LICENCES).nullable(),
  issuedYear: z.number().int().nullable(),
  issuedDate: z.string().nullable(),
  publisher: z.string().nullable(),
  fields: z.array(ZLibraryField),
  programArea: z.enum(PROGRAM_AREAS).nullable(),
  program: z.object({ id: z.string(), code: z.string(), title: z.string() }).nullable(),
  taskCode: z.string().nullable(),
  identifiers: z.object({
    doi: z.string().nullable(),
    isbn: z.string().nullable(),
    patentNo: z.string().nullable(),
    resultNo: z.string().nullable(),
  }),
  details: z.record(z.string(), z.unknown()),
  externalId: z.string().nullable(),
  jurisdictionId: z.string(),
  organisation: ZOrganisationRef.nullable(),
  contributors: z.array(ZContributor),
  files: z.array(ZLibraryFile),
  depositorId: z.string().nullable(),
  version: z.number().int(),
  submittedAt: z.string().nullable(),
  publishedAt: z.string().nullable(),
  withdrawnAt: z.string().nullable(),
  withdrawalReason: z.string().nullable(),
  viewCount: z.number().int(),
  downloadCount: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
  /** What the caller may do next, so screens offer only the actions the server would accept. */
  can: z.object({
    edit: z.boolean(),
    submit: z.boolean(),
    curate: z.boolean(),
    withdraw: z.boolean(),
  }),
});
export type TLibraryRecord = z.infer<typeof ZLibraryRecord>;

export const ZLibraryVersion = z.object({
  version: z.number().int(),
  note: z.string().nullable(),
  actorId: z.string().nullable(),
  createdAt: z.string(),
});
export const ZLibraryVersionList = z.object({ items: z.array(ZLibraryVersion) });
export const ZLibraryVersionDetail = ZLibraryVersion.extend({ snapshot: z.record(z.string(), z.unknown()) });

export const ZCurationEventDto = z.object({
  id: z.string(),
  event: z.enum(CURATION_EVENTS),
  fromStatus: z.enum(LIBRARY_RECORD_STATUSES).nullable(),
  toStatus: z.enum(LIBRARY_RECORD_STATUSES),
  comment: z.string().nullable(),
  actorId: z.string().nullable(),
  createdAt: z.string(),
});
export const ZCurationEventList = z.object({ items: z.array(ZCurationEventDto) });

// Lists and search --------------------------------------------------------------------------

const pageFields = {
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
};

/** Depositors see their own records; curators see the queue of their scope. */
export const ZLibraryRecordListQuery = z.object({
  scope: z.enum(['mine', 'curation']).default('mine'),
  status: z.enum(LIBRARY_RECORD_STATUSES).optional(),
  type: z.enum(LIBRARY_RECORD_TYPES).optional(),
  /** Only records with a file whose text could not be extracted. */
  textFailed: z
    .enum(['true', 'false', '1', '0'])
    .optional()
    .transform((value) => value === 'true' || value === '1'),
  ...pageFields,
});
export type TLibraryRecordListQuery = z.infer<typeof ZLibraryRecordListQuery>;

export const LIBRARY_SEARCH_SORTS = ['relevance', 'date_desc', 'date_asc'] as const;
export type LibrarySearchSort = (typeof LIBRARY_SEARCH_SORTS)[number];

export const LIBRARY_FACETS = ['type', 'year', 'field', 'organisation', 'program_area', 'access'] as const;
export type LibraryFacet = (typeof LIBRARY_FACETS)[number];

/** A repeated query parameter (`type=book&type=thesis`) arrives as an array, a single one as a string. */
const list = <T extends z.ZodType>(item: T) =>
  z.preprocess((value): unknown => (value === undefined ? [] : Array.isArray(value) ? (value as unknown[]) : [value]), z.array(item).max(20));

export const ZLibrarySearchQuery = z.object({
  /** Words, `"phrases"` and field-scoped terms (`title:chè`, `author:"Nguyễn Văn"`); empty lists everything. */
  q: z.string().max(500).default(''),
  type: list(z.enum(LIBRARY_RECORD_TYPES)),
  year: list(z.coerce.number().int().min(1900).max(2200)),
  field: list(z.string().regex(/^\d{1,5}$/)),
  organisation: list(z.uuid()),
  programArea: list(z.enum(PROGRAM_AREAS)),
  access: list(z.enum(LIBRARY_ACCESS_LEVELS)),
  sort: z.enum(LIBRARY_SEARCH_SORTS).default('relevance'),
  ...pageFields,
});
export type TLibrarySearchQuery = z.infer<typeof ZLibrarySearchQuery>;

export const ZLibrarySearchHit = z.object({
  id: z.string(),
  type: z.enum(LIBRARY_RECORD_TYPES),
  title: z.string(),
  titleHighlighted: z.string(),
  snippet: z.string(),
  authors: z.array(z.string()),
  issuedYear: z.number().int().nullable(),
  accessLevel: z.enum(LIBRARY_ACCESS_LEVELS),
  organisation: ZOrganisationRef.nullable(),
  score: z.number(),
});
export type TLibrarySearchHit = z.infer<typeof ZLibrarySearchHit>;

export const ZFacetCount = z.object({ value: z.string(), label: z.string(), count: z.number().int() });

export const ZLibrarySearchResult = z.object({
  items: z.array(ZLibrarySearchHit),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
  facets: z.record(z.string(), z.array(ZFacetCount)),
});
export type TLibrarySearchResult = z.infer<typeof ZLibrarySearchResult>;

export const LIBRARY_BROWSE_DIMENSIONS = ['field', 'organisation', 'year', 'type', 'program_area', 'access'] as const;
export type LibraryBrowseDimension = (typeof LIBRARY_BROWSE_DIMENSIONS)[number];

export const ZLibraryBrowse = z.object({
  dimension: z.enum(LIBRARY_BROWSE_DIMENSIONS),
  items: z.array(ZFacetCount),
});
export type TLibraryBrowse = z.infer<typeof ZLibraryBrowse>;

export const ZLibraryFileAttach = z.object({ role: z.enum(LIBRARY_FILE_ROLES).default('main') });
