import type {
  CurationEvent,
  LibraryFileRole,
  LibraryRecordStatus,
  TCurationAction,
  TCurationComment,
  TLibraryRecord,
  TLibraryRecordInput,
  TLibraryRecordList,
  TLibraryRecordListQuery,
  TLibraryRecordUpdate,
} from '../../../common/contracts/library.ts';
import { LIBRARY_FILE_MEDIA_TYPES } from '../../../common/contracts/library.ts';
import type { Actor } from '../../platform/access/actor.ts';
import { authorize, refusalError, scopeOf, whyNot } from '../../platform/access/policy.ts';
import { recordAudit, type AuditContext } from '../../platform/audit/audit.ts';
import type { Executor } from '../../platform/db/client.ts';
import { newId, nowIso } from '../../platform/db/ids.ts';
import { fromJson } from '../../platform/db/json.ts';
import { AppError, badRequest, conflict, forbidden, notFound } from '../../platform/errors.ts';
import type { OpenedFile } from '../../platform/files/types.ts';
import type { Platform } from '../../platform/platform.ts';
import { fieldError, identifierTaken, invalidReference, wrongState } from './library.errors.ts';
import { loadBundles, loadRefs } from './library.bundle.ts';
import { canCurate, canEdit, canRead, canSubmit, isDepositor, isEmbargoed } from './library.policy.ts';
import { presentRecord, presentSummary } from './library.presenter.ts';
import {
  curationEventsOf,
  deleteLibraryFile,
  failedFileCounts,
  fieldRefs,
  findLibraryFile,
  findRecord,
  findRecordByExternalId,
  findVersion,
  identifierHolder,
  insertCurationEvent,
  insertLibraryFile,
  insertRecord,
  insertVersion,
  listRecords,
  nextFileOrdinal,
  organisationRefs,
  peopleNamed,
  personRefs,
  placesOf,
  programRefs,
  replaceContributors,
  replaceFields,
  updateRecord,
  updateRecordIfVersion,
  versionsOf,
  type ContributorRow,
  type RecordPlace,
  type RecordRow,
} from './library.repository.ts';
import { indexRecords } from './library.search.ts';

export type ServiceContext = AuditContext;

export const EXTRACT_JOB = 'library.extract_text';
export const REINDEX_JOB = 'library.reindex';
/** Files attached to a record; tighter than the installation's upload limit when that is larger. */
export const LIBRARY_FILE_MAX_BYTES = 50 * 1024 * 1024;

interface ResolvedInput {
  jurisdictionId: string;
  contributors: ContributorRow[];
}

/** The record's metadata as a depositor would send it again: what each version keeps. */
function snapshotOf(row: RecordRow, contributors: readonly ContributorRow[], fieldCodes: readonly string[]): Record<string, unknown> {
  return {
    type: row.type,
    status: row.status,
    title: row.title,
    titleEn: row.title_en,
    abstract: row.abstract,
    keywords: fromJson<string[]>(row.keywords, []),
    language: row.language,
    licence: row.licence,
    issuedYear: row.issued_year,
    issuedDate: row.issued_date,
    publisher: row.publisher,
    fieldCodes,
    programArea: row.program_area,
    programId: row.program_id,
    taskCode: row.task_code,
    identifiers: { doi: row.doi, isbn: row.isbn, patentNo: row.patent_no, resultNo: row.result_no },
    accessLevel: row.access_level,
    embargoUntil: row.embargo_until,
    organisationId: row.organisation_id,
    jurisdictionId: row.jurisdiction_id,
    details: fromJson<Record<string, unknown>>(row.details, {}),
    contributors: contributors.map((c) => ({ role: c.role, personId: c.person_id, name: c.name, organisationId: c.organisation_id, affiliation: c.affiliation })),
  };
}

