import { DEGREES, ORGANISATION_KINDS } from '../../../../common/contracts/directory.ts';
import { t } from '../../../../common/i18n/index.ts';
import { formatDate, formatNumber } from '../../../../common/i18n/format.ts';
import { TIME_ZONE } from '../../../../common/i18n/locale.ts';
import type { Actor } from '../../../platform/access/actor.ts';
import type { Executor } from '../../../platform/db/client.ts';
import { buildOfficialDocument, type OfficialDocumentInput } from '../../../platform/documents/index.ts';
import { fullJurisdictionName } from '../directory.presenter.ts';
import { fieldsByCodes, jurisdictionsByIds, type JurisdictionRow } from '../jurisdictions.repository.ts';
import { eachOrganisation, findOrganisation, organisationsByIds } from '../organisations.repository.ts';
import { eachPerson, fieldCodesOf } from '../people.repository.ts';
import type { ExportPayload } from './export.ts';
import { reportIssuer, type ReportIssuer } from './issuer.ts';

/**
 * The directory as an official report (Decree 30/2020/NĐ-CP): a count by organisation kind or by
 * degree, then the list. Public fields only, since a report travels further than its requester.
 * It is written in Vietnamese whatever the interface language, as official documents are.
 */

/** The document schema takes at most this many rows per table; longer lists continue in another. */
const TABLE_ROWS = 5000;

/** A blank line for the signer's name, filled in by hand or by the clerk on issue. */
export const SIGNER_PLACEHOLDER = '……………………………';

type Block = OfficialDocumentInput['blocks'][number];

interface Listing {
  /** Label of each record's group in the summary (its kind, or its degree). */
  groups: string[];
  rows: string[][];
}

