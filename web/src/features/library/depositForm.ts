import {
  ACCEPTANCE_GRADES,
  PATENT_KINDS,
  STANDARD_KINDS,
  TASK_LEVELS,
  THESIS_DEGREES,
  LIBRARY_FILE_MEDIA_TYPES,
  ZLibraryRecordInput,
  type ContributorRole,
  type LibraryAccessLevel,
  type LibraryRecordType,
  type TLibraryRecord,
  type TLibraryRecordInput,
} from '../../../../common/contracts/library.ts';
import type { ProblemFieldError } from '../../../../common/contracts/errors.ts';
import { isoToVnDate, parseVnDate } from '../../components/dates.ts';
import { issueCode, validateWith } from '../../components/validation.ts';

/** How a type-specific field is typed in; `select` values come from the contract's own lists. */
export type DetailInput =
  | { key: string; kind: 'text' | 'date' | 'url' | 'tags' | 'boolean' | 'money'; required?: boolean }
  | { key: string; kind: 'number'; min: number; max: number }
  | { key: string; kind: 'select'; options: readonly string[]; namespace: string; required?: boolean };

const ipDates: DetailInput[] = [
  { key: 'applicationNo', kind: 'text' },
  { key: 'filingDate', kind: 'date' },
  { key: 'grantDate', kind: 'date' },
  { key: 'holder', kind: 'text' },
];

/** The fields each type adds, in the contract's order (a test holds the two together). */
export const DETAIL_INPUTS: Record<LibraryRecordType, DetailInput[]> = {
  task_result: [
    { key: 'taskLevel', kind: 'select', options: TASK_LEVELS, namespace: 'ui.library.values.taskLevels', required: true },
    { key: 'startDate', kind: 'date' },
    { key: 'endDate', kind: 'date' },
    { key: 'fundingVnd', kind: 'money' },
    { key: 'acceptanceDate', kind: 'date' },
    { key: 'acceptanceGrade', kind: 'select', options: ACCEPTANCE_GRADES, namespace: 'ui.library.values.acceptanceGrades' },
    { key: 'registrationNo', kind: 'text' },
    { key: 'archiveNo', kind: 'text' },
  ],
  article: [
    { key: 'journal', kind: 'text', required: true },
    { key: 'issn', kind: 'text' },
    { key: 'volume', kind: 'text' },
    { key: 'issue', kind: 'text' },
    { key: 'pages', kind: 'text' },
    { key: 'peerReviewed', kind: 'boolean' },
  ],
  book: [
    { key: 'edition', kind: 'text' },
    { key: 'pageCount', kind: 'number', min: 1, max: 20_000 },
    { key: 'series', kind: 'text' },
    { key: 'placeOfPublication', kind: 'text' },
  ],
  thesis: [
    { key: 'degree', kind: 'select', options: THESIS_DEGREES, namespace: 'ui.library.values.thesisDegrees', required: true },
    { key: 'institution', kind: 'text', required: true },
    { key: 'supervisors', kind: 'text' },
    { key: 'defenceDate', kind: 'date' },
    { key: 'speciality', kind: 'text' },
    { key: 'specialityCode', kind: 'text' },
  ],
  patent: [{ key: 'kind', kind: 'select', options: PATENT_KINDS, namespace: 'ui.library.values.patentKinds', required: true }, ...ipDates, { key: 'ipcClasses', kind: 'tags' }],
  industrial_design: [...ipDates, { key: 'locarnoClass', kind: 'text' }],
  plant_variety: [{ key: 'species', kind: 'text', required: true }, ...ipDates, { key: 'recognitionDecision', kind: 'text' }],
  standard: [
    { key: 'kind', kind: 'select', options: STANDARD_KINDS, namespace: 'ui.library.values.standardKinds', required: true },
    { key: 'code', kind: 'text', required: true },
    { key: 'issuingBody', kind: 'text', required: true },
    { key: 'effectiveDate', kind: 'date' },
    { key: 'supersedes', kind: 'text' },
  ],
  dataset: [
    { key: 'format', kind: 'text' },
    { key: 'size', kind: 'text' },
    { key: 'temporalCoverage', kind: 'text' },
    { key: 'spatialCoverage', kind: 'text' },
    { key: 'accessUrl', kind: 'url' },
  ],
  software: [
    { key: 'softwareVersion', kind: 'text' },
    { key: 'programmingLanguages', kind: 'text' },
    { key: 'platform', kind: 'text' },
    { key: 'repositoryUrl', kind: 'url' },
    { key: 'copyrightNo', kind: 'text' },
  ],
  technology: [
    { key: 'readinessLevel', kind: 'number', min: 1, max: 9 },
    { key: 'applicationArea', kind: 'text' },
    { key: 'transferable', kind: 'boolean' },
    { key: 'transferModes', kind: 'text' },
  ],
};