function inputColumns(input: TLibraryRecordInput, jurisdictionId: string) {
  return {
    type: input.type,
    access_level: input.accessLevel,
    embargo_until: input.embargoUntil,
    title: input.title,
    title_en: input.titleEn,
    abstract: input.abstract,
    keywords: JSON.stringify(input.keywords),
    language: input.language,
    licence: input.licence,
    issued_year: input.issuedYear ?? (input.issuedDate ? Number(input.issuedDate.slice(0, 4)) : null),
    issued_date: input.issuedDate,
    publisher: input.publisher,
    program_area: input.programArea,
    program_id: input.programId,
    task_code: input.taskCode,
    doi: input.identifiers.doi,
    isbn: input.identifiers.isbn,
    patent_no: input.identifiers.patentNo,
    result_no: input.identifiers.resultNo,
    details: JSON.stringify(input.details),
    jurisdiction_id: jurisdictionId,
    organisation_id: input.organisationId,
  };
}

const IDENTIFIER_PATHS: Record<string, string> = {
  doi: 'identifiers.doi',
  isbn: 'identifiers.isbn',
  patent_no: 'identifiers.patentNo',
  result_no: 'identifiers.resultNo',
  external_id: 'externalId',
};

/** Checks every reference of the input against the directory and the programs; fills contributor names. */
async function resolveInput(executor: Executor, actor: Actor, recordId: string, input: TLibraryRecordInput, externalId: string | null): Promise<ResolvedInput> {
  const locale = actor.locale;
  const organisationIds = [input.organisationId, ...input.contributors.map((c) => c.organisationId)].filter((id): id is string => id !== null);
  const personIds = input.contributors.flatMap((c) => (c.personId ? [c.personId] : []));
  const typedNames = input.contributors.flatMap((c) => (!c.personId && c.name ? [c.name] : []));
  const [organisations, people, fields, programs, namesakes] = await Promise.all([
    organisationRefs(executor, organisationIds),
    personRefs(executor, personIds),
    fieldRefs(executor, input.fieldCodes),
    programRefs(executor, input.programId ? [input.programId] : []),
    peopleNamed(executor, typedNames),
  ]);
  if (input.organisationId && !organisations.has(input.organisationId)) {
    throw invalidReference(locale, 'body.organisationId', 'organisation_unknown');
  }
  const unknownField = input.fieldCodes.findIndex((code) => !fields.has(code));
  if (unknownField >= 0) {
    throw invalidReference(locale, `body.fieldCodes.${unknownField}`, 'field_unknown');
  }
  if (input.programId && !programs.has(input.programId)) {
    throw invalidReference(locale, 'body.programId', 'program_unknown');
  }
  const contributors = input.contributors.map((contributor, index): ContributorRow => {
    // A name typed for someone the directory holds (and only one person by that name) links to them.
    const person = contributor.personId ? people.get(contributor.personId) : contributor.name ? namesakes.get(contributor.name) : undefined;
    if (contributor.personId && !person) {
      throw invalidReference(locale, `body.contributors.${index}.personId`, 'person_unknown');
    }
    if (contributor.organisationId && !organisations.has(contributor.organisationId)) {
      throw invalidReference(locale, `body.contributors.${index}.organisationId`, 'organisation_unknown');
    }
    return {
      id: newId(),
      record_id: recordId,
      ordinal: index + 1,
      role: contributor.role,
      person_id: person?.id ?? null,
      name: person?.full_name ?? contributor.name ?? '',
      organisation_id: contributor.organisationId ?? (person?.organisation_id && !contributor.affiliation ? person.organisation_id : null),
      affiliation: contributor.affiliation,
    };
  });
  let jurisdictionId = input.jurisdictionId;
  if (input.organisationId) {
    jurisdictionId = organisations.get(input.organisationId)?.jurisdiction_id ?? null;
  } else if (jurisdictionId) {
    const known = await executor.selectFrom('jurisdictions').select('id').where('id', '=', jurisdictionId).executeTakeFirst();
    if (!known) {
      throw invalidReference(locale, 'body.jurisdictionId', 'jurisdiction_unknown');
    }
  }
  if (!jurisdictionId) {
    throw invalidReference(locale, 'body.jurisdictionId', 'jurisdiction_required');
  }
  const clash = await identifierHolder(
    executor,
    { doi: input.identifiers.doi, isbn: input.identifiers.isbn, patent_no: input.identifiers.patentNo, result_no: input.identifiers.resultNo, external_id: externalId },
    recordId,
  );
  if (clash) {
    throw identifierTaken(locale, `body.${IDENTIFIER_PATHS[clash.column] ?? clash.column}`);
  }
  return { jurisdictionId, contributors };
}

