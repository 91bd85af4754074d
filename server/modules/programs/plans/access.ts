import { sql, type RawBuilder, type SqlBool } from 'kysely';
import type { Permission } from '../../../../common/contracts/permissions.ts';
import { t } from '../../../../common/i18n/index.ts';
import type { Locale } from '../../../../common/i18n/locale.ts';
import type { RoundsFieldCode } from '../../../../common/i18n/messages/programs-rounds.ts';
import type { Actor } from '../../../platform/access/actor.ts';
import { refusalError, scopeOf, whyNot, type Placement } from '../../../platform/access/policy.ts';
import type { AuditContext } from '../../../platform/audit/audit.ts';
import type { Executor } from '../../../platform/db/client.ts';
import { AppError, badRequest, notFound, type FieldError } from '../../../platform/errors.ts';
import type { Platform } from '../../../platform/platform.ts';
import { takesPartInPrograms } from '../programs.policy.ts';
import type { ProgramsTable } from '../programs.tables.ts';

/**
 * Who may touch plans and reports. A plan or a report belongs to a unit (a directory
 * organisation) and sits where that unit sits: its organisation path and its jurisdiction path.
 * A unit reporter's grant covers their organisation's subtree; an officer's covers the province.
 * Someone who may not read a unit's record gets a 404, as if it did not exist; someone who may
 * read it but not change it gets the policy's 403.
 */

export type ServiceContext = AuditContext;

export interface Unit {
  id: string;
  name: string;
  placement: Placement;
}

/** Units by id, with their placement, in one query. */
export async function unitsByIds(executor: Executor, ids: readonly string[]): Promise<Map<string, Unit>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) {
    return new Map();
  }
  const rows = await executor
    .selectFrom('organisations as o')
    .innerJoin('jurisdictions as j', 'j.id', 'o.jurisdiction_id')
    .select(['o.id', 'o.name_vi', 'o.path as organisation_path', 'j.path as jurisdiction_path'])
    .where('o.id', 'in', unique)
    .execute();
  return new Map(
    rows.map((row) => [row.id, { id: row.id, name: row.name_vi, placement: { jurisdictionPath: row.jurisdiction_path, organisationPath: row.organisation_path } }]),
  );
}

export async function findUnit(executor: Executor, id: string): Promise<Unit | undefined> {
  return (await unitsByIds(executor, [id])).get(id);
}

export interface ProgramRow extends ProgramsTable {
  jurisdiction_path: string;
}

export async function findProgram(executor: Executor, id: string): Promise<ProgramRow | undefined> {
  return executor
    .selectFrom('programs')
    .innerJoin('jurisdictions', 'jurisdictions.id', 'programs.jurisdiction_id')
    .selectAll('programs')
    .select('jurisdictions.path as jurisdiction_path')
    .where('programs.id', '=', id)
    .executeTakeFirst();
}

export function programPlacement(program: ProgramRow): Placement {
  return { jurisdictionPath: program.jurisdiction_path };
}

/**
 * A program is visible to whoever reads programs somewhere inside its jurisdiction: an officer
 * of the province, or a unit reporter whose unit sits in it.
 */
export function canSeeProgram(actor: Actor, program: ProgramRow): boolean {
  if (whyNot(actor, 'programs.read', programPlacement(program)) === null) {
    return true;
  }
  return takesPartInPrograms(actor);
}

export async function programOr404(executor: Executor, actor: Actor, id: string): Promise<ProgramRow> {
  const program = await findProgram(executor, id);
  if (!program || !canSeeProgram(actor, program)) {
    throw notFound();
  }
  return program;
}

/** 404 when the actor may not read the unit's records; the policy's refusal when they may not use `permission` on them. */
export function authorizeUnit(actor: Actor, permission: Permission, placement: Placement): void {
  if (whyNot(actor, 'programs.read', placement) !== null && whyNot(actor, permission, placement) !== null) {
    throw notFound();
  }
  const refusal = whyNot(actor, permission, placement);
  if (refusal) {
    throw refusalError(refusal);
  }
}

export function readableOr404(actor: Actor, placement: Placement): void {
  if (whyNot(actor, 'programs.read', placement) !== null) {
    throw notFound();
  }
}

/**
 * The SQL form of "the actor may use `permission` on records of this unit", over an
 * organisations alias `o` joined to its jurisdiction `j`.
 */
export function unitScopeSql(actor: Actor, permission: Permission = 'programs.read'): RawBuilder<SqlBool> {
  const scope = scopeOf(actor, permission);
  if (scope.all) {
    return sql<SqlBool>`1 = 1`;
  }
  const anyOf = [
    ...scope.organisationPaths.map((path) => sql<SqlBool>`o.path like ${`${path}%`}`),
    ...scope.jurisdictionPaths.map((path) => sql<SqlBool>`j.path like ${`${path}%`}`),
  ];
  return anyOf.length > 0 ? sql<SqlBool>`(${sql.join(anyOf, sql` or `)})` : sql<SqlBool>`1 = 0`;
}

export function fieldError(locale: Locale, path: string, code: RoundsFieldCode, params?: Record<string, string | number>): FieldError {
  return { path, code, message: t(locale, `programsRounds.fieldErrors.${code}`, params) };
}

export function invalid(locale: Locale, path: string, code: RoundsFieldCode, params?: Record<string, string | number>): AppError {
  return badRequest([fieldError(locale, path, code, params)]);
}

export function duplicate(locale: Locale, path: string, code: RoundsFieldCode): AppError {
  return new AppError('duplicate_code', 409, { fieldErrors: [fieldError(locale, path, code)] });
}

/** What evidence may be: documents and scans, at most 20 MB (or the installation's bound if tighter). */
export const EVIDENCE_MEDIA_TYPES: readonly string[] = [
  'application/pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/msword',
  'application/vnd.ms-excel',
  'image/png',
  'image/jpeg',
];
export const EVIDENCE_MAX_BYTES = 20 * 1024 * 1024;

/**
 * An evidence file the actor uploaded through the files endpoint, checked for type and size
 * before a record links it. Files of other users are treated as absent.
 */
export async function checkEvidence(platform: Platform, actor: Actor, fileId: string, path: string): Promise<{ id: string; fileName: string }> {
  const locale = actor.locale;
  const file = await platform.files.find(fileId);
  if (!file || (actor.kind === 'user' && file.ownerUserId !== actor.userId)) {
    throw invalid(locale, path, 'file_unknown');
  }
  if (!EVIDENCE_MEDIA_TYPES.includes(file.mediaType)) {
    throw invalid(locale, path, 'file_type_rejected');
  }
  const max = Math.min(EVIDENCE_MAX_BYTES, platform.files.uploadMaxBytes);
  if (file.size > max) {
    throw invalid(locale, path, 'file_too_large', { max: `${Math.round(max / 1024 / 1024)} MB` });
  }
  return { id: file.id, fileName: file.fileName };
}
