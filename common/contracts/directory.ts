import { z } from 'zod';
import { email, optionalText, paged, requiredText } from './text.ts';

/** Kinds, degrees and titles of the directory; their labels live in `directory.*` of the catalogs. */
export const JURISDICTION_KINDS = ['province', 'commune'] as const;
export type JurisdictionKind = (typeof JURISDICTION_KINDS)[number];

export const ORGANISATION_KINDS = [
  'party_agency',
  'state_agency',
  'department',
  'commune_committee',
  'research_institute',
  'university',
  'enterprise',
  'association',
  'st_service_provider',
] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

export const DEGREES = ['bachelor', 'engineer', 'master', 'doctor', 'doctor_of_science', 'other'] as const;
export type Degree = (typeof DEGREES)[number];

export const ACADEMIC_TITLES = ['professor', 'associate_professor'] as const;
export type AcademicTitle = (typeof ACADEMIC_TITLES)[number];

export const GENDERS = ['female', 'male', 'other'] as const;
export type Gender = (typeof GENDERS)[number];

export const PARTY_KINDS = ['person', 'organisation'] as const;
export type PartyKind = (typeof PARTY_KINDS)[number];

export const RELATION_KINDS = [
  'employment',
  'membership',
  'leadership',
  'ownership',
  'partnership',
  'family',
  'co_authorship',
] as const;
export type RelationKind = (typeof RELATION_KINDS)[number];

/**
 * Which parties each kind of relation joins (from → to). Employment and leadership run from a
 * person to an organisation; family and co-authorship join two people; partnership joins two
 * organisations; membership and ownership may start from either.
 */
export const RELATION_ENDPOINTS: Record<RelationKind, { from: readonly PartyKind[]; to: readonly PartyKind[] }> = {
  employment: { from: ['person'], to: ['organisation'] },
  membership: { from: ['person', 'organisation'], to: ['organisation'] },
  leadership: { from: ['person'], to: ['organisation'] },
  ownership: { from: ['person', 'organisation'], to: ['organisation'] },
  partnership: { from: ['organisation'], to: ['organisation'] },
  family: { from: ['person'], to: ['person'] },
  co_authorship: { from: ['person'], to: ['person'] },
};

/**
 * ORCID iDs end with an ISO 7064 MOD 11-2 check character computed over the first fifteen
 * digits; a typo in any digit changes it.
 */
export function isValidOrcid(value: string): boolean {
  if (!/^\d{4}-\d{4}-\d{4}-\d{3}[\dX]$/.test(value)) {
    return false;
  }
  const digits = value.replace(/-/g, '');
  let total = 0;
  for (const char of digits.slice(0, 15)) {
    total = (total + Number(char)) * 2;
  }
  const result = (12 - (total % 11)) % 11;
  return digits[15] === (result === 10 ? 'X' : String(result));
}

const ORCID_PREFIX = /^(https?:\/\/)?(www\.)?orcid\.org\//i;
const ROR_PREFIX = /^(https?:\/\/)?ror\.org\//i;

export const ZOrcid = z
  .string()
  .trim()
  .transform((value) => value.replace(ORCID_PREFIX, '').toUpperCase())
  .refine(isValidOrcid, { message: 'orcid_invalid' });

/** A ROR identifier: `0`, six base-32 characters, two check digits (the URL form is accepted too). */
export const ZRor = z
  .string()
  .trim()
  .transform((value) => value.replace(ROR_PREFIX, '').toLowerCase())
  .refine((value) => /^0[0-9a-hjkmnp-tv-z]{6}\d{2}$/.test(value), { message: 'ror_invalid' });

/** Vietnamese tax codes: ten digits, or thirteen with a branch suffix (`0101234567-001`). */
export const ZTaxCode = z
  .string()
  .trim()
  .refine((value) => /^\d{10}(-\d{3})?$/.test(value), { message: 'tax_code_invalid' });

export const ZPhone = z
  .string()
  .trim()
  .refine((value) => /^\+?[0-9 ().-]{6,20}$/.test(value), { message: 'phone_invalid' });

function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) {
    return false;
  }
  const parsed = new Date(`${value}T00:00:00Z`);
  // Date rolls 2025-02-30 over into March; a real date survives the round trip unchanged.
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === value;
}

/** A calendar date `YYYY-MM-DD`. */
export const ZIsoDate = z.string().refine(isIsoDate, { message: 'date_invalid' });

/** An optional value where an empty string (a blank form field or spreadsheet cell) means "none". */
const nullable = <T extends z.ZodType>(schema: T) =>
  z
    .preprocess((value) => (value === '' ? null : value), schema.nullish())
    .transform((value): z.output<T> | null => (value === undefined ? null : value));

const pageFields = {
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(25),
};

// Jurisdictions and fields (reference data) -------------------------------------------------

