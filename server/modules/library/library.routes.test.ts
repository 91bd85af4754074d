import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TLibraryBrowse, TLibraryRecord, TLibraryRecordList, TLibrarySearchResult } from '../../../common/contracts/library.ts';
import { createTestApp, type TestApp, type TestClient } from '../../test/app.ts';
import { testDialects } from '../../test/databases.ts';
import { writePdf } from './demo/pdf-writer.ts';

const BASE = '/api/v1/library';
const UNKNOWN = '0190a0a0-0000-7000-8000-00000000abcd';

function multipart(file: { name: string; data: Buffer }, fields: Record<string, string> = {}): { payload: Buffer; headers: Record<string, string> } {
  const boundary = '----opensti-library-test';
  const parts: Buffer[] = [];
  for (const [name, value] of Object.entries(fields)) {
    parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`));
  }
  parts.push(
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${file.name}"\r\nContent-Type: application/pdf\r\n\r\n`),
    file.data,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  );
  return { payload: Buffer.concat(parts), headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

describe.each(testDialects)('library HTTP API on %s', (dialect) => {
  let t: TestApp;
  let admin: TestClient;
  let curator: TestClient;
  let depositor: TestClient;
  let otherUser: TestClient;
  let expert: TestClient;
  let organisationId: string;
  let haNoiId: string;
  let personId: string;

  async function user(email: string, grants: unknown[]): Promise<TestClient> {
    const created = await admin.request({ method: 'POST', url: '/api/v1/admin/users', payload: { email, displayName: email, password: 'mat-khau-thu-nghiem-1', grants } });
    expect(created.statusCode, created.body).toBe(201);
    return t.login(email, 'mat-khau-thu-nghiem-1');
  }

  const article = (overrides: Record<string, unknown> = {}) => ({
    type: 'article',
    title: 'Ứng dụng công nghệ sấy lạnh trong chế biến chè xanh Tân Cương',
    abstract: 'Nghiên cứu đánh giá ảnh hưởng của nhiệt độ sấy đến hàm lượng polyphenol của chè.',
    keywords: ['chè', 'sấy lạnh'],
    issuedYear: 2024,
    fieldCodes: ['401'],
    programArea: 'c',
    organisationId,
    contributors: [{ personId }, { name: 'Trần Thị Bình' }],
    details: { journal: 'Tạp chí Khoa học và Công nghệ - Đại học Thái Nguyên', issn: '1859-2171' },
    ...overrides,
  });

  async function deposit(client: TestClient, body: Record<string, unknown>): Promise<TLibraryRecord> {
    const response = await client.request({ method: 'POST', url: `${BASE}/records`, payload: body });
    expect(response.statusCode, response.body).toBe(201);
    return response.json<TLibraryRecord>();
  }

  async function act(client: TestClient, record: { id: string; version: number }, action: string, comment?: string): Promise<TLibraryRecord> {
    const response = await client.request({ method: 'POST', url: `${BASE}/records/${record.id}/${action}`, payload: { version: record.version, comment } });
    expect(response.statusCode, response.body).toBe(200);
    return response.json<TLibraryRecord>();
  }

  async function published(body: Record<string, unknown>): Promise<TLibraryRecord> {
    const record = await deposit(admin, body);
    return act(admin, await act(admin, record, 'submit'), 'publish');
  }

  async function searchAs(client: TestClient, query: string): Promise<TLibrarySearchResult> {
    const response = await client.request({ method: 'GET', url: `${BASE}/search?${query}` });
    expect(response.statusCode, response.body).toBe(200);
    return response.json<TLibrarySearchResult>();
  }

  beforeAll(async () => {
    t = await createTestApp(dialect);
    admin = await t.admin();
    const thaiNguyen = await t.platform.db.selectFrom('jurisdictions').select(['id']).where('code', '=', '19').executeTakeFirstOrThrow();
    haNoiId = (await t.platform.db.selectFrom('jurisdictions').select(['id']).where('code', '=', '01').executeTakeFirstOrThrow()).id;
    const organisation = await admin.request({
      method: 'POST',
      url: '/api/v1/directory/organisations',
      payload: { kind: 'university', nameVi: 'Trường Đại học Nông Lâm - Đại học Thái Nguyên', abbreviation: 'TUAF', jurisdictionId: thaiNguyen.id },
    });
    expect(organisation.statusCode, organisation.body).toBe(201);
    organisationId = organisation.json<{ id: string }>().id;
    const person = await admin.request({ method: 'POST', url: '/api/v1/directory/people', payload: { fullName: 'Nguyễn Văn Chè', jurisdictionId: thaiNguyen.id, organisationId } });
    expect(person.statusCode, person.body).toBe(201);
    personId = person.json<{ id: string }>().id;
    curator = await user('thuvien@skhcn.test', [{ role: 'officer', scopeKind: 'jurisdiction', scopeId: thaiNguyen.id }]);
    depositor = await user('tacgia@tuaf.test', [{ role: 'researcher', scopeKind: 'global', scopeId: null }]);
    otherUser = await user('bandoc@test.vn', [{ role: 'researcher', scopeKind: 'global', scopeId: null }]);
    expert = await user('chuyengia@test.vn', [{ role: 'expert', scopeKind: 'global', scopeId: null }]);
  });
  afterAll(async () => {
    await t.close();
  });

  it('guards deposit: 401 anonymous, 403 without the right, 400 on bad input, never 500', async () => {
    expect((await t.anonymous.request({ method: 'POST', url: `${BASE}/records`, payload: article() })).statusCode).toBe(401);
    expect((await expert.request({ method: 'POST', url: `${BASE}/records`, payload: article() })).statusCode).toBe(403);
    const bad = await depositor.request({ method: 'POST', url: `${BASE}/records`, payload: article({ fieldCodes: [], type: 'thesis' }) });
    expect(bad.statusCode).toBe(400);
    const paths = bad.json<{ errors: { path: string }[] }>().errors.map((error) => error.path);
    expect(paths).toEqual(expect.arrayContaining(['body.fieldCodes', 'body.details.degree', 'body.details.institution']));
    const badDoi = await depositor.request({ method: 'POST', url: `${BASE}/records`, payload: article({ identifiers: { doi: 'not-a-doi', isbn: '978-604-0-00000-1' } }) });
    expect(badDoi.json<{ errors: { path: string; code: string }[] }>().errors).toEqual(
      expect.arrayContaining([expect.objectContaining({ path: 'body.identifiers.doi', code: 'doi_invalid' }), expect.objectContaining({ path: 'body.identifiers.isbn', code: 'isbn_invalid' })]),
    );
    const unknownField = await depositor.request({ method: 'POST', url: `${BASE}/records`, payload: article({ fieldCodes: ['99999'] }) });
    expect(unknownField.statusCode).toBe(400);
    expect(unknownField.json<{ errors: { path: string }[] }>().errors[0]?.path).toBe('body.fieldCodes.0');
    const unknownPerson = await depositor.request({ method: 'POST', url: `${BASE}/records`, payload: article({ contributors: [{ personId: UNKNOWN }] }) });
    expect(unknownPerson.json<{ errors: { path: string }[] }>().errors[0]?.path).toBe('body.contributors.0.personId');
    expect((await depositor.request({ method: 'POST', url: `${BASE}/records`, payload: { type: 'nonsense' } })).statusCode).toBe(400);
    expect((await t.anonymous.request({ method: 'GET', url: `${BASE}/records/not-a-uuid` })).statusCode).toBe(400);
    expect((await t.anonymous.request({ method: 'GET', url: `${BASE}/records/${UNKNOWN}` })).statusCode).toBe(404);
    expect((await t.anonymous.request({ method: 'GET', url: `${BASE}/records` })).statusCode).toBe(401);
    expect((await depositor.request({ method: 'GET', url: `${BASE}/records?scope=curation` })).statusCode).toBe(403);
    const record = `${BASE}/records/${UNKNOWN}`;
    const signedIn: ['GET' | 'POST' | 'PUT' | 'DELETE', string][] = [
      ['PUT', record],
      ['POST', `${record}/submit`],
      ['POST', `${record}/request-changes`],
      ['POST', `${record}/publish`],
      ['POST', `${record}/withdraw`],
      ['GET', `${record}/versions`],
      ['GET', `${record}/versions/1`],
      ['GET', `${record}/events`],
      ['POST', `${record}/files`],
      ['DELETE', `${record}/files/${UNKNOWN}`],
    ];
    for (const [method, url] of signedIn) {
      expect((await t.anonymous.request({ method, url, payload: method === 'GET' || method === 'DELETE' ? undefined : {} })).statusCode, `${method} ${url}`).toBe(401);
    }
    for (const action of ['request-changes', 'publish', 'withdraw']) {
      expect((await depositor.request({ method: 'POST', url: `${record}/${action}`, payload: { version: 1, comment: 'x' } })).statusCode).toBe(403);
      expect((await curator.request({ method: 'POST', url: `${record}/${action}`, payload: { version: 1, comment: 'x' } })).statusCode).toBe(404);
    }
    expect((await depositor.request({ method: 'GET', url: `${record}/events` })).statusCode).toBe(404);
    expect((await t.anonymous.request({ method: 'GET', url: `${record}/files/${UNKNOWN}` })).statusCode).toBe(404);
  });

  it('runs the curation flow: deposit, changes requested, resubmit, publish, new version, withdrawal as a tombstone', async () => {
    let record = await deposit(depositor, article({ identifiers: { doi: 'https://doi.org/10.34238/tnu-jst.2024.0001', resultNo: 'kq015440' } }));
    expect(record).toMatchObject({ status: 'draft', version: 1, identifiers: { doi: '10.34238/tnu-jst.2024.0001', resultNo: 'KQ015440' } });
    expect(record.contributors.map((c) => [c.name, c.person?.id ?? null, c.organisation?.id ?? null])).toEqual([
      ['Nguyễn Văn Chè', personId, organisationId],
      ['Trần Thị Bình', null, null],
    ]);
    const clash = await depositor.request({ method: 'POST', url: `${BASE}/records`, payload: article({ identifiers: { doi: '10.34238/tnu-jst.2024.0001' } }) });
    expect(clash.statusCode).toBe(409);
    expect(clash.json<{ errors: { path: string }[] }>().errors[0]?.path).toBe('body.identifiers.doi');

    // A draft exists only for its depositor and curators.
    expect((await t.anonymous.request({ method: 'GET', url: `${BASE}/records/${record.id}` })).statusCode).toBe(404);
    expect((await otherUser.request({ method: 'GET', url: `${BASE}/records/${record.id}` })).statusCode).toBe(404);
    expect((await otherUser.request({ method: 'POST', url: `${BASE}/records/${record.id}/submit`, payload: { version: 1 } })).statusCode).toBe(404);
    expect((await curator.request({ method: 'GET', url: `${BASE}/records/${record.id}` })).statusCode).toBe(200);

    // Curators may not publish what was never submitted.
    expect((await curator.request({ method: 'POST', url: `${BASE}/records/${record.id}/publish`, payload: { version: record.version } })).statusCode).toBe(409);
    record = await act(depositor, record, 'submit');
    expect(record).toMatchObject({ status: 'submitted', version: 2, can: { edit: false } });
    expect((await depositor.request({ method: 'POST', url: `${BASE}/records/${record.id}/publish`, payload: { version: record.version } })).statusCode).toBe(403);
    const mine = await depositor.request({ method: 'GET', url: `${BASE}/records?scope=mine` });
    expect(mine.json<TLibraryRecordList>().items.map((item) => [item.id, item.status, item.authors])).toEqual([[record.id, 'submitted', ['Nguyễn Văn Chè', 'Trần Thị Bình']]]);
    expect((await otherUser.request({ method: 'GET', url: `${BASE}/records?scope=mine` })).json<TLibraryRecordList>().total).toBe(0);
    const queue = await curator.request({ method: 'GET', url: `${BASE}/records?scope=curation&status=submitted` });
    expect(queue.json<TLibraryRecordList>().items.map((item) => item.id)).toContain(record.id);
    expect((await curator.request({ method: 'POST', url: `${BASE}/records/${record.id}/request-changes`, payload: { version: record.version } })).statusCode).toBe(400);
    record = await act(curator, record, 'request-changes', 'Đề nghị bổ sung tóm tắt tiếng Anh.');
    expect(record.status).toBe('changes_requested');

    const edit = (version: number, title: string, client = depositor) =>
      client.request({ method: 'PUT', url: `${BASE}/records/${record.id}`, payload: { version, record: article({ title, titleEn: 'Cold drying of Tan Cuong green tea' }), note: 'Bổ sung tên tiếng Anh' } });
    const stale = await edit(1, 'Tiêu đề cũ');
    expect(stale.statusCode).toBe(409);
    expect(stale.json<{ code: string }>().code).toBe('stale_version');
    const edited = await edit(record.version, 'Ứng dụng công nghệ sấy lạnh trong chế biến chè xanh đặc sản Tân Cương');
    expect(edited.statusCode, edited.body).toBe(200);
    record = edited.json<TLibraryRecord>();
    expect(record).toMatchObject({ version: 4, titleEn: 'Cold drying of Tan Cuong green tea', identifiers: { doi: null } });
    record = await act(depositor, record, 'submit');
    record = await act(curator, record, 'publish');
    expect(record).toMatchObject({ status: 'published', version: 6 });
    expect(record.publishedAt).not.toBeNull();

    const open = await t.anonymous.request({ method: 'GET', url: `${BASE}/records/${record.id}` });
    expect(open.json<TLibraryRecord>()).toMatchObject({ status: 'published', can: { edit: false, curate: false } });
    expect((await searchAs(t.anonymous, 'q=say%20lanh%20dac%20san')).items.map((hit) => hit.id)).toEqual([record.id]);

    // Depositors can no longer edit a published record; curators can, which makes a new version.
    expect((await edit(record.version, 'Tiêu đề khác')).statusCode).toBe(403);
    const curated = await edit(record.version, 'Ứng dụng công nghệ sấy lạnh trong chế biến chè Tân Cương (bản hiệu đính)', curator);
    expect(curated.statusCode, curated.body).toBe(200);
    record = curated.json<TLibraryRecord>();
    expect(record).toMatchObject({ status: 'published', version: 7 });
    expect((await searchAs(t.anonymous, 'q=title:%22ban%20hieu%20dinh%22')).total).toBe(1);

    const versions = await depositor.request({ method: 'GET', url: `${BASE}/records/${record.id}/versions` });
    expect(versions.json<{ items: { version: number }[] }>().items.map((v) => v.version)).toEqual([7, 6, 5, 4, 3, 2, 1]);
    const first = await curator.request({ method: 'GET', url: `${BASE}/records/${record.id}/versions/1` });
    expect(first.json<{ snapshot: { title: string; status: string } }>().snapshot).toMatchObject({ title: 'Ứng dụng công nghệ sấy lạnh trong chế biến chè xanh Tân Cương', status: 'draft' });
    expect((await curator.request({ method: 'GET', url: `${BASE}/records/${record.id}/versions/99` })).statusCode).toBe(404);
    expect((await otherUser.request({ method: 'GET', url: `${BASE}/records/${record.id}/versions` })).statusCode).toBe(403);

    expect((await curator.request({ method: 'POST', url: `${BASE}/records/${record.id}/withdraw`, payload: { version: record.version, comment: '' } })).statusCode).toBe(400);
    record = await act(curator, record, 'withdraw', 'Trùng lặp với biểu ghi đã công bố.');
    const tombstone = (await t.anonymous.request({ method: 'GET', url: `${BASE}/records/${record.id}` })).json<TLibraryRecord>();
    expect(tombstone).toMatchObject({ status: 'withdrawn', withdrawalReason: 'Trùng lặp với biểu ghi đã công bố.', abstract: null, files: [] });
    expect(tombstone.title).toContain('bản hiệu đính');
    expect((await searchAs(t.anonymous, 'q=say%20lanh')).total).toBe(0);
    expect((await curator.request({ method: 'PUT', url: `${BASE}/records/${record.id}`, payload: { version: record.version, record: article() } })).statusCode).toBe(409);

    const events = await depositor.request({ method: 'GET', url: `${BASE}/records/${record.id}/events` });
    expect(events.json<{ items: { event: string }[] }>().items.map((e) => e.event)).toEqual([
      'created',
      'submitted',
      'changes_requested',
      'edited',
      'submitted',
      'published',
      'edited',
      'withdrawn',
    ]);
    const audit = await t.platform.db.selectFrom('audit_log').select('action').where('subject_id', '=', record.id).orderBy('seq').execute();
    expect(audit.map((entry) => entry.action)).toEqual([
      'library.record.create',
      'library.record.submitted',
      'library.record.changes_requested',
      'library.record.update',
      'library.record.submitted',
      'library.record.published',
      'library.record.update',
      'library.record.withdrawn',
    ]);
  });

  it('enforces access levels inside search, its counts and its facets', async () => {
    const word = 'xylanaza';
    const base = (title: string, extra: Record<string, unknown>) => article({ title: `Enzym ${word} ${title}`, ...extra });
    await published(base('công khai', { accessLevel: 'public' }));
    await published(base('cho người dùng đăng ký', { accessLevel: 'registered' }));
    await published(base('hạn chế', { accessLevel: 'restricted' }));
    const embargoed = await published(base('trong thời gian cấm công bố', { accessLevel: 'public', embargoUntil: '2099-01-01' }));
    await published(base('hạn chế của Hà Nội', { accessLevel: 'restricted', organisationId: null, jurisdictionId: haNoiId }));
    await deposit(admin, base('bản nháp', {}));

    const expectations: [TestClient, number, Record<string, number>][] = [
      [t.anonymous, 1, { public: 1 }],
      [otherUser, 2, { public: 1, registered: 1 }],
      [curator, 4, { public: 2, registered: 1, restricted: 1 }],
      [admin, 5, { public: 2, registered: 1, restricted: 2 }],
    ];
    for (const [client, total, access] of expectations) {
      const result = await searchAs(client, `q=${word}`);
      expect(result.total).toBe(total);
      expect(result.items).toHaveLength(total);
      expect(Object.fromEntries((result.facets['access'] ?? []).map((f) => [f.value, f.count]))).toEqual(access);
      expect((result.facets['type'] ?? []).reduce((sum, f) => sum + f.count, 0)).toBe(total);
      // A filter on a level the caller cannot see finds nothing rather than revealing a count.
      const restricted = await searchAs(client, `q=${word}&access=restricted`);
      expect(restricted.total).toBe(access['restricted'] ?? 0);
      const browse = await client.request({ method: 'GET', url: `${BASE}/browse/access` });
      expect(browse.statusCode).toBe(200);
    }
    const anonymousTypes = (await t.anonymous.request({ method: 'GET', url: `${BASE}/browse/type` })).json<TLibraryBrowse>();
    const adminTypes = (await admin.request({ method: 'GET', url: `${BASE}/browse/type` })).json<TLibraryBrowse>();
    const count = (browse: TLibraryBrowse) => browse.items.find((item) => item.value === 'article')?.count ?? 0;
    expect(count(adminTypes) - count(anonymousTypes)).toBe(4);
    expect(anonymousTypes.items.find((item) => item.value === 'article')?.label).toBe('Bài báo khoa học');
    const fields = (await t.anonymous.request({ method: 'GET', url: `${BASE}/browse/field` })).json<TLibraryBrowse>();

    // When the embargo ends, the job scheduled at publication opens the record to everyone.
    const lift = await t.platform.db.selectFrom('jobs').select(['id', 'run_at', 'payload_json']).where('kind', '=', 'library.reindex').execute();
    const job = lift.find((row) => row.payload_json.includes(embargoed.id));
    expect(job?.run_at.slice(0, 10)).toBe('2099-01-01');
    await t.platform.db.updateTable('library_records').set({ embargo_until: '2000-01-01' }).where('id', '=', embargoed.id).execute();
    await t.platform.db.updateTable('jobs').set({ run_at: new Date(0).toISOString() }).where('id', '=', job?.id ?? '').execute();
    await t.platform.jobs.drain();
    expect((await searchAs(t.anonymous, `q=${word}`)).total).toBe(2);
    // Subfield 401 counts towards its parent field 4 as well.
    expect(fields.items.find((item) => item.value === '4')?.count).toBe(fields.items.find((item) => item.value === '401')?.count);
  });

  it('searches with facets, field-scoped terms and sorting, and refuses malformed queries with 400', async () => {
    await published(article({ title: 'Quy trình nhân giống lan Kim tuyến in vitro', type: 'technology', details: { readinessLevel: 7 }, issuedYear: 2019, keywords: ['lan Kim tuyến'] }));
    const variety = await published(
      article({ title: 'Giống lan Kim tuyến chịu hạn', type: 'plant_variety', details: { species: 'Lan (Anoectochilus)' }, issuedYear: 2022, keywords: ['lan Kim tuyến'], contributors: [{ name: 'Nguyễn Văn Chè', role: 'breeder' }, { name: 'Trần Thị Bình' }] }),
    );
    // The typed name of someone in the directory is linked to them; other names stay text.
    expect(variety.contributors.map((c) => c.person?.id ?? null)).toEqual([personId, null]);
    const byDate = await searchAs(t.anonymous, 'q=kim%20tuyen&sort=date_desc');
    expect(byDate.items.map((hit) => hit.issuedYear)).toEqual([2022, 2019]);
    expect(byDate.items[0]?.titleHighlighted).toContain('<mark>');
    const filtered = await searchAs(t.anonymous, 'q=kim%20tuyen&type=technology&year=2019');
    expect(filtered.items.map((hit) => hit.type)).toEqual(['technology']);
    expect(filtered.facets['type']?.map((f) => f.value)).toEqual(['technology']);
    expect((await searchAs(t.anonymous, 'q=author:%22Tran%20Thi%20Binh%22%20kim%20tuyen')).total).toBe(2);
    expect((await searchAs(t.anonymous, 'q=keyword:%22lan%20kim%20tuyen%22&programArea=c')).total).toBe(2);
    for (const q of ['%22unbalanced', 'nonsense:word']) {
      const response = await t.anonymous.request({ method: 'GET', url: `${BASE}/search?q=${q}` });
      expect(response.statusCode).toBe(400);
      expect(response.json<{ code: string }>().code).toBe('search_syntax');
    }
    expect((await t.anonymous.request({ method: 'GET', url: `${BASE}/search?q=${'a'.repeat(600)}` })).statusCode).toBe(400);
    expect((await t.anonymous.request({ method: 'GET', url: `${BASE}/search?sort=sideways` })).statusCode).toBe(400);
    expect((await t.anonymous.request({ method: 'GET', url: `${BASE}/browse/colour` })).statusCode).toBe(400);
  });

  it('extracts the text of attached files in a job and reports unreadable ones to curators', async () => {
    let record = await deposit(depositor, article({ title: 'Báo cáo thử nghiệm trích xuất toàn văn' }));
    const url = `${BASE}/records/${record.id}/files`;
    const pdf = writePdf(['Kết quả cho thấy giống chè Bát Tiên thích nghi tốt với đất đồi huyện Võ Nhai.']);
    expect((await t.anonymous.request({ method: 'POST', url, ...multipart({ name: 'bao-cao.pdf', data: pdf }) })).statusCode).toBe(401);
    expect((await otherUser.request({ method: 'POST', url, ...multipart({ name: 'bao-cao.pdf', data: pdf }) })).statusCode).toBe(404);
    const lying = await depositor.request({ method: 'POST', url, ...multipart({ name: 'bao-cao.pdf', data: Buffer.from('<html><script>alert(1)</script></html>') }) });
    expect(lying.statusCode).toBe(415);
    expect((await depositor.request({ method: 'POST', url, ...multipart({ name: 'bao-cao.pdf', data: pdf }, { role: 'cover' }) })).statusCode).toBe(400);
    const attached = await depositor.request({ method: 'POST', url, ...multipart({ name: 'bao-cao.pdf', data: pdf }) });
    expect(attached.statusCode, attached.body).toBe(201);
    expect(attached.json<TLibraryRecord>().files).toMatchObject([{ fileName: 'bao-cao.pdf', textStatus: 'pending', role: 'main' }]);
    const encrypted = await depositor.request({ method: 'POST', url, ...multipart({ name: 'mat.pdf', data: writePdf(['Bí mật'], { encrypted: true }) }, { role: 'supplementary' }) });
    expect(encrypted.statusCode, encrypted.body).toBe(201);
    await t.platform.jobs.drain();

    record = (await depositor.request({ method: 'GET', url: `${BASE}/records/${record.id}` })).json<TLibraryRecord>();
    expect(record.files.map((file) => [file.fileName, file.textStatus, file.pages])).toEqual([
      ['bao-cao.pdf', 'extracted', 1],
      ['mat.pdf', 'failed', null],
    ]);
    expect(record.files[1]?.textError).toBe('Tệp PDF được đặt mật khẩu hoặc mã hóa, không đọc được nội dung');
    const failedQueue = await curator.request({ method: 'GET', url: `${BASE}/records?scope=curation&textFailed=true` });
    expect(failedQueue.json<TLibraryRecordList>().items).toEqual([expect.objectContaining({ id: record.id, failedFiles: 1 })]);

    const file = record.files[0];
    expect(file).toBeDefined();
    const download = `${BASE}/records/${record.id}/files/${file?.id ?? ''}`;
    expect((await t.anonymous.request({ method: 'GET', url: download })).statusCode).toBe(404);
    record = await act(depositor, record, 'submit');
    record = await act(curator, record, 'publish');
    // The file's words are searchable, typed without diacritics, as a phrase.
    expect((await searchAs(t.anonymous, 'q=%22bat%20tien%20thich%20nghi%22')).items.map((hit) => hit.id)).toEqual([record.id]);
    const fetched = await t.anonymous.request({ method: 'GET', url: download });
    expect(fetched.statusCode).toBe(200);
    expect(fetched.rawPayload.equals(pdf)).toBe(true);
    expect((await t.anonymous.request({ method: 'GET', url: `${BASE}/records/${record.id}` })).json<TLibraryRecord>()).toMatchObject({ downloadCount: 1, files: [{ textError: null }, { textError: null }] });

    const removed = await curator.request({ method: 'DELETE', url: download });
    expect(removed.statusCode, removed.body).toBe(200);
    expect((await searchAs(t.anonymous, 'q=%22bat%20tien%20thich%20nghi%22')).total).toBe(0);
    expect((await curator.request({ method: 'DELETE', url: download })).statusCode).toBe(404);
  });
});
