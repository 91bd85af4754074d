import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, testDialects, type TestDatabase } from '../../../test/databases.ts';
import { loadReferenceData, seedReferenceData } from './seed-reference.ts';

describe('reference files', () => {
  it('hold 34 provinces, 3,321 communes and the 6 fields with their sub-fields, in NFC', () => {
    const data = loadReferenceData();
    expect(data.provinces).toHaveLength(34);
    expect(data.communes).toHaveLength(3321);
    expect(new Set(data.communes.map((c) => c.code)).size).toBe(3321);
    expect(data.fields.filter((f) => f.level === 1).map((f) => f.code)).toEqual(['1', '2', '3', '4', '5', '6']);
    expect(data.fields).toHaveLength(52);
    for (const text of [...data.provinces.map((p) => p.name), ...data.communes.map((c) => c.name), ...data.fields.map((f) => f.nameVi)]) {
      expect(text).toBe(text.normalize('NFC'));
    }
    const thaiNguyen = data.communes.filter((c) => c.provinceCode === '19');
    expect(thaiNguyen).toHaveLength(92);
    expect(thaiNguyen.filter((c) => c.kindLabel === 'Xã')).toHaveLength(77);
    expect(thaiNguyen.filter((c) => c.kindLabel === 'Phường')).toHaveLength(15);
    expect(data.provinces.find((p) => p.code === '19')).toEqual({ code: '19', name: 'Thái Nguyên', kindLabel: 'Tỉnh' });
    expect(data.communes.find((c) => c.code === '05443')).toEqual({ code: '05443', name: 'Phan Đình Phùng', kindLabel: 'Phường', provinceCode: '19' });
    expect(new Set(data.communes.map((c) => c.kindLabel))).toEqual(new Set(['Xã', 'Phường', 'Đặc khu']));
  });
});

describe.each(testDialects)('loading reference data on %s', (dialect) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase(dialect);
  });
  afterAll(async () => {
    await database.drop();
  });

  it('loads every row by code, with paths for scope checks, and audits the load', async () => {
    const result = await seedReferenceData(database.db);
    expect(result).toMatchObject({ provinces: 34, communes: 3321, fields: 52 });
    const counts = await database.db.selectFrom('jurisdictions').select(['kind', (eb) => eb.fn.countAll<number>().as('n')]).groupBy('kind').orderBy('kind').execute();
    expect(counts.map((c) => [c.kind, Number(c.n)])).toEqual([
      ['commune', 3321],
      ['province', 34],
    ]);
    const province = await database.db.selectFrom('jurisdictions').selectAll().where('code', '=', '19').executeTakeFirstOrThrow();
    expect(province.path).toBe(`/${province.id}/`);
    const communes = await database.db.selectFrom('jurisdictions').selectAll().where('parent_id', '=', province.id).execute();
    expect(communes).toHaveLength(92);
    expect(communes.every((c) => c.path === `${province.path}${c.id}/`)).toBe(true);
    const ward = communes.find((c) => c.code === '05443');
    expect(ward).toMatchObject({ name: 'Phan Đình Phùng', kind_label: 'Phường', name_folded: 'phan dinh phung' });
    const audit = await database.db.selectFrom('audit_log').select(['action', 'after_json']).execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]?.action).toBe('directory.reference.load');
  });

  it('builds the field tree under the six fields', async () => {
    const fields = await database.db.selectFrom('st_fields').selectAll().orderBy('code').execute();
    expect(fields).toHaveLength(52);
    expect(fields.find((f) => f.code === '401')).toEqual({ code: '401', parent_code: '4', level: 2, name_vi: 'Trồng trọt', name_en: 'Crop science' });
    expect(fields.filter((f) => f.parent_code === null)).toHaveLength(6);
  });

  it('is idempotent: a second run keeps ids and population figures and writes nothing', async () => {
    const before = await database.db.selectFrom('jurisdictions').select(['id', 'code']).where('code', 'in', ['19', '05443']).orderBy('code').execute();
    await database.db.updateTable('jurisdictions').set({ population: 42_000, population_source: 'demo' }).where('code', '=', '05443').execute();
    const again = await seedReferenceData(database.db);
    expect(again.changed).toBe(0);
    const after = await database.db.selectFrom('jurisdictions').select(['id', 'code', 'population']).where('code', 'in', ['19', '05443']).orderBy('code').execute();
    expect(after.map((r) => r.id)).toEqual(before.map((r) => r.id));
    expect(after[0]?.population).toBe(42_000);
    expect(await database.db.selectFrom('audit_log').select('seq').execute()).toHaveLength(1);
  });

  it('updates a renamed unit in place', async () => {
    const data = loadReferenceData();
    const renamed = { ...data, communes: data.communes.map((c) => (c.code === '05443' ? { ...c, name: 'Phan Đình Phùng Mới' } : c)) };
    const result = await seedReferenceData(database.db, renamed);
    expect(result.changed).toBe(1);
    const ward = await database.db.selectFrom('jurisdictions').selectAll().where('code', '=', '05443').executeTakeFirstOrThrow();
    expect(ward).toMatchObject({ name: 'Phan Đình Phùng Mới', name_folded: 'phan dinh phung moi', population: 42_000 });
  });
});