export const ZJurisdictionRef = z.object({
  id: z.string(),
  code: z.string(),
  kind: z.enum(JURISDICTION_KINDS),
  name: z.string(),
  fullName: z.string(),
});
export type TJurisdictionRef = z.infer<typeof ZJurisdictionRef>;

export const ZJurisdiction = ZJurisdictionRef.extend({
  kindLabel: z.string(),
  parentId: z.string().nullable(),
  path: z.string(),
  population: z.number().int().nullable(),
  populationYear: z.number().int().nullable(),
  populationSource: z.string().nullable(),
});
export type TJurisdiction = z.infer<typeof ZJurisdiction>;
export const ZJurisdictionList = paged(ZJurisdiction);

export const ZJurisdictionListQuery = z.object({
  kind: z.enum(JURISDICTION_KINDS).optional(),
  parentId: z.uuid().optional(),
  q: z.string().max(200).optional(),
  page: pageFields.page,
  pageSize: z.coerce.number().int().min(1).max(500).default(100),
});
export type TJurisdictionListQuery = z.infer<typeof ZJurisdictionListQuery>;

export const ZStField = z.object({
  code: z.string(),
  parentCode: z.string().nullable(),
  level: z.number().int(),
  nameVi: z.string(),
  nameEn: z.string(),
});
export type TStField = z.infer<typeof ZStField>;

export interface TStFieldNode extends TStField {
  children: TStFieldNode[];
}
export const ZStFieldNode: z.ZodType<TStFieldNode> = ZStField.extend({
  get children() {
    return z.array(ZStFieldNode);
  },
});
export const ZStFieldTree = z.array(ZStFieldNode);

export const ZStFieldRef = ZStField.pick({ code: true, nameVi: true, nameEn: true });
export type TStFieldRef = z.infer<typeof ZStFieldRef>;

// Organisations -----------------------------------------------------------------------------

export const ZOrganisationRef = z.object({
  id: z.string(),
  kind: z.enum(ORGANISATION_KINDS),
  nameVi: z.string(),
  abbreviation: z.string().nullable(),
});
export type TOrganisationRef = z.infer<typeof ZOrganisationRef>;

