import { sql } from 'kysely';
import type { LibraryRecordType, ProgramArea, TLibraryRecord } from '../../../common/contracts/library.ts';
import { anonymousActor } from '../../platform/access/actor.ts';
import type { Executor } from '../../platform/db/client.ts';
import { loadBundles, loadRefs } from './library.bundle.ts';
import { isEmbargoed, today } from './library.policy.ts';
import { presentRecord } from './library.presenter.ts';
import type { RecordRow } from './library.repository.ts';

/** The part of the library a harvester asked for (OAI-PMH sets map onto these). */
export interface HarvestSet {
  type?: LibraryRecordType;
  /** Records of this S&T field or any of its subfields. */
  fieldCode?: string;
  programArea?: ProgramArea;
  programId?: string;
}

export interface HarvestQuery {
  /** Inclusive bounds on the datestamp (`updated_at`), ISO times. */
  from?: string;
  until?: string;
  set?: HarvestSet;
  /** Continue after this position of a previous page (the last item's datestamp and id). */
  after?: { datestamp: string; id: string };
  limit: number;
}

export interface HarvestItem {
  id: string;
  /** The OAI datestamp: when the record last changed in a way a harvester should see. */
  datestamp: string;
  /** A tombstone: withdrawn, or no longer open to the public (restricted, embargoed). */
  deleted: boolean;
  type: LibraryRecordType;
  fieldCodes: string[];
  programArea: ProgramArea | null;
  programId: string | null;
  /** The metadata, for records that are not deleted. */
  record: TLibraryRecord | null;
}

/** Open to anyone: published, public and out of embargo. */
export function isOpenRecord(row: RecordRow, on: string = today()): boolean {
  return row.status === 'published' && row.access_level === 'public' && !isEmbargoed(row, on);
}

async function present(executor: Executor, rows: readonly RecordRow[]): Promise<Map<string, { record: TLibraryRecord; fieldCodes: string[] }>> {
  const bundles = await loadBundles(executor, rows);
  const refs = await loadRefs(executor, bundles);
  const actor = anonymousActor('vi');
  return new Map(
    bundles.map((bundle) => [
      bundle.row.id,
      {
        fieldCodes: bundle.fieldCodes,
        record: presentRecord(bundle, refs, actor.locale, { edit: false, submit: false, curate: false, withdraw: false, seeErrors: false }),
      },
    ]),
  );
}

/**
 * Records a harvester may see, in datestamp order: every record that was ever published, those no
 * longer open as deleted. Pages continue with `after`, so a resumption token needs only the last
 * item's datestamp and id.
 */
export async function listRecordsForHarvest(executor: Executor, query: HarvestQuery): Promise<HarvestItem[]> {
  let select = executor.selectFrom('library_records').selectAll('library_records').where('library_records.published_at', 'is not', null);
  if (query.from) {
    select = select.where('library_records.updated_at', '>=', query.from);
  }
  if (query.until) {
    select = select.where('library_records.updated_at', '<=', query.until);
  }
  if (query.after) {
    const { datestamp, id } = query.after;
    select = select.where((eb) =>
      eb.or([eb('library_records.updated_at', '>', datestamp), eb.and([eb('library_records.updated_at', '=', datestamp), eb('library_records.id', '>', id)])]),
    );
  }
  const set = query.set ?? {};
  if (set.type) {
    select = select.where('library_records.type', '=', set.type);
  }
  if (set.programArea) {
    select = select.where('library_records.program_area', '=', set.programArea);
  }
  if (set.programId) {
    select = select.where('library_records.program_id', '=', set.programId);
  }
  if (set.fieldCode) {
    const code = set.fieldCode;
    // Field codes nest by prefix (1 → 101 → 10101), so a field's set holds its subfields' records.
    select = select.where((eb) =>
      eb.exists(
        eb
          .selectFrom('library_record_fields')
          .select('library_record_fields.record_id')
          .whereRef('library_record_fields.record_id', '=', 'library_records.id')
          .where((inner) => inner.or([inner('library_record_fields.field_code', '=', code), inner('library_record_fields.field_code', 'like', sql<string>`${`${code}%`}`)])),
      ),
    );
  }
  const rows = await select.orderBy('library_records.updated_at').orderBy('library_records.id').limit(query.limit).execute();
  const on = today();
  const open = rows.filter((row) => isOpenRecord(row, on));
  const presented = await present(executor, open);
  const fieldCodes = await executor
    .selectFrom('library_record_fields')
    .select(['record_id', 'field_code'])
    .where('record_id', 'in', rows.length > 0 ? rows.map((row) => row.id) : [''])
    .orderBy('record_id')
    .orderBy('sort_order')
    .execute();
  const codesOf = new Map<string, string[]>();
  for (const entry of fieldCodes) {
    codesOf.set(entry.record_id, [...(codesOf.get(entry.record_id) ?? []), entry.field_code]);
  }
  return rows.map((row) => ({
    id: row.id,
    datestamp: row.updated_at,
    deleted: !isOpenRecord(row, on),
    type: row.type,
    fieldCodes: codesOf.get(row.id) ?? [],
    programArea: row.program_area as ProgramArea | null,
    programId: row.program_id,
    record: presented.get(row.id)?.record ?? null,
  }));
}

/** The harvest view of one record (GetRecord); null when it was never published. */
export async function findHarvestRecord(executor: Executor, id: string): Promise<HarvestItem | null> {
  const row = await executor.selectFrom('library_records').selectAll().where('id', '=', id).where('published_at', 'is not', null).executeTakeFirst();
  if (!row) {
    return null;
  }
  const open = isOpenRecord(row);
  const presented = open ? await present(executor, [row]) : null;
  const codes = await executor.selectFrom('library_record_fields').select('field_code').where('record_id', '=', id).orderBy('sort_order').execute();
  return {
    id: row.id,
    datestamp: row.updated_at,
    deleted: !open,
    type: row.type,
    fieldCodes: codes.map((entry) => entry.field_code),
    programArea: row.program_area as ProgramArea | null,
    programId: row.program_id,
    record: presented?.get(row.id)?.record ?? null,
  };
}

/** A record anyone may read (published, public, out of embargo), or null. */
export async function findPublicRecord(executor: Executor, id: string): Promise<TLibraryRecord | null> {
  const row = await executor.selectFrom('library_records').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row || !isOpenRecord(row)) {
    return null;
  }
  return (await present(executor, [row])).get(id)?.record ?? null;
}

/** The oldest datestamp a harvester can ask for (OAI Identify's earliestDatestamp). */
export async function earliestDatestamp(executor: Executor): Promise<string | null> {
  const row = await executor
    .selectFrom('library_records')
    .select((eb) => eb.fn.min<string | null>('updated_at').as('earliest'))
    .where('published_at', 'is not', null)
    .executeTakeFirst();
  return row?.earliest ?? null;
}
