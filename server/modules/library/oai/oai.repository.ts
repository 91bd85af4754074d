import { sql, type ExpressionBuilder, type SelectQueryBuilder } from 'kysely';
import { LIBRARY_RECORD_TYPES, type LibraryRecordType } from '../../../../common/contracts/library.ts';
import { t } from '../../../../common/i18n/index.ts';
import type { Db } from '../../../platform/db/client.ts';
import type { Database } from '../../../platform/db/database.ts';
import type { TLibraryRecord } from '../../../../common/contracts/library.ts';
import { recordToDublinCore } from '../library.dublin-core.ts';
import { earliestDatestamp, isOpenRecord } from '../library.harvest.ts';
import { presentPublic, recordUrl, type RecordRow } from './record-bundles.ts';
import { OAI_DC_FORMAT, type OaiFilter, type OaiItem, type OaiRepository, type OaiSet } from './oai.protocol.ts';

/**
 * The library as an OAI-PMH repository. Every record that was ever published is an item; one that
 * is no longer readable by everyone (withdrawn, restricted later, under embargo) is reported as
 * deleted, so harvesters drop the copy they hold instead of keeping it forever.
 */

type RecordQuery = SelectQueryBuilder<Database, 'library_records', object>;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

function isRecordType(value: string): value is LibraryRecordType {
  return (LIBRARY_RECORD_TYPES as readonly string[]).includes(value);
}

// Literal conditions rather than bound booleans, which SQLite cannot bind.
const ALWAYS = sql<boolean>`1 = 1`;
const NEVER = sql<boolean>`1 = 0`;

/** The SQL condition for membership of a set, or false when no record can be in it. */
function setCondition(spec: string) {
  return (eb: ExpressionBuilder<Database, 'library_records'>) => {
    const [kind, value, ...rest] = spec.split(':');
    if (rest.length > 0) {
      return NEVER;
    }
    if (kind === 'type') {
      return value === undefined ? ALWAYS : isRecordType(value) ? eb('library_records.type', '=', value) : NEVER;
    }
    if (kind === 'field') {
      const fields = eb
        .selectFrom('library_record_fields as rf')
        .innerJoin('st_fields as f', 'f.code', 'rf.field_code')
        .select('rf.record_id')
        .whereRef('rf.record_id', '=', 'library_records.id');
      return eb.exists(value === undefined ? fields : fields.where((inner) => inner.or([inner('f.code', '=', value), inner('f.parent_code', '=', value)])));
    }
    if (kind === 'program') {
      return value === undefined
        ? eb('library_records.program_id', 'is not', null)
        : eb('library_records.program_id', 'in', eb.selectFrom('programs').select('programs.id').where('programs.code', '=', value));
    }
    return NEVER;
  };
}

function filtered(query: RecordQuery, filter: OaiFilter): RecordQuery {
  let next = query.where('library_records.published_at', 'is not', null).where('library_records.updated_at', '<=', filter.until);
  if (filter.from !== undefined) {
    next = next.where('library_records.updated_at', '>=', filter.from);
  }
  if (filter.set !== undefined) {
    next = next.where(setCondition(filter.set));
  }
  return next;
}

function setsOf(record: TLibraryRecord): string[] {
  return [`type:${record.type}`, ...record.fields.map((field) => `field:${field.code}`), ...(record.program ? [`program:${record.program.code}`] : [])];
}

function toItem(row: RecordRow, record: TLibraryRecord, portalUrl: string, now: Date): OaiItem {
  const deleted = !isOpenRecord(row, now.toISOString().slice(0, 10));
  return {
    id: row.id,
    datestamp: row.updated_at,
    deleted,
    sets: setsOf(record),
    metadata: deleted ? null : recordToDublinCore(record, recordUrl(portalUrl, row.id)),
  };
}

export function libraryOaiRepository(db: Db, options: { name: string; adminEmails: string[]; portalUrl: string; now?: () => Date }): OaiRepository {
  const now = options.now ?? (() => new Date());
  const items = async (rows: RecordRow[]): Promise<OaiItem[]> => {
    const at = now();
    const records = await presentPublic(db, rows);
    return rows.map((row, index) => toItem(row, records[index] as TLibraryRecord, options.portalUrl, at));
  };
  return {
    name: options.name,
    adminEmails: options.adminEmails,
    formats: [OAI_DC_FORMAT],

    earliestDatestamp: () => earliestDatestamp(db),

    async listSets(): Promise<OaiSet[]> {
      const [fields, programs] = await Promise.all([
        db.selectFrom('st_fields').select(['code', 'name_vi']).orderBy('code').execute(),
        db.selectFrom('programs').select(['code', 'title']).orderBy('code').execute(),
      ]);
      return [
        { spec: 'type', name: t('vi', 'libraryExchange.sets.type') },
        ...LIBRARY_RECORD_TYPES.map((type) => ({ spec: `type:${type}`, name: t('vi', `libraryExchange.types.${type}`) })),
        { spec: 'field', name: t('vi', 'libraryExchange.sets.field') },
        ...fields.map((field) => ({ spec: `field:${field.code}`, name: field.name_vi })),
        { spec: 'program', name: t('vi', 'libraryExchange.sets.program') },
        ...programs.map((program) => ({ spec: `program:${program.code}`, name: program.title })),
      ];
    },

    async getItem(localId) {
      if (!UUID.test(localId)) {
        return null;
      }
      const row = await db.selectFrom('library_records').selectAll().where('id', '=', localId).where('published_at', 'is not', null).executeTakeFirst();
      return row ? ((await items([row]))[0] ?? null) : null;
    },

    async countItems(filter) {
      const row = await filtered(db.selectFrom('library_records'), filter)
        .select((eb) => eb.fn.countAll<number | string>().as('count'))
        .executeTakeFirstOrThrow();
      return Number(row.count);
    },

    async pageItems(filter, after, limit) {
      let query = filtered(db.selectFrom('library_records'), filter);
      if (after) {
        const [datestamp, id] = after;
        query = query.where((eb) =>
          eb.or([eb('library_records.updated_at', '>', datestamp), eb.and([eb('library_records.updated_at', '=', datestamp), eb('library_records.id', '>', id)])]),
        );
      }
      const rows = await query.selectAll('library_records').orderBy('library_records.updated_at').orderBy('library_records.id').limit(limit).execute();
      return items(rows);
    },
  };
}