/** A value of the form as its input holds it: text, a number or nothing, a switch, or a list. */
export type DetailValue = string | number | boolean | string[];

export interface ContributorValues {
  /** Keys the row for React; rows are reordered and removed. */
  key: string;
  role: ContributorRole;
  personId: string | null;
  personLabel: string | null;
  name: string;
  organisationId: string | null;
  organisationLabel: string | null;
  affiliation: string;
}

export interface DepositValues {
  type: LibraryRecordType;
  accessLevel: LibraryAccessLevel;
  embargoUntil: string;
  title: string;
  titleEn: string;
  abstract: string;
  keywords: string[];
  language: string;
  licence: string | null;
  issuedYear: number | '';
  issuedDate: string;
  publisher: string;
  fieldCodes: string[];
  programArea: string | null;
  taskCode: string;
  organisationId: string | null;
  organisationLabel: string | null;
  /** Where a record without an organisation belongs; an organisation's own place wins. */
  jurisdictionId: string | null;
  doi: string;
  isbn: string;
  patentNo: string;
  resultNo: string;
  contributors: ContributorValues[];
  /** Every type's fields, so switching type back and forth keeps what was typed. */
  details: Record<string, DetailValue>;
}

let rowCounter = 0;
function rowKey(): string {
  rowCounter += 1;
  return `c${rowCounter}`;
}

export function emptyContributor(): ContributorValues {
  return { key: rowKey(), role: 'author', personId: null, personLabel: null, name: '', organisationId: null, organisationLabel: null, affiliation: '' };
}

function detailToForm(input: DetailInput, value: unknown): DetailValue {
  switch (input.kind) {
    case 'boolean':
      return value === true;
    case 'number':
    case 'money':
      return typeof value === 'number' ? value : '';
    case 'tags':
      return Array.isArray(value) ? value.map(String) : [];
    case 'date':
      return typeof value === 'string' ? isoToVnDate(value) : '';
    case 'select':
    case 'text':
    case 'url':
      return typeof value === 'string' ? value : '';
  }
}

/** The form filled from a stored record, or blank for a new deposit. */
export function initialValues(record?: TLibraryRecord): DepositValues {
  const type = record?.type ?? 'task_result';
  const details: Record<string, DetailValue> = {};
  for (const input of DETAIL_INPUTS[type]) {
    details[input.key] = detailToForm(input, record?.details[input.key]);
  }
  // The contract defaults an article to peer reviewed; the switch starts where the server would.
  if (!record) {
    details['peerReviewed'] = true;
  }
  return {
    type,
    accessLevel: record?.accessLevel ?? 'public',
    embargoUntil: record?.embargoUntil ? isoToVnDate(record.embargoUntil.slice(0, 10)) : '',
    title: record?.title ?? '',
    titleEn: record?.titleEn ?? '',
    abstract: record?.abstract ?? '',
    keywords: record?.keywords ?? [],
    language: record?.language ?? 'vi',
    licence: record?.licence ?? null,
    issuedYear: record?.issuedYear ?? '',
    issuedDate: record?.issuedDate ? isoToVnDate(record.issuedDate) : '',
    publisher: record?.publisher ?? '',
    fieldCodes: record?.fields.map((field) => field.code) ?? [],
    programArea: record?.programArea ?? null,
    taskCode: record?.taskCode ?? '',
    organisationId: record?.organisation?.id ?? null,
    organisationLabel: record?.organisation?.nameVi ?? null,
    jurisdictionId: record && !record.organisation ? record.jurisdictionId : null,
    doi: record?.identifiers.doi ?? '',
    isbn: record?.identifiers.isbn ?? '',
    patentNo: record?.identifiers.patentNo ?? '',
    resultNo: record?.identifiers.resultNo ?? '',
    contributors:
      record && record.contributors.length > 0
        ? record.contributors.map((contributor) => ({
            key: rowKey(),
            role: contributor.role,
            personId: contributor.person?.id ?? null,
            personLabel: contributor.person?.fullName ?? null,
            name: contributor.person ? '' : contributor.name,
            organisationId: contributor.organisation?.id ?? null,
            organisationLabel: contributor.organisation?.nameVi ?? null,
            affiliation: contributor.affiliation ?? '',
          }))
        : [emptyContributor()],
    details,
  };
}

