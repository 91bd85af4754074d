import { z } from 'zod';
import { DIRECTORY_EXPORT_FORMATS, DIRECTORY_TRANSFER_ENTITIES, ORGANISATION_KINDS, type TDirectoryExportResult } from '../../../../common/contracts/directory.ts';
import { t } from '../../../../common/i18n/index.ts';
import { LOCALES, type Locale } from '../../../../common/i18n/locale.ts';
import type { Actor } from '../../../platform/access/actor.ts';
import type { Executor } from '../../../platform/db/client.ts';
import { DOCX_MEDIA_TYPE, writeSheetToBuffer, XLSX_MEDIA_TYPE, type ColumnSpec, type SheetRow } from '../../../platform/documents/index.ts';
import type { JobDefinition } from '../../../platform/jobs/types.ts';
import type { Platform } from '../../../platform/platform.ts';
import { canReadPrivate } from '../directory.policy.ts';
import { findJurisdiction, jurisdictionsByIds } from '../jurisdictions.repository.ts';
import { eachOrganisation, organisationsByIds, type OrganisationRow } from '../organisations.repository.ts';
import { eachPerson, fieldCodesOf } from '../people.repository.ts';
import { personPlacement } from '../people.service.ts';
import { todayInVietnam, writeDirectoryReport } from './report.ts';
import { choiceLabel, organisationSheet, personSheet } from './sheets.ts';

export const EXPORT_JOB = 'directory.export';

export const ZExportPayload = z.object({
  entity: z.enum(DIRECTORY_TRANSFER_ENTITIES),
  // Jobs queued before reports existed carry no format; they were workbooks.
  format: z.enum(DIRECTORY_EXPORT_FORMATS).default('xlsx'),
  jurisdictionId: z.uuid().optional(),
  kind: z.enum(ORGANISATION_KINDS).optional(),
  organisationId: z.uuid().optional(),
  locale: z.enum(LOCALES),
});
export type ExportPayload = z.output<typeof ZExportPayload>;

type OrganisationColumns = typeof organisationSheet.columns;
type PersonColumns = typeof personSheet.columns;
type Cells<C extends readonly ColumnSpec[]> = { [K in C[number]['key']]: string | number | null };

/**
 * Choice columns are written as labels in the export's language rather than as the keys their
 * schemas produce; the reader maps either back to the key, so the file imports as it is.
 */
function asSheetRow<C extends readonly ColumnSpec[]>(cells: Cells<C>): SheetRow<C> {
  return cells as unknown as SheetRow<C>;
}

/** Passes rows through while counting them, for the job result. */
async function* counted<T>(rows: AsyncIterable<T>, counter: { rows: number }): AsyncGenerator<T> {
  for await (const row of rows) {
    counter.rows += 1;
    yield row;
  }
}

async function* organisationRows(executor: Executor, payload: ExportPayload, jurisdictionPath: string | undefined, locale: Locale): AsyncGenerator<SheetRow<OrganisationColumns>> {
  for await (const batch of eachOrganisation(executor, { kind: payload.kind, jurisdictionPath })) {
    const jurisdictions = await jurisdictionsByIds(executor, batch.flatMap((row) => [row.jurisdiction_id, ...(row.commune_id ? [row.commune_id] : [])]));
    for (const row of batch) {
      yield asSheetRow<OrganisationColumns>({
        id: row.id,
        kind: choiceLabel('organisationKinds', row.kind, locale),
        nameVi: row.name_vi,
        nameEn: row.name_en,
        abbreviation: row.abbreviation,
        taxCode: row.tax_code,
        agencyCode: row.agency_code,
        address: row.address,
        jurisdictionCode: jurisdictions.get(row.jurisdiction_id)?.code ?? '',
        communeCode: row.commune_id ? (jurisdictions.get(row.commune_id)?.code ?? null) : null,
        parentId: row.parent_id,
        ror: row.ror,
        website: row.website,
        email: row.email,
        phone: row.phone,
      });
    }
  }
}

