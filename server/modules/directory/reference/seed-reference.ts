import { readFileSync } from 'node:fs';
import { systemActor } from '../../../platform/access/actor.ts';
import { recordAudit } from '../../../platform/audit/audit.ts';
import type { Db, Tx } from '../../../platform/db/client.ts';
import { newId, nowIso } from '../../../platform/db/ids.ts';
import { foldName } from '../fold.ts';
import { parseCsv } from './csv.ts';

export interface ProvinceRecord {
  code: string;
  name: string;
  kindLabel: string;
}

export interface CommuneRecord extends ProvinceRecord {
  provinceCode: string;
}

export interface FieldRecord {
  code: string;
  parentCode: string | null;
  level: number;
  nameVi: string;
  nameEn: string;
}

export interface ReferenceData {
  provinces: ProvinceRecord[];
  communes: CommuneRecord[];
  fields: FieldRecord[];
}

function readReference(name: string): Record<string, string>[] {
  return parseCsv(readFileSync(new URL(name, import.meta.url), 'utf8'));
}

/** The reference files shipped with the platform (see README.md beside them). */
export function loadReferenceData(): ReferenceData {
  return {
    provinces: readReference('./provinces.csv').map((r) => ({ code: r['code'] ?? '', name: r['name'] ?? '', kindLabel: r['kind_label'] ?? '' })),
    communes: readReference('./communes.csv').map((r) => ({
      code: r['code'] ?? '',
      name: r['name'] ?? '',
      kindLabel: r['kind_label'] ?? '',
      provinceCode: r['province_code'] ?? '',
    })),
    fields: readReference('./st-fields.csv').map((r) => ({
      code: r['code'] ?? '',
      parentCode: r['parent_code'] ? r['parent_code'] : null,
      level: Number(r['level']),
      nameVi: r['name_vi'] ?? '',
      nameEn: r['name_en'] ?? '',
    })),
  };
}

// 500 rows of about a dozen columns stay far below the bind-parameter limits of both databases.
const BATCH = 500;

function chunks<T>(items: readonly T[], size = BATCH): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) {
    out.push(items.slice(i, i + size));
  }
  return out;
}

async function upsertFields(tx: Tx, fields: readonly FieldRecord[]): Promise<number> {
  const existing = new Map((await tx.selectFrom('st_fields').selectAll().execute()).map((row) => [row.code, row]));
  const changed = fields.filter((f) => {
    const row = existing.get(f.code);
    return !row || row.parent_code !== f.parentCode || row.level !== f.level || row.name_vi !== f.nameVi || row.name_en !== f.nameEn;
  });
  // Parents first: each level is one statement, so its foreign keys point at rows already there.
  const levels = [...new Set(changed.map((f) => f.level))].sort((a, b) => a - b);
  for (const level of levels) {
    for (const batch of chunks(changed.filter((f) => f.level === level))) {
      await tx
        .insertInto('st_fields')
        .values(batch.map((f) => ({ code: f.code, parent_code: f.parentCode, level: f.level, name_vi: f.nameVi, name_en: f.nameEn })))
        .onConflict((oc) =>
          oc.column('code').doUpdateSet((eb) => ({
            parent_code: eb.ref('excluded.parent_code'),
            level: eb.ref('excluded.level'),
            name_vi: eb.ref('excluded.name_vi'),
            name_en: eb.ref('excluded.name_en'),
          })),
        )
        .execute();
    }
  }
  return changed.length;
}

interface JurisdictionUpsert {
  id: string;
  code: string;
  kind: 'province' | 'commune';
  name: string;
  kind_label: string;
  parent_id: string | null;
  path: string;
}

/** Writes the rows that are new or differ from what is stored; returns code → id for all of them. */
async function upsertJurisdictions(
  tx: Tx,
  kind: 'province' | 'commune',
  records: readonly Omit<JurisdictionUpsert, 'id' | 'path' | 'kind'>[],
  pathOf: (id: string, parentId: string | null) => string,
): Promise<{ ids: Map<string, string>; changed: number }> {
  const stored = await tx
    .selectFrom('jurisdictions')
    .select(['id', 'code', 'name', 'kind_label', 'parent_id', 'path'])
    .where('kind', '=', kind)
    .execute();
  const byCode = new Map(stored.map((row) => [row.code, row]));
  const ids = new Map<string, string>();
  const changed: JurisdictionUpsert[] = [];
  for (const record of records) {
    const row = byCode.get(record.code);
    const id = row?.id ?? newId();
    const next: JurisdictionUpsert = { ...record, id, kind, path: pathOf(id, record.parent_id) };
    ids.set(record.code, id);
    if (!row || row.name !== next.name || row.kind_label !== next.kind_label || row.parent_id !== next.parent_id || row.path !== next.path) {
      changed.push(next);
    }
  }
  const now = nowIso();
  for (const batch of chunks(changed)) {
    await tx
      .insertInto('jurisdictions')
      .values(batch.map((j) => ({ ...j, name_folded: foldName(j.name), created_at: now, updated_at: now })))
      .onConflict((oc) =>
        oc.column('code').doUpdateSet((eb) => ({
          name: eb.ref('excluded.name'),
          name_folded: eb.ref('excluded.name_folded'),
          kind_label: eb.ref('excluded.kind_label'),
          parent_id: eb.ref('excluded.parent_id'),
          path: eb.ref('excluded.path'),
          updated_at: eb.ref('excluded.updated_at'),
        })),
      )
      .execute();
  }
  return { ids, changed: changed.length };
}

export interface ReferenceSeedResult {
  provinces: number;
  communes: number;
  fields: number;
  changed: number;
}

/**
 * Loads provinces, communes and S&T fields by their official codes. Rows already stored keep
 * their ids (grants and records point at them) and their population figures; only new or
 * changed rows are written, so running it at every start costs a few reads.
 */
export async function seedReferenceData(db: Db, data: ReferenceData = loadReferenceData()): Promise<ReferenceSeedResult> {
  return db.transaction().execute(async (tx) => {
    const fieldsChanged = await upsertFields(tx, data.fields);
    const provinces = await upsertJurisdictions(
      tx,
      'province',
      data.provinces.map((p) => ({ code: p.code, name: p.name, kind_label: p.kindLabel, parent_id: null })),
      (id) => `/${id}/`,
    );
    const communeRecords = data.communes.map((c) => {
      const parentId = provinces.ids.get(c.provinceCode);
      if (!parentId) {
        throw new Error(`Commune ${c.code} names unknown province ${c.provinceCode}`);
      }
      return { code: c.code, name: c.name, kind_label: c.kindLabel, parent_id: parentId };
    });
    const communes = await upsertJurisdictions(tx, 'commune', communeRecords, (id, parentId) => `/${parentId ?? ''}/${id}/`);
    const changed = fieldsChanged + provinces.changed + communes.changed;
    const result = { provinces: data.provinces.length, communes: data.communes.length, fields: data.fields.length, changed };
    if (changed > 0) {
      await recordAudit(tx, { actor: systemActor('Nạp dữ liệu danh mục'), requestId: null }, {
        action: 'directory.reference.load',
        subjectType: 'reference_data',
        subjectId: null,
        after: result,
      });
    }
    return result;
  });
}
