import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ZLibraryRecordInput } from '../../../common/contracts/library.ts';
import type { Role } from '../../../common/contracts/permissions.ts';
import { systemActor, type Actor } from '../../platform/access/actor.ts';
import { newId } from '../../platform/db/ids.ts';
import { createTestApp, type TestApp } from '../../test/app.ts';
import { testDialects } from '../../test/databases.ts';
import { findPublicRecord, listRecordsForHarvest, recordToDublinCore, upsertRecordFromImport } from './index.ts';

const actorWith = (role: Role): Actor => ({
  kind: 'user',
  userId: newId(),
  personId: null,
  displayName: 'Người nhập thử',
  locale: 'vi',
  grants: [{ id: newId(), role, scopeKind: 'global', scopeId: null, scopePath: null, scopeName: null }],
});

describe.each(testDialects)('harvest and import functions on %s', (dialect) => {
  let t: TestApp;
  let provinceId: string;
  const system = systemActor('test');

  const input = (externalId: string, overrides: Record<string, unknown> = {}) => ({
    ...ZLibraryRecordInput.parse({
      type: 'book',
      title: `Cây chè Thái Nguyên ${externalId}`,
      titleEn: 'Tea in Thai Nguyen',
      abstract: 'Chuyên khảo về cây chè.',
      keywords: ['chè'],
      issuedYear: 2021,
      fieldCodes: ['401'],
      programArea: 'c',
      jurisdictionId: provinceId,
      licence: 'cc-by-4.0',
      contributors: [{ name: 'Lê Văn Đức' }, { name: 'Phạm Thị Hoa', role: 'editor' }],
      details: { pageCount: 210 },
      ...overrides,
    }),
    externalId,
  });

  beforeAll(async () => {
    t = await createTestApp(dialect);
    provinceId = (await t.platform.db.selectFrom('jurisdictions').select('id').where('code', '=', '19').executeTakeFirstOrThrow()).id;
  });
  afterAll(async () => {
    await t.close();
  });

  it('imports idempotently by external identifier and refuses depositors without the right', async () => {
    const first = await upsertRecordFromImport(t.platform, system, input('nhap-1', { identifiers: { isbn: '978-604-915-000-5' } }), { status: 'published' });
    expect(first.created).toBe(true);
    const again = await upsertRecordFromImport(t.platform, system, input('nhap-1', { identifiers: { isbn: '9786049150005' } }), { status: 'published' });
    expect(again).toEqual({ id: first.id, created: false });
    const rows = await t.platform.db.selectFrom('library_records').select(['id', 'version', 'isbn']).where('external_id', '=', 'nhap-1').execute();
    expect(rows).toEqual([{ id: first.id, version: 2, isbn: '9786049150005' }]);
    await expect(upsertRecordFromImport(t.platform, system, input('nhap-2', { identifiers: { isbn: '9786049150005' } }))).rejects.toMatchObject({ code: 'duplicate_code', status: 409 });
    const nobody = actorWith('expert');
    await expect(upsertRecordFromImport(t.platform, nobody, input('nhap-3'))).rejects.toMatchObject({ status: 403 });
    const researcher = actorWith('researcher');
    await expect(upsertRecordFromImport(t.platform, researcher, input('nhap-4'), { status: 'published' })).rejects.toMatchObject({ status: 403 });
  });

  it('lists what harvesters may see in datestamp order, with tombstones, sets and resumption', async () => {
    const open = await upsertRecordFromImport(t.platform, system, input('thu-1'), { status: 'published' });
    const restricted = await upsertRecordFromImport(t.platform, system, input('thu-2', { accessLevel: 'restricted', type: 'dataset', details: {} }), { status: 'published' });
    const draft = await upsertRecordFromImport(t.platform, system, input('thu-3'), { status: 'draft' });
    const items = await listRecordsForHarvest(t.platform.db, { limit: 100 });
    const ids = items.map((item) => item.id);
    expect(ids).toContain(open.id);
    expect(ids).not.toContain(draft.id);
    expect(items.find((item) => item.id === restricted.id)).toMatchObject({ deleted: true, record: null, type: 'dataset' });
    expect(items.find((item) => item.id === open.id)).toMatchObject({ deleted: false, fieldCodes: ['401'], programArea: 'c' });
    const stamps = items.map((item) => `${item.datestamp}|${item.id}`);
    expect([...stamps].sort()).toEqual(stamps);

    const datasets = await listRecordsForHarvest(t.platform.db, { limit: 100, set: { type: 'dataset' } });
    expect(datasets.map((item) => item.id)).toEqual([restricted.id]);
    expect((await listRecordsForHarvest(t.platform.db, { limit: 100, set: { fieldCode: '4' } })).length).toBe(items.length);
    expect(await listRecordsForHarvest(t.platform.db, { limit: 100, set: { fieldCode: '1' } })).toEqual([]);

    const [firstPage] = await listRecordsForHarvest(t.platform.db, { limit: 1 });
    const rest = await listRecordsForHarvest(t.platform.db, { limit: 100, after: { datestamp: firstPage?.datestamp ?? '', id: firstPage?.id ?? '' } });
    expect(rest.map((item) => item.id)).toEqual(ids.slice(1));
    expect(await listRecordsForHarvest(t.platform.db, { limit: 100, from: '2999-01-01T00:00:00Z' })).toEqual([]);
    expect((await listRecordsForHarvest(t.platform.db, { limit: 100, until: '2000-01-01T00:00:00Z' })).length).toBe(0);

    expect(await findPublicRecord(t.platform.db, restricted.id)).toBeNull();
    expect(await findPublicRecord(t.platform.db, draft.id)).toBeNull();
    const record = await findPublicRecord(t.platform.db, open.id);
    expect(record).not.toBeNull();
    if (!record) {
      return;
    }
    const dc = recordToDublinCore(record, `https://thuvien.example.vn/library/${open.id}`);
    expect(dc).toMatchObject({
      title: ['Cây chè Thái Nguyên thu-1', 'Tea in Thai Nguyen'],
      creator: ['Lê Văn Đức'],
      contributor: ['Phạm Thị Hoa'],
      date: ['2021'],
      type: ['Text', 'info:eu-repo/semantics/book'],
      language: ['vi'],
      rights: ['info:eu-repo/semantics/openAccess', 'https://creativecommons.org/licenses/by/4.0/'],
    });
    expect(dc.identifier[0]).toBe(`https://thuvien.example.vn/library/${open.id}`);
    expect(dc.subject).toEqual(['401 Trồng trọt', 'chè']);
  });
});