async function placeOf(executor: Executor, row: RecordRow): Promise<RecordPlace> {
  const places = await placesOf(executor, [row]);
  return places.get(row.id) ?? { jurisdictionPath: '', organisationPath: null };
}

/** Where a new record would sit, for the deposit check before anything is written. */
async function placeOfInput(executor: Executor, jurisdictionId: string, organisationId: string | null): Promise<RecordPlace> {
  const [jurisdiction, organisation] = await Promise.all([
    executor.selectFrom('jurisdictions').select('path').where('id', '=', jurisdictionId).executeTakeFirst(),
    organisationId ? executor.selectFrom('organisations').select('path').where('id', '=', organisationId).executeTakeFirst() : undefined,
  ]);
  return { jurisdictionPath: jurisdiction?.path ?? '', organisationPath: organisation?.path ?? null };
}

export interface AttachRequest {
  fileName: string;
  data: Buffer;
  role: LibraryFileRole;
}

export interface ImportOptions {
  /** The state an imported record lands in; curators import straight to `published`. */
  status?: Extract<LibraryRecordStatus, 'draft' | 'submitted' | 'published'>;
}

export function createLibraryService(platform: Platform) {
  const { db, search, jobs } = platform;

  async function audit(executor: Executor, ctx: ServiceContext, action: string, id: string, before: unknown, after: unknown): Promise<void> {
    await recordAudit(executor, ctx, { action: `library.record.${action}`, subjectType: 'library_record', subjectId: id, before, after });
  }

  async function event(executor: Executor, ctx: ServiceContext, recordId: string, name: CurationEvent, from: LibraryRecordStatus | null, to: LibraryRecordStatus, comment: string | null): Promise<void> {
    await insertCurationEvent(executor, { id: newId(), record_id: recordId, event: name, from_status: from, to_status: to, comment, actor_id: ctx.actor.userId, created_at: nowIso() });
  }

  async function present(executor: Executor, actor: Actor, row: RecordRow): Promise<TLibraryRecord> {
    const [bundle] = await loadBundles(executor, [row]);
    if (!bundle) {
      throw notFound();
    }
    const refs = await loadRefs(executor, [bundle]);
    const curate = canCurate(actor, bundle.place);
    return presentRecord(bundle, refs, actor.locale, {
      edit: canEdit(actor, row, bundle.place),
      submit: canSubmit(actor, row, bundle.place),
      curate,
      withdraw: curate && row.status === 'published',
      seeErrors: curate || isDepositor(actor, row),
    });
  }

  /** The record if the actor may read it; a 404 otherwise, so its existence is not revealed. */
  async function readable(executor: Executor, actor: Actor, id: string): Promise<{ row: RecordRow; place: RecordPlace }> {
    const row = await findRecord(executor, id);
    if (!row) {
      throw notFound();
    }
    const place = await placeOf(executor, row);
    if (!canRead(actor, row, place)) {
      throw notFound();
    }
    return { row, place };
  }

  async function writeVersion(executor: Executor, ctx: ServiceContext, row: RecordRow, contributors: readonly ContributorRow[], fieldCodes: readonly string[], note: string | null): Promise<void> {
    await insertVersion(executor, {
      id: newId(),
      record_id: row.id,
      version: row.version,
      snapshot: JSON.stringify(snapshotOf(row, contributors, fieldCodes)),
      note,
      actor_id: ctx.actor.userId,
      created_at: row.updated_at,
    });
  }

  async function scheduleEmbargoLift(executor: Executor, row: RecordRow): Promise<void> {
    if (row.status === 'published' && isEmbargoed(row) && row.embargo_until) {
      await jobs.enqueue(executor, REINDEX_JOB, { recordId: row.id }, { runAt: new Date(`${row.embargo_until}T00:00:00Z`) });
    }
  }

  async function createIn(executor: Executor, ctx: ServiceContext, input: TLibraryRecordInput, options: { externalId: string | null; status: LibraryRecordStatus; event: CurationEvent }): Promise<RecordRow> {
    const id = newId();
    const resolved = await resolveInput(executor, ctx.actor, id, input, options.externalId);
    const place = await placeOfInput(executor, resolved.jurisdictionId, input.organisationId);
    authorize(ctx.actor, 'library.deposit', place);
    if (options.status === 'published') {
      authorize(ctx.actor, 'library.curate', place);
    }
    const now = nowIso();
    const row: RecordRow = {
      id,
      ...inputColumns(input, resolved.jurisdictionId),
      status: options.status,
      external_id: options.externalId,
      depositor_id: ctx.actor.userId,
      version: 1,
      submitted_at: options.status === 'draft' ? null : now,
      published_at: options.status === 'published' ? now : null,
      withdrawn_at: null,
      withdrawal_reason: null,
      view_count: 0,
      download_count: 0,
      created_at: now,
      updated_at: now,
    };
    await insertRecord(executor, row);
    await replaceContributors(executor, id, resolved.contributors);
    await replaceFields(executor, id, input.fieldCodes);
    await writeVersion(executor, ctx, row, resolved.contributors, input.fieldCodes, null);
    await event(executor, ctx, id, options.event, null, options.status, null);
    await audit(executor, ctx, 'create', id, undefined, snapshotOf(row, resolved.contributors, input.fieldCodes));
    await indexRecords(executor, search, [row]);
    await scheduleEmbargoLift(executor, row);
    return row;
  }

  async function updateIn(executor: Executor, ctx: ServiceContext, current: RecordRow, input: TLibraryRecordInput, note: string | null, externalId: string | null): Promise<RecordRow> {
    const resolved = await resolveInput(executor, ctx.actor, current.id, input, externalId);
    const newPlace = await placeOfInput(executor, resolved.jurisdictionId, input.organisationId);
    // Moving a record to another organisation needs the same right there as here.
    if (canCurate(ctx.actor, await placeOf(executor, current))) {
      authorize(ctx.actor, 'library.curate', newPlace);
    } else {
      authorize(ctx.actor, 'library.deposit', newPlace);
    }
    const before = await loadBundles(executor, [current]);
    const changes = { ...inputColumns(input, resolved.jurisdictionId), external_id: externalId ?? current.external_id, version: current.version + 1, updated_at: nowIso() };
    if (!(await updateRecordIfVersion(executor, current.id, current.version, changes))) {
      throw conflict('stale_version');
    }
    const row: RecordRow = { ...current, ...changes };
    await replaceContributors(executor, row.id, resolved.contributors);
    await replaceFields(executor, row.id, input.fieldCodes);
    await writeVersion(executor, ctx, row, resolved.contributors, input.fieldCodes, note);
    await event(executor, ctx, row.id, 'edited', current.status, row.status, note);
    await audit(
      executor,
      ctx,
      'update',
      row.id,
      before[0] ? snapshotOf(current, before[0].contributors, before[0].fieldCodes) : undefined,
      snapshotOf(row, resolved.contributors, input.fieldCodes),
    );
    await indexRecords(executor, search, [row]);
    await scheduleEmbargoLift(executor, row);
    return row;
  }

  /** A curation step: checks the state and version, moves the status, keeps the trail, updates the index. */
  async function transition(
    ctx: ServiceContext,
    id: string,
    version: number,
    step: {
      name: Extract<CurationEvent, 'submitted' | 'changes_requested' | 'published' | 'withdrawn'>;
      from: readonly LibraryRecordStatus[];
      to: LibraryRecordStatus;
      allowed: (row: RecordRow, place: RecordPlace) => boolean;
      comment: string | null;
    },
  ): Promise<TLibraryRecord> {
    return db.transaction().execute(async (tx) => {
      const { row, place } = await readable(tx, ctx.actor, id);
      if (!step.allowed(row, place)) {
        throw forbidden('missing_role');
      }
      if (!step.from.includes(row.status)) {
        throw wrongState(row.status);
      }
      const now = nowIso();
      const changes: Partial<RecordRow> = { status: step.to, version: row.version + 1, updated_at: now };
      if (step.name === 'submitted') {
        changes.submitted_at = now;
      } else if (step.name === 'published') {
        changes.published_at = row.published_at ?? now;
      } else if (step.name === 'withdrawn') {
        changes.withdrawn_at = now;
        changes.withdrawal_reason = step.comment;
      }
      if (!(await updateRecordIfVersion(tx, id, version, changes))) {
        throw conflict('stale_version');
      }
      const updated: RecordRow = { ...row, ...changes };
      const [bundle] = await loadBundles(tx, [updated]);
      await writeVersion(tx, ctx, updated, bundle?.contributors ?? [], bundle?.fieldCodes ?? [], step.comment);
      await event(tx, ctx, id, step.name, row.status, step.to, step.comment);
      await audit(tx, ctx, step.name, id, { status: row.status, version: row.version }, { status: step.to, version: updated.version, comment: step.comment });
      await indexRecords(tx, search, [updated]);
      await scheduleEmbargoLift(tx, updated);
      return present(tx, ctx.actor, updated);
    });
  }

  /** Refuses early, before a large upload is read, when the caller may not attach files to the record. */
  async function assertCanAttach(ctx: ServiceContext, id: string): Promise<void> {
    const { row, place } = await readable(db, ctx.actor, id);
    if (!canEdit(ctx.actor, row, place)) {
      throw row.status === 'withdrawn' ? wrongState(row.status) : forbidden('missing_role');
    }
  }

  const curatorOnly = (actor: Actor) => (_row: RecordRow, place: RecordPlace) => canCurate(actor, place);

  return {
    async create(ctx: ServiceContext, input: TLibraryRecordInput): Promise<TLibraryRecord> {
      return db.transaction().execute(async (tx) => {
        const row = await createIn(tx, ctx, input, { externalId: null, status: 'draft', event: 'created' });
        return present(tx, ctx.actor, row);
      });
    },

    async get(ctx: ServiceContext, id: string): Promise<TLibraryRecord> {
      const { row } = await readable(db, ctx.actor, id);
      return present(db, ctx.actor, row);
    },

    async update(ctx: ServiceContext, id: string, body: TLibraryRecordUpdate): Promise<TLibraryRecord> {
      return db.transaction().execute(async (tx) => {
        const { row, place } = await readable(tx, ctx.actor, id);
        if (!canEdit(ctx.actor, row, place)) {
          throw row.status === 'withdrawn' ? wrongState(row.status) : forbidden('missing_role');
        }
        if (row.version !== body.version) {
          throw conflict('stale_version');
        }
        const updated = await updateIn(tx, ctx, row, body.record, body.note, null);
        return present(tx, ctx.actor, updated);
      });
    },

    submit(ctx: ServiceContext, id: string, body: TCurationAction): Promise<TLibraryRecord> {
      return transition(ctx, id, body.version, {
        name: 'submitted',
        from: ['draft', 'changes_requested'],
        to: 'submitted',
        allowed: (row, place) => isDepositor(ctx.actor, row) || canCurate(ctx.actor, place),
        comment: body.comment,
      });
    },

    requestChanges(ctx: ServiceContext, id: string, body: TCurationComment): Promise<TLibraryRecord> {
      return transition(ctx, id, body.version, { name: 'changes_requested', from: ['submitted'], to: 'changes_requested', allowed: curatorOnly(ctx.actor), comment: body.comment });
    },

    publish(ctx: ServiceContext, id: string, body: TCurationAction): Promise<TLibraryRecord> {
      return transition(ctx, id, body.version, { name: 'published', from: ['submitted'], to: 'published', allowed: curatorOnly(ctx.actor), comment: body.comment });
    },

    withdraw(ctx: ServiceContext, id: string, body: TCurationComment): Promise<TLibraryRecord> {
      return transition(ctx, id, body.version, { name: 'withdrawn', from: ['published'], to: 'withdrawn', allowed: curatorOnly(ctx.actor), comment: body.comment });
    },

    async list(ctx: ServiceContext, query: TLibraryRecordListQuery): Promise<TLibraryRecordList> {
      const { actor } = ctx;
      if (!actor.userId && actor.kind !== 'system') {
        throw new AppError('unauthenticated', 401);
      }
      if (query.scope === 'curation') {
        const refusal = whyNot(actor, 'library.curate');
        if (refusal) {
          throw refusalError(refusal);
        }
      }
      const { rows, total } = await listRecords(db, {
        ...(query.scope === 'mine' ? { depositorId: actor.userId ?? '' } : { scope: scopeOf(actor, 'library.curate') }),
        status: query.status,
        type: query.type,
        textFailed: query.textFailed,
        page: query.page,
        pageSize: query.pageSize,
      });
      const bundles = await loadBundles(db, rows);
      const [refs, failed] = await Promise.all([loadRefs(db, bundles), failedFileCounts(db, rows.map((row) => row.id))]);
      return { items: bundles.map((bundle) => presentSummary(bundle, refs, failed.get(bundle.row.id) ?? 0)), total, page: query.page, pageSize: query.pageSize };
    },

    async versions(ctx: ServiceContext, id: string) {
      const { row, place } = await readable(db, ctx.actor, id);
      if (!canCurate(ctx.actor, place) && !isDepositor(ctx.actor, row)) {
        throw forbidden('missing_role');
      }
      const rows = await versionsOf(db, id);
      return { items: rows.map((v) => ({ version: v.version, note: v.note, actorId: v.actor_id, createdAt: v.created_at })) };
    },

    async version(ctx: ServiceContext, id: string, version: number) {
      const { row, place } = await readable(db, ctx.actor, id);
      if (!canCurate(ctx.actor, place) && !isDepositor(ctx.actor, row)) {
        throw forbidden('missing_role');
      }
      const found = await findVersion(db, id, version);
      if (!found) {
        throw notFound();
      }
      return { version: found.version, note: found.note, actorId: found.actor_id, createdAt: found.created_at, snapshot: fromJson<Record<string, unknown>>(found.snapshot, {}) };
    },

    async events(ctx: ServiceContext, id: string) {
      const { row, place } = await readable(db, ctx.actor, id);
      if (!canCurate(ctx.actor, place) && !isDepositor(ctx.actor, row)) {
        throw forbidden('missing_role');
      }
      const rows = await curationEventsOf(db, id);
      return {
        items: rows.map((e) => ({ id: e.id, event: e.event, fromStatus: e.from_status, toStatus: e.to_status, comment: e.comment, actorId: e.actor_id, createdAt: e.created_at })),
      };
    },

    assertCanAttach,

    async attachFile(ctx: ServiceContext, id: string, request: AttachRequest): Promise<TLibraryRecord> {
      await assertCanAttach(ctx, id);
      const stored = await platform.files.store(
        ctx.actor,
        { fileName: request.fileName, data: request.data, purpose: 'library.document', visibility: 'owner', accept: LIBRARY_FILE_MEDIA_TYPES, maxBytes: LIBRARY_FILE_MAX_BYTES },
        ctx.requestId,
      );
      return db.transaction().execute(async (tx) => {
        const current = await findRecord(tx, id);
        if (!current) {
          throw notFound();
        }
        const now = nowIso();
        const fileRow = {
          id: newId(),
          record_id: id,
          file_id: stored.id,
          role: request.role,
          ordinal: await nextFileOrdinal(tx, id),
          text_status: 'pending' as const,
          text_error: null,
          pages: null,
          extracted_chars: null,
          extracted_text: null,
          extracted_at: null,
          created_at: now,
          updated_at: now,
        };
        const duplicate = await tx.selectFrom('library_files').select('id').where('record_id', '=', id).where('file_id', '=', stored.id).executeTakeFirst();
        if (duplicate) {
          throw badRequest([{ path: 'body.file', code: 'duplicate_file', message: 'duplicate_file' }], 'duplicate_code');
        }
        await insertLibraryFile(tx, fileRow);
        await updateRecord(tx, id, { updated_at: now });
        await event(tx, ctx, id, 'file_added', current.status, current.status, stored.fileName);
        await recordAudit(tx, ctx, { action: 'library.file.attach', subjectType: 'library_record', subjectId: id, after: { libraryFileId: fileRow.id, fileId: stored.id, role: request.role } });
        await jobs.enqueue(tx, EXTRACT_JOB, { libraryFileId: fileRow.id }, { createdBy: ctx.actor.userId });
        return present(tx, ctx.actor, { ...current, updated_at: now });
      });
    },

    async removeFile(ctx: ServiceContext, id: string, libraryFileId: string): Promise<TLibraryRecord> {
      return db.transaction().execute(async (tx) => {
        const { row, place } = await readable(tx, ctx.actor, id);
        if (!canEdit(ctx.actor, row, place)) {
          throw row.status === 'withdrawn' ? wrongState(row.status) : forbidden('missing_role');
        }
        const file = await findLibraryFile(tx, libraryFileId);
        if (!file || file.record_id !== id) {
          throw notFound();
        }
        const now = nowIso();
        await deleteLibraryFile(tx, libraryFileId);
        await updateRecord(tx, id, { updated_at: now });
        await event(tx, ctx, id, 'file_removed', row.status, row.status, null);
        await recordAudit(tx, ctx, { action: 'library.file.remove', subjectType: 'library_record', subjectId: id, before: { libraryFileId, fileId: file.file_id } });
        const updated = { ...row, updated_at: now };
        await indexRecords(tx, search, [updated]);
        return present(tx, ctx.actor, updated);
      });
    },

    /** A record's file for download, counted; a 404 unless the caller may read the record and it is not a tombstone. */
    async openFile(ctx: ServiceContext, id: string, libraryFileId: string): Promise<OpenedFile> {
      const { row, place } = await readable(db, ctx.actor, id);
      if (row.status === 'withdrawn' && !canCurate(ctx.actor, place)) {
        throw notFound();
      }
      const file = await findLibraryFile(db, libraryFileId);
      const opened = file && file.record_id === id ? await platform.files.open(file.file_id) : null;
      if (!opened) {
        throw notFound();
      }
      if (row.status === 'published') {
        await db
          .updateTable('library_records')
          .set((eb) => ({ download_count: eb('download_count', '+', 1) }))
          .where('id', '=', id)
          .execute();
      }
      return opened;
    },

    /**
     * Creates or replaces the record with this external identifier, so running the same import
     * twice changes nothing the second time. Returns whether it was created.
     */
    async upsertFromImport(ctx: ServiceContext, input: TLibraryRecordInput & { externalId: string }, options: ImportOptions = {}): Promise<{ id: string; created: boolean }> {
      return db.transaction().execute(async (tx) => {
        const existing = await findRecordByExternalId(tx, input.externalId);
        if (!existing) {
          const row = await createIn(tx, ctx, input, { externalId: input.externalId, status: options.status ?? 'draft', event: 'imported' });
          return { id: row.id, created: true };
        }
        const place = await placeOf(tx, existing);
        if (!canEdit(ctx.actor, existing, place)) {
          throw canRead(ctx.actor, existing, place) ? forbidden('missing_role') : new AppError('duplicate_code', 409, { fieldErrors: [fieldError(ctx.actor.locale, 'body.externalId', 'identifier_taken')] });
        }
        await updateIn(tx, ctx, existing, input, null, input.externalId);
        return { id: existing.id, created: false };
      });
    },

    async reindex(ids: readonly string[]): Promise<void> {
      await db.transaction().execute(async (tx) => {
        const rows = await tx.selectFrom('library_records').selectAll().where('id', 'in', [...ids]).execute();
        await indexRecords(tx, search, rows);
      });
    },
  };
}

export type LibraryService = ReturnType<typeof createLibraryService>;