/** Contact details and birth data are written only for people the requester may read them of. */
async function* personRows(executor: Executor, actor: Actor, payload: ExportPayload, jurisdictionPath: string | undefined, locale: Locale): AsyncGenerator<SheetRow<PersonColumns>> {
  for await (const batch of eachPerson(executor, { jurisdictionPath, organisationId: payload.organisationId })) {
    const [jurisdictions, organisations, codes] = await Promise.all([
      jurisdictionsByIds(executor, batch.map((row) => row.jurisdiction_id)),
      organisationsByIds(executor, batch.flatMap((row) => (row.organisation_id ? [row.organisation_id] : []))),
      fieldCodesOf(executor, batch.map((row) => row.id)),
    ]);
    for (const row of batch) {
      const jurisdiction = jurisdictions.get(row.jurisdiction_id);
      const organisation: OrganisationRow | undefined = row.organisation_id ? organisations.get(row.organisation_id) : undefined;
      const open = jurisdiction !== undefined && canReadPrivate(actor, personPlacement(jurisdiction, organisation));
      yield asSheetRow<PersonColumns>({
        id: row.id,
        fullName: row.full_name,
        jurisdictionCode: jurisdiction?.code ?? '',
        organisationId: row.organisation_id,
        birthYear: open ? row.birth_year : null,
        gender: open ? choiceLabel('genders', row.gender, locale) : null,
        degree: choiceLabel('degrees', row.degree, locale),
        academicTitle: choiceLabel('academicTitles', row.academic_title, locale),
        fieldCodes: (codes.get(row.id) ?? []).join('; ') || null,
        orcid: row.orcid,
        email: open ? row.email : null,
        phone: open ? row.phone : null,
        position: row.position,
      });
    }
  }
}

/** The workbook of the requested records, which imports back as it is. */
async function writeWorkbook(platform: Platform, actor: Actor, payload: ExportPayload, jurisdictionPath: string | undefined): Promise<{ buffer: Buffer; rows: number }> {
  const { locale } = payload;
  const counter = { rows: 0 };
  const buffer =
    payload.entity === 'organisations'
      ? await writeSheetToBuffer(organisationSheet, counted(organisationRows(platform.db, payload, jurisdictionPath, locale), counter), { locale })
      : await writeSheetToBuffer(personSheet, counted(personRows(platform.db, actor, payload, jurisdictionPath, locale), counter), { locale });
  return { buffer, rows: counter.rows };
}

/** Writes the requested records into an .xlsx or an official report (.docx) kept by the file service; the job result names the file. */
export function exportJob(platform: Platform): JobDefinition<ExportPayload> {
  return {
    kind: EXPORT_JOB,
    payload: ZExportPayload,
    maxAttempts: 3,
    async run(payload, context): Promise<TDirectoryExportResult> {
      const locale = payload.locale;
      await context.reportProgress(0.1, t(locale, 'directory.jobs.exportReading'));
      const jurisdiction = payload.jurisdictionId ? await findJurisdiction(platform.db, payload.jurisdictionId) : undefined;
      if (payload.jurisdictionId && !jurisdiction) {
        throw new Error('The jurisdiction to export no longer exists');
      }
      const docx = payload.format === 'docx';
      const written = docx
        ? await writeDirectoryReport(platform.db, context.actor, payload, jurisdiction)
        : await writeWorkbook(platform, context.actor, payload, jurisdiction?.path);
      await context.reportProgress(0.8, t(locale, 'directory.jobs.exportWriting'));
      const stem = `${docx ? 'bao-cao-' : ''}${payload.entity === 'organisations' ? 'to-chuc' : 'ca-nhan'}`;
      const fileName = `${stem}-${todayInVietnam().replace(/-/g, '')}.${payload.format}`;
      const stored = await platform.files.store(context.actor, {
        fileName,
        data: written.buffer,
        purpose: 'directory.export',
        visibility: 'owner',
        accept: [docx ? DOCX_MEDIA_TYPE : XLSX_MEDIA_TYPE],
      });
      return { fileId: stored.id, fileName: stored.fileName, rows: written.rows };
    },
  };
}