/** Today in Vietnam, yyyy-MM-dd. */
export function todayInVietnam(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

function place(row: JurisdictionRow | undefined): string {
  return row ? fullJurisdictionName(row) : '';
}

async function listOrganisations(executor: Executor, payload: ExportPayload, jurisdictionPath: string | undefined): Promise<Listing> {
  const listing: Listing = { groups: [], rows: [] };
  for await (const batch of eachOrganisation(executor, { kind: payload.kind, jurisdictionPath })) {
    const jurisdictions = await jurisdictionsByIds(executor, batch.flatMap((row) => [row.jurisdiction_id, ...(row.commune_id ? [row.commune_id] : [])]));
    for (const row of batch) {
      const kind = t('vi', `directory.organisationKinds.${row.kind}`);
      listing.groups.push(kind);
      listing.rows.push([
        String(listing.rows.length + 1),
        row.name_vi,
        row.abbreviation ?? '',
        kind,
        place(jurisdictions.get(row.commune_id ?? row.jurisdiction_id) ?? jurisdictions.get(row.jurisdiction_id)),
      ]);
    }
  }
  return listing;
}

/** "PGS.TS.": academic title then degree, as Vietnamese documents write them before a name. */
function qualification(title: string | null, degree: string | null): string {
  const parts = [
    title ? t('vi', `directory.academicTitleAbbreviations.${title}`) : '',
    degree ? t('vi', `directory.degreeAbbreviations.${degree}`) || t('vi', `directory.degrees.${degree}`) : '',
  ];
  return parts.join('');
}

async function listPeople(executor: Executor, payload: ExportPayload, jurisdictionPath: string | undefined): Promise<Listing> {
  const listing: Listing = { groups: [], rows: [] };
  for await (const batch of eachPerson(executor, { jurisdictionPath, organisationId: payload.organisationId })) {
    const [organisations, codes] = await Promise.all([
      organisationsByIds(executor, batch.flatMap((row) => (row.organisation_id ? [row.organisation_id] : []))),
      fieldCodesOf(executor, batch.map((row) => row.id)),
    ]);
    const fields = await fieldsByCodes(executor, [...codes.values()].flat());
    for (const row of batch) {
      listing.groups.push(row.degree ? t('vi', `directory.degrees.${row.degree}`) : 'Chưa cập nhật');
      listing.rows.push([
        String(listing.rows.length + 1),
        row.full_name,
        qualification(row.academic_title, row.degree),
        row.organisation_id ? (organisations.get(row.organisation_id)?.name_vi ?? '') : '',
        (codes.get(row.id) ?? []).flatMap((code) => fields.get(code)?.name_vi ?? []).join('; '),
      ]);
    }
  }
  return listing;
}

/** Counts per group in the order of `order`, groups without records left out, and a total row. */
function summaryRows(groups: readonly string[], order: readonly string[]): string[][] {
  const counts = new Map<string, number>();
  for (const group of groups) {
    counts.set(group, (counts.get(group) ?? 0) + 1);
  }
  const present = order.filter((group) => counts.has(group));
  return [
    ...present.map((group, index) => [String(index + 1), group, formatNumber(counts.get(group) ?? 0)]),
    ['', 'Tổng cộng', formatNumber(groups.length)],
  ];
}

function listTables(header: string[], rows: string[][], widths: number[], align: Array<'left' | 'center'>): Block[] {
  const tables: Block[] = [];
  for (let start = 0; start === 0 || start < rows.length; start += TABLE_ROWS) {
    tables.push({ type: 'table', header, rows: rows.slice(start, start + TABLE_ROWS), widths, align });
  }
  return tables;
}

interface ReportScope {
  jurisdiction?: JurisdictionRow;
  organisationName?: string;
}

function scopePhrase(payload: ExportPayload, scope: ReportScope): string {
  const parts: string[] = [];
  if (payload.kind) {
    parts.push(`thuộc loại hình “${t('vi', `directory.organisationKinds.${payload.kind}`)}”`);
  }
  if (scope.organisationName) {
    parts.push(`công tác tại ${scope.organisationName}`);
  }
  if (scope.jurisdiction) {
    parts.push(`trên địa bàn ${scope.jurisdiction.kind_label.toLocaleLowerCase('vi')} ${scope.jurisdiction.name}`);
  }
  return parts.map((part) => ` ${part}`).join('');
}

function reportDocument(payload: ExportPayload, scope: ReportScope, issuer: ReportIssuer, date: string, listing: Listing): OfficialDocumentInput {
  const organisations = payload.entity === 'organisations';
  const subject = organisations ? 'tổ chức khoa học và công nghệ' : 'nhân lực khoa học và công nghệ';
  const unit = organisations ? 'tổ chức' : 'người';
  const intro =
    `${issuer.issuingBody} báo cáo danh sách ${subject}${scopePhrase(payload, scope)} trong cơ sở dữ liệu của Hệ thống ` +
    `tính đến ngày ${formatDate(`${date}T12:00:00Z`)}, gồm ${formatNumber(listing.rows.length)} ${unit}, cụ thể như sau:`;
  const summary: Block = organisations
    ? {
        type: 'table',
        header: ['STT', 'Loại hình tổ chức', 'Số lượng'],
        rows: summaryRows(listing.groups, ORGANISATION_KINDS.map((kind) => t('vi', `directory.organisationKinds.${kind}`))),
        widths: [1, 6, 2],
        align: ['center', 'left', 'center'],
      }
    : {
        type: 'table',
        header: ['STT', 'Trình độ', 'Số lượng'],
        rows: summaryRows(listing.groups, [...DEGREES.map((degree) => t('vi', `directory.degrees.${degree}`)), 'Chưa cập nhật']),
        widths: [1, 6, 2],
        align: ['center', 'left', 'center'],
      };
  const list = organisations
    ? listTables(['STT', 'Tên tổ chức', 'Tên viết tắt', 'Loại hình', 'Địa bàn'], listing.rows, [1, 7, 2.5, 3.5, 3.5], ['center', 'left', 'left', 'left', 'left'])
    : listTables(['STT', 'Họ và tên', 'Học hàm, học vị', 'Cơ quan công tác', 'Lĩnh vực'], listing.rows, [1, 4, 2.5, 5.5, 4.5], ['center', 'left', 'center', 'left', 'left']);
  return {
    format: 'decree30',
    superiorBody: issuer.superiorBody,
    issuingBody: issuer.issuingBody,
    number: '',
    symbol: issuer.symbol,
    place: issuer.place,
    date,
    documentType: 'Báo cáo',
    summary: organisations ? 'Danh sách tổ chức khoa học và công nghệ' : 'Danh sách nhân lực khoa học và công nghệ',
    blocks: [
      { type: 'paragraph', text: intro },
      { type: 'heading', level: 1, text: organisations ? 'I. TỔNG HỢP THEO LOẠI HÌNH TỔ CHỨC' : 'I. TỔNG HỢP THEO TRÌNH ĐỘ' },
      summary,
      { type: 'heading', level: 1, text: organisations ? 'II. DANH SÁCH TỔ CHỨC' : 'II. DANH SÁCH NHÂN LỰC' },
      ...list,
    ],
    signature: { authority: 'KT. Giám đốc', title: 'Phó Giám đốc', name: SIGNER_PLACEHOLDER },
    recipients: ['Như trên;', 'Lưu: VT, QLKH.'],
  };
}

/** Writes the requested records as an official report (.docx); returns it with the number of records listed. */
export async function writeDirectoryReport(
  executor: Executor,
  actor: Actor,
  payload: ExportPayload,
  jurisdiction: JurisdictionRow | undefined,
): Promise<{ buffer: Buffer; rows: number }> {
  const path = jurisdiction?.path;
  const [issuer, listing, organisation] = await Promise.all([
    reportIssuer(executor, actor),
    payload.entity === 'organisations' ? listOrganisations(executor, payload, path) : listPeople(executor, payload, path),
    payload.entity === 'people' && payload.organisationId ? findOrganisation(executor, payload.organisationId) : undefined,
  ]);
  const document = reportDocument(payload, { jurisdiction, organisationName: organisation?.name_vi }, issuer, todayInVietnam(), listing);
  return { buffer: await buildOfficialDocument(document), rows: listing.rows.length };
}