/** A typed date as ISO; text that is not a date goes through unchanged so the contract names the mistake. */
function dateOut(text: string): string | null {
  const trimmed = text.trim();
  return trimmed === '' ? null : (parseVnDate(trimmed) ?? trimmed);
}

function detailOut(input: DetailInput, value: DetailValue | undefined): unknown {
  switch (input.kind) {
    case 'boolean':
      return value === true;
    case 'number':
    case 'money':
      return typeof value === 'number' ? value : null;
    case 'tags':
      return Array.isArray(value) ? value : [];
    case 'date':
      return typeof value === 'string' ? dateOut(value) : null;
    case 'select':
      return typeof value === 'string' && value !== '' ? value : input.required ? undefined : null;
    case 'text':
    case 'url':
      return typeof value === 'string' ? value : '';
  }
}

/** What the form sends: the contract's input shape, before the contract checks it. */
export function toInput(values: DepositValues): unknown {
  const details = Object.fromEntries(DETAIL_INPUTS[values.type].map((input) => [input.key, detailOut(input, values.details[input.key])]));
  return {
    type: values.type,
    title: values.title,
    titleEn: values.titleEn,
    abstract: values.abstract,
    keywords: values.keywords,
    language: values.language,
    licence: values.licence,
    issuedYear: values.issuedYear === '' ? null : values.issuedYear,
    issuedDate: dateOut(values.issuedDate),
    publisher: values.publisher,
    fieldCodes: values.fieldCodes,
    programArea: values.programArea,
    taskCode: values.taskCode,
    identifiers: { doi: values.doi, isbn: values.isbn, patentNo: values.patentNo, resultNo: values.resultNo },
    accessLevel: values.accessLevel,
    embargoUntil: dateOut(values.embargoUntil),
    organisationId: values.organisationId,
    jurisdictionId: values.organisationId ? null : values.jurisdictionId,
    contributors: values.contributors.map((contributor) => ({
      role: contributor.role,
      personId: contributor.personId,
      name: contributor.personId ? '' : contributor.name,
      organisationId: contributor.organisationId,
      affiliation: contributor.organisationId ? '' : contributor.affiliation,
    })),
    details,
  };
}

/**
 * The form's field names are the contract's paths (`identifiers.doi`, `details.journal`,
 * `contributors.0.name`), so an error from either side lands on its input.
 */
export function checkInput(values: DepositValues): { ok: true; data: TLibraryRecordInput } | { ok: false; errors: Record<string, string> } {
  const checked = validateWith(ZLibraryRecordInput, toInput(values));
  if (checked.ok) {
    return checked;
  }
  // Dates are typed day/month/year here, so say so rather than quote the API's ISO format.
  const errors = Object.fromEntries(Object.entries(checked.errors).map(([path, code]) => [path, code === 'date_invalid' ? 'date_vn' : code]));
  return { ok: false, errors };
}

/** Field errors of a refused save, by form path; an update nests the record under `record`. */
export function serverFieldErrors(errors: readonly ProblemFieldError[]): Record<string, string> {
  const byPath: Record<string, string> = {};
  for (const error of errors) {
    const path = error.path.replace(/^body\./, '').replace(/^record\./, '');
    if (path !== '' && !(path in byPath)) {
      byPath[path] = issueCode({ code: error.code, message: error.message });
    }
  }
  return byPath;
}

const FILE_EXTENSIONS = /\.(pdf|docx)$/i;

/** A first look at the chosen file, to spare a doomed upload; the server decides from the content. */
export function fileLooksAcceptable(file: { name: string; type: string }): boolean {
  return FILE_EXTENSIONS.test(file.name) || (LIBRARY_FILE_MEDIA_TYPES as readonly string[]).includes(file.type);
}
