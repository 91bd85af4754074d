import type { LibraryRecordType, TLibraryRecord } from '../../../common/contracts/library.ts';

/** The fifteen Dublin Core elements, each repeatable, as oai_dc and the portal's meta tags carry them. */
export interface DublinCore {
  title: string[];
  creator: string[];
  subject: string[];
  description: string[];
  publisher: string[];
  contributor: string[];
  date: string[];
  type: string[];
  format: string[];
  identifier: string[];
  source: string[];
  language: string[];
  relation: string[];
  coverage: string[];
  rights: string[];
}

/** DCMI type and the COAR / info:eu-repo resource type harvesters such as OpenAIRE read. */
const TYPES: Record<LibraryRecordType, [string, string]> = {
  task_result: ['Text', 'info:eu-repo/semantics/report'],
  article: ['Text', 'info:eu-repo/semantics/article'],
  book: ['Text', 'info:eu-repo/semantics/book'],
  thesis: ['Text', 'info:eu-repo/semantics/doctoralThesis'],
  patent: ['Text', 'info:eu-repo/semantics/patent'],
  industrial_design: ['StillImage', 'info:eu-repo/semantics/patent'],
  plant_variety: ['Text', 'info:eu-repo/semantics/other'],
  standard: ['Text', 'info:eu-repo/semantics/other'],
  dataset: ['Dataset', 'info:eu-repo/semantics/other'],
  software: ['Software', 'info:eu-repo/semantics/other'],
  technology: ['Text', 'info:eu-repo/semantics/technicalDocumentation'],
};

const LICENCE_URLS: Record<string, string> = {
  'cc-by-4.0': 'https://creativecommons.org/licenses/by/4.0/',
  'cc-by-sa-4.0': 'https://creativecommons.org/licenses/by-sa/4.0/',
  'cc-by-nc-4.0': 'https://creativecommons.org/licenses/by-nc/4.0/',
  'cc-by-nc-nd-4.0': 'https://creativecommons.org/licenses/by-nc-nd/4.0/',
  'cc0-1.0': 'https://creativecommons.org/publicdomain/zero/1.0/',
};

const ACCESS_RIGHTS = {
  public: 'info:eu-repo/semantics/openAccess',
  registered: 'info:eu-repo/semantics/restrictedAccess',
  restricted: 'info:eu-repo/semantics/closedAccess',
} as const;

/**
 * A record as Dublin Core. `recordUrl` is the record's public page, given by the caller that knows
 * the installation's address; it becomes the first identifier, as harvesters expect.
 */
export function recordToDublinCore(record: TLibraryRecord, recordUrl?: string): DublinCore {
  const creatorRoles = new Set(['author', 'principal_investigator', 'inventor', 'breeder']);
  const details = record.details;
  const thesisDegree = record.type === 'thesis' ? details['degree'] : undefined;
  const [dcmiType, repoType] = TYPES[record.type];
  const rights = [record.embargoUntil ? 'info:eu-repo/semantics/embargoedAccess' : ACCESS_RIGHTS[record.accessLevel]];
  if (record.embargoUntil) {
    rights.push(`info:eu-repo/date/embargoEnd/${record.embargoUntil}`);
  }
  if (record.licence) {
    rights.push(LICENCE_URLS[record.licence] ?? record.licence);
  }
  return {
    title: [record.title, ...(record.titleEn ? [record.titleEn] : [])],
    creator: record.contributors.filter((c) => creatorRoles.has(c.role)).map((c) => c.name),
    subject: [...record.fields.map((field) => `${field.code} ${field.nameVi}`), ...record.keywords],
    description: record.abstract ? [record.abstract] : [],
    publisher: record.publisher ? [record.publisher] : record.organisation ? [record.organisation.nameVi] : [],
    contributor: record.contributors.filter((c) => !creatorRoles.has(c.role)).map((c) => c.name),
    date: [record.issuedDate ?? (record.issuedYear !== null ? String(record.issuedYear) : record.createdAt.slice(0, 10))],
    type: [dcmiType, thesisDegree === 'master' ? 'info:eu-repo/semantics/masterThesis' : thesisDegree === 'bachelor' ? 'info:eu-repo/semantics/bachelorThesis' : repoType],
    format: [...new Set(record.files.map((file) => file.mediaType).filter(Boolean))],
    identifier: [
      ...(recordUrl ? [recordUrl] : []),
      ...(record.identifiers.doi ? [`https://doi.org/${record.identifiers.doi}`] : []),
      ...(record.identifiers.isbn ? [`urn:isbn:${record.identifiers.isbn}`] : []),
      ...(record.identifiers.patentNo ? [record.identifiers.patentNo] : []),
      ...(record.identifiers.resultNo ? [record.identifiers.resultNo] : []),
    ],
    source: record.type === 'article' && typeof details['journal'] === 'string' ? [details['journal']] : [],
    language: [record.language],
    relation: [...(record.program ? [`${record.program.code} ${record.program.title}`] : []), ...(record.taskCode ? [record.taskCode] : [])],
    coverage: [],
    rights,
  };
}