export const ZOrganisation = ZOrganisationRef.extend({
  nameEn: z.string().nullable(),
  taxCode: z.string().nullable(),
  agencyCode: z.string().nullable(),
  address: z.string().nullable(),
  jurisdiction: ZJurisdictionRef,
  commune: ZJurisdictionRef.nullable(),
  parentId: z.string().nullable(),
  ror: z.string().nullable(),
  website: z.string().nullable(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type TOrganisation = z.infer<typeof ZOrganisation>;
export const ZOrganisationList = paged(ZOrganisation);

export const ZOrganisationDetail = ZOrganisation.extend({
  /** Ancestors from the top of the hierarchy down to the direct parent. */
  parents: z.array(ZOrganisationRef),
  children: z.array(ZOrganisationRef),
});
export type TOrganisationDetail = z.infer<typeof ZOrganisationDetail>;

export const ZOrganisationInput = z.object({
  kind: z.enum(ORGANISATION_KINDS),
  nameVi: requiredText(300),
  nameEn: optionalText(300),
  abbreviation: optionalText(50),
  taxCode: nullable(ZTaxCode),
  agencyCode: optionalText(50),
  address: optionalText(500),
  jurisdictionId: z.uuid(),
  communeId: nullable(z.uuid()),
  parentId: nullable(z.uuid()),
  ror: nullable(ZRor),
  website: nullable(z.url({ protocol: /^https?$/ }).max(300)),
  email: nullable(email()),
  phone: nullable(ZPhone),
});
export type TOrganisationInput = z.infer<typeof ZOrganisationInput>;

export const ZOrganisationUpdate = ZOrganisationInput.partial().extend({ version: z.number().int().min(1) });
export type TOrganisationUpdate = z.infer<typeof ZOrganisationUpdate>;

export const ZOrganisationListQuery = z.object({
  q: z.string().max(200).optional(),
  kind: z.enum(ORGANISATION_KINDS).optional(),
  jurisdictionId: z.uuid().optional(),
  parentId: z.uuid().optional(),
  ...pageFields,
});
export type TOrganisationListQuery = z.infer<typeof ZOrganisationListQuery>;

// People ------------------------------------------------------------------------------------

/** Shown only to actors who hold `directory.read_private` over the person. */
export const ZPersonPrivate = z.object({
  birthYear: z.number().int().nullable(),
  gender: z.enum(GENDERS).nullable(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
});
export type TPersonPrivate = z.infer<typeof ZPersonPrivate>;

export const ZPersonRef = z.object({ id: z.string(), fullName: z.string() });

export const ZPerson = ZPersonRef.extend({
  degree: z.enum(DEGREES).nullable(),
  academicTitle: z.enum(ACADEMIC_TITLES).nullable(),
  position: z.string().nullable(),
  orcid: z.string().nullable(),
  fields: z.array(ZStFieldRef),
  organisation: ZOrganisationRef.nullable(),
  jurisdiction: ZJurisdictionRef,
  privateDetails: ZPersonPrivate.nullable(),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type TPerson = z.infer<typeof ZPerson>;
export const ZPersonList = paged(ZPerson);

const currentYear = new Date().getUTCFullYear();
const fieldCodes = z.array(z.string().regex(/^\d{1,5}$/)).max(10);

export const ZPersonInput = z.object({
  fullName: requiredText(200),
  jurisdictionId: z.uuid(),
  organisationId: nullable(z.uuid()),
  birthYear: nullable(z.number().int().min(1900).max(currentYear)),
  gender: nullable(z.enum(GENDERS)),
  degree: nullable(z.enum(DEGREES)),
  academicTitle: nullable(z.enum(ACADEMIC_TITLES)),
  fieldCodes: fieldCodes.default([]),
  orcid: nullable(ZOrcid),
  email: nullable(email()),
  phone: nullable(ZPhone),
  position: optionalText(200),
});
export type TPersonInput = z.infer<typeof ZPersonInput>;

// Fields left out of an update keep their value, so the list of field codes gets no default here.
export const ZPersonUpdate = ZPersonInput.partial().extend({ fieldCodes: fieldCodes.optional(), version: z.number().int().min(1) });
export type TPersonUpdate = z.infer<typeof ZPersonUpdate>;

export const ZPersonListQuery = z.object({
  q: z.string().max(200).optional(),
  organisationId: z.uuid().optional(),
  jurisdictionId: z.uuid().optional(),
  field: z.string().regex(/^\d{1,5}$/).optional(),
  degree: z.enum(DEGREES).optional(),
  academicTitle: z.enum(ACADEMIC_TITLES).optional(),
  ...pageFields,
});
export type TPersonListQuery = z.infer<typeof ZPersonListQuery>;

// Relations ---------------------------------------------------------------------------------

export const ZPartyRef = z.object({ kind: z.enum(PARTY_KINDS), id: z.string(), name: z.string() });
export type TPartyRef = z.infer<typeof ZPartyRef>;

export const ZRelation = z.object({
  id: z.string(),
  kind: z.enum(RELATION_KINDS),
  from: ZPartyRef,
  to: ZPartyRef,
  role: z.string().nullable(),
  startDate: z.string().nullable(),
  endDate: z.string().nullable(),
  source: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type TRelation = z.infer<typeof ZRelation>;
export const ZRelationList = paged(ZRelation);

export const ZRelationInput = z
  .object({
    kind: z.enum(RELATION_KINDS),
    fromKind: z.enum(PARTY_KINDS),
    fromId: z.uuid(),
    toKind: z.enum(PARTY_KINDS),
    toId: z.uuid(),
    role: optionalText(200),
    startDate: nullable(ZIsoDate),
    endDate: nullable(ZIsoDate),
    source: optionalText(300),
  })
  .superRefine((value, ctx) => {
    const allowed = RELATION_ENDPOINTS[value.kind];
    if (!allowed.from.includes(value.fromKind)) {
      ctx.addIssue({ code: 'custom', path: ['fromKind'], message: 'relation_endpoint_invalid' });
    }
    if (!allowed.to.includes(value.toKind)) {
      ctx.addIssue({ code: 'custom', path: ['toKind'], message: 'relation_endpoint_invalid' });
    }
    if (value.fromKind === value.toKind && value.fromId === value.toId) {
      ctx.addIssue({ code: 'custom', path: ['toId'], message: 'relation_to_self' });
    }
    if (value.startDate && value.endDate && value.endDate < value.startDate) {
      ctx.addIssue({ code: 'custom', path: ['endDate'], message: 'end_before_start' });
    }
  });
export type TRelationInput = z.infer<typeof ZRelationInput>;

export const ZRelationEnd = z.object({ endDate: ZIsoDate });
export type TRelationEnd = z.infer<typeof ZRelationEnd>;

export const ZRelationListQuery = z.object({
  partyKind: z.enum(PARTY_KINDS),
  partyId: z.uuid(),
  kind: z.enum(RELATION_KINDS).optional(),
  /** Only relations still running on or after this date (open-ended ones always are). */
  activeSince: ZIsoDate.optional(),
  ...pageFields,
});
export type TRelationListQuery = z.infer<typeof ZRelationListQuery>;

// Search ------------------------------------------------------------------------------------

export const DIRECTORY_SEARCH_TYPES = ['person', 'organisation'] as const;

export const ZDirectorySearchQuery = z.object({
  q: z.string().trim().min(1).max(200),
  type: z.enum(DIRECTORY_SEARCH_TYPES).optional(),
  /** Organisation kind. */
  kind: z.enum(ORGANISATION_KINDS).optional(),
  degree: z.enum(DEGREES).optional(),
  field: z.string().regex(/^\d{1,5}$/).optional(),
  jurisdictionId: z.uuid().optional(),
  /** Facet counts cost a pass over every match, so they are computed only when asked for. */
  facets: z
    .enum(['true', 'false', '1', '0'])
    .optional()
    .transform((value) => value === 'true' || value === '1'),
  ...pageFields,
});
export type TDirectorySearchQuery = z.infer<typeof ZDirectorySearchQuery>;

export const ZDirectorySearchHit = z.object({
  type: z.enum(DIRECTORY_SEARCH_TYPES),
  id: z.string(),
  title: z.string(),
  titleHighlighted: z.string(),
  snippet: z.string(),
  score: z.number(),
});

export const ZDirectorySearchResult = z.object({
  items: z.array(ZDirectorySearchHit),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
  facets: z.record(z.string(), z.array(z.object({ value: z.string(), count: z.number().int() }))),
});
export type TDirectorySearchResult = z.infer<typeof ZDirectorySearchResult>;

// Spreadsheet export and import (run as jobs) ------------------------------------------------

export const DIRECTORY_TRANSFER_ENTITIES = ['organisations', 'people'] as const;
export type DirectoryTransferEntity = (typeof DIRECTORY_TRANSFER_ENTITIES)[number];

export const DIRECTORY_EXPORT_FORMATS = ['xlsx', 'docx'] as const;
export type DirectoryExportFormat = (typeof DIRECTORY_EXPORT_FORMATS)[number];

export const ZDirectoryExportRequest = z.object({
  entity: z.enum(DIRECTORY_TRANSFER_ENTITIES),
  /** `xlsx`: a workbook that imports back as it is; `docx`: an official report (Decree 30/2020) of public fields. */
  format: z.enum(DIRECTORY_EXPORT_FORMATS).default('xlsx'),
  /** Only records of this jurisdiction and everything under it. */
  jurisdictionId: z.uuid().optional(),
  /** Organisation kind (organisations only). */
  kind: z.enum(ORGANISATION_KINDS).optional(),
  /** Staff of this organisation (people only). */
  organisationId: z.uuid().optional(),
  /** Language of the header row and of the labels in the cells. */
  locale: z.enum(['vi', 'en']).default('vi'),
});
export type TDirectoryExportRequest = z.infer<typeof ZDirectoryExportRequest>;

/** Text fields of the multipart import request; the .xlsx travels in the `file` part. */
export const ZDirectoryImportFields = z.object({
  entity: z.enum(DIRECTORY_TRANSFER_ENTITIES),
  dryRun: z
    .enum(['true', 'false', '1', '0'])
    .default('true')
    .transform((value) => value === 'true' || value === '1'),
  locale: z.enum(['vi', 'en']).default('vi'),
});
export type TDirectoryImportFields = z.infer<typeof ZDirectoryImportFields>;

export const ZDirectoryJobAccepted = z.object({ jobId: z.string(), fileId: z.string().nullable() });
export type TDirectoryJobAccepted = z.infer<typeof ZDirectoryJobAccepted>;

export const ZDirectoryImportError = z.object({
  row: z.number().int(),
  column: z.string(),
  key: z.string().optional(),
  code: z.string(),
  message: z.string(),
});

export const ZDirectoryImportReport = z.object({
  dryRun: z.boolean(),
  outcome: z.enum(['invalid', 'dry_run', 'applied']),
  total: z.number().int(),
  valid: z.number().int(),
  invalid: z.number().int(),
  applied: z.number().int(),
  errors: z.array(ZDirectoryImportError),
  errorsOmitted: z.number().int(),
});
export type TDirectoryImportReport = z.infer<typeof ZDirectoryImportReport>;

export const ZDirectoryExportResult = z.object({ fileId: z.string(), fileName: z.string(), rows: z.number().int() });
export type TDirectoryExportResult = z.infer<typeof ZDirectoryExportResult>;

/** A directory job as its requester sees it; `result` is an export result or an import report. */
export const ZDirectoryJob = z.object({
  id: z.string(),
  kind: z.enum(['directory.export', 'directory.import']),
  status: z.enum(['queued', 'running', 'succeeded', 'failed', 'cancelled']),
  progress: z.number(),
  progressMessage: z.string().nullable(),
  result: z.union([ZDirectoryExportResult, ZDirectoryImportReport]).nullable(),
  lastError: z.string().nullable(),
  createdAt: z.string(),
  finishedAt: z.string().nullable(),
});
export type TDirectoryJob = z.infer<typeof ZDirectoryJob>;
