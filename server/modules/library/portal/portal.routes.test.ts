import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemActor } from '../../../platform/access/actor.ts';
import { newId, nowIso } from '../../../platform/db/ids.ts';
import { samples } from '../../../platform/files/test-fixtures.ts';
import { createTestApp, type TestApp } from '../../../test/app.ts';
import { testDialects } from '../../../test/databases.ts';
import type { RecordRow } from '../library.repository.ts';
import { collect, parseXml } from '../oai/oai.fixtures.ts';
import { insertRecords } from '../oai/records.fixtures.ts';
import { createPortalService } from './portal.service.ts';
import { injectPage } from './record-head.ts';
import { ViewCounter } from './view-counter.ts';

type Node = Record<string, unknown>;
const HOST = 'https://thuvien.opensti.test';
const NASTY = 'Lúa chịu mặn </title><script>alert(1)</script> & "giống" $& mới';

function metas(html: string, name: string): string[] {
  return [...html.matchAll(new RegExp(`<meta name="${name.replace('.', '\\.')}" content="([^"]*)">`, 'g'))].map((match) => match[1] ?? '');
}

describe('view counter', () => {
  it('counts a visitor once a day per record and again the next day', () => {
    const counter = new ViewCounter();
    const visitor = { ip: '203.0.113.5', userAgent: 'Trình duyệt' };
    const day = new Date('2026-11-28T01:00:00Z');
    expect(counter.firstView('a', visitor, day)).toBe(true);
    expect(counter.firstView('a', visitor, new Date('2026-11-28T23:00:00Z'))).toBe(false);
    expect(counter.firstView('b', visitor, day)).toBe(true);
    expect(counter.firstView('a', { ...visitor, ip: '203.0.113.6' }, day)).toBe(true);
    expect(counter.firstView('a', visitor, new Date('2026-11-29T00:00:00Z'))).toBe(true);
  });
});

describe('page injection', () => {
  it('replaces the generic title and description of the web app page', () => {
    const html = '<html><head><meta charset="utf-8"><meta name="description" content="Cổng chung"><title>Cổng chung</title></head><body><div id="root"></div></body></html>';
    const out = injectPage(html, '<title>Riêng</title>', '<p>Nội dung</p>');
    expect(out).toBe('<html><head><meta charset="utf-8">  <title>Riêng</title>\n  </head><body><div id="root"><p>Nội dung</p></div></body></html>');
  });
});

describe.each(testDialects)('public portal pages on %s', (dialect) => {
  let t: TestApp;
  let open: RecordRow;
  let report: RecordRow;
  let withdrawn: RecordRow;
  let restricted: RecordRow;
  let registered: RecordRow;
  let draft: RecordRow;
  let libraryFileId: string;

  beforeAll(async () => {
    t = await createTestApp(dialect, { env: { PUBLIC_URL: HOST } });
    [open, report, withdrawn, restricted, registered, draft] = (await insertRecords(t.platform.db, [
      {
        title: NASTY,
        abstract: 'Giống lúa mới chịu được độ mặn 4‰, thử nghiệm tại Thái Bình.',
        doi: '10.1234/lua.2025',
        issued_date: '2025-06-15',
        language: 'vi',
        keywords: JSON.stringify(['lúa', 'chịu mặn']),
        details: JSON.stringify({ journal: 'Tạp chí Khoa học Nông nghiệp', volume: '12', issue: '3', pages: '45-52' }),
        authors: ['Nguyễn Văn An', 'Trần Thị Bình'],
        published_at: '2026-02-01T00:00:00.000Z',
      },
      { type: 'task_result', title: 'Báo cáo tổng kết nhiệm vụ', publisher: 'Viện Khoa học Nông nghiệp', result_no: 'KQ015440', published_at: '2026-02-02T00:00:00.000Z' },
      { status: 'withdrawn', title: 'Tài liệu bị thu hồi' },
      { access_level: 'restricted', title: 'Tài liệu hạn chế' },
      { access_level: 'registered', title: 'Tài liệu cho người dùng đã đăng ký' },
      { status: 'draft', title: 'Bản nháp' },
    ])) as [RecordRow, RecordRow, RecordRow, RecordRow, RecordRow, RecordRow];
    const stored = await t.platform.files.store(systemActor('test'), { fileName: 'bao-cao.pdf', data: samples.pdf, purpose: 'library.document', visibility: 'owner', accept: ['application/pdf'] });
    libraryFileId = newId();
    await t.platform.db
      .insertInto('library_files')
      .values({ id: libraryFileId, record_id: open.id, file_id: stored.id, role: 'main', ordinal: 1, text_status: 'pending', text_error: null, pages: null, extracted_chars: null, extracted_text: null, extracted_at: null, created_at: nowIso(), updated_at: nowIso() })
      .execute();
  });
  afterAll(async () => {
    await t.close();
  });

  it('serves a published record with escaped title, citation, Dublin Core and canonical tags', async () => {
    const response = await t.anonymous.request({ method: 'GET', url: `/library/records/${open.id}` });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
    const html = response.body;
    expect(html).not.toContain('<script>alert(1)');
    expect(html).toContain('<title>Lúa chịu mặn &lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;giống&quot; $&amp; mới - Thư viện điện tử khoa học và công nghệ</title>');
    expect(html.match(/<title>/g)).toHaveLength(1);
    expect(metas(html, 'citation_title')).toEqual(['Lúa chịu mặn &lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;giống&quot; $&amp; mới']);
    expect(metas(html, 'citation_author')).toEqual(['Nguyễn Văn An', 'Trần Thị Bình']);
    expect(metas(html, 'citation_publication_date')).toEqual(['2025/06/15']);
    expect(metas(html, 'citation_journal_title')).toEqual(['Tạp chí Khoa học Nông nghiệp']);
    expect(metas(html, 'citation_firstpage')).toEqual(['45']);
    expect(metas(html, 'citation_lastpage')).toEqual(['52']);
    expect(metas(html, 'citation_doi')).toEqual(['10.1234/lua.2025']);
    expect(metas(html, 'citation_language')).toEqual(['vi']);
    expect(metas(html, 'citation_pdf_url')).toEqual([`${HOST}/api/v1/library/records/${open.id}/files/${libraryFileId}`]);
    expect(metas(html, 'description')).toEqual(['Giống lúa mới chịu được độ mặn 4‰, thử nghiệm tại Thái Bình.']);
    expect(metas(html, 'DC.creator')).toEqual(['Nguyễn Văn An', 'Trần Thị Bình']);
    expect(metas(html, 'DC.identifier')).toContain(`${HOST}/library/records/${open.id}`);
    expect(metas(html, 'DC.language')).toEqual(['vi']);
    expect(html).toContain(`<link rel="canonical" href="${HOST}/library/records/${open.id}">`);
    expect(metas(html, 'robots')).toEqual([]);
  });

  it('names the institution of a task report and omits what a record lacks', async () => {
    const html = (await t.anonymous.request({ method: 'GET', url: `/library/records/${report.id}` })).body;
    expect(metas(html, 'citation_technical_report_institution')).toEqual(['Viện Khoa học Nông nghiệp']);
    expect(metas(html, 'citation_technical_report_number')).toEqual(['KQ015440']);
    expect(metas(html, 'citation_doi')).toEqual([]);
    expect(metas(html, 'citation_pdf_url')).toEqual([]);
  });

  it('answers 410 with the tombstone for a withdrawn record', async () => {
    const response = await t.anonymous.request({ method: 'GET', url: `/library/records/${withdrawn.id}` });
    expect(response.statusCode).toBe(410);
    expect(response.body).toContain('Tài liệu đã bị thu hồi');
    expect(response.body).toContain('Lý do thu hồi: Trùng lặp với tài liệu khác');
    expect(metas(response.body, 'robots')).toEqual(['noindex']);
    expect(metas(response.body, 'citation_title')).toEqual([]);
  });

  it('hides restricted, registered-only, draft and unknown records from those who may not read them', async () => {
    for (const url of [`/library/records/${restricted.id}`, `/library/records/${registered.id}`, `/library/records/${draft.id}`, `/library/records/${newId()}`, '/library/records/khong-phai-ma']) {
      const response = await t.anonymous.request({ method: 'GET', url });
      expect(response.statusCode, url).toBe(404);
      expect(response.body).not.toContain('citation_title');
    }
    const admin = await t.admin();
    const page = await admin.request({ method: 'GET', url: `/library/records/${restricted.id}` });
    expect(page.statusCode).toBe(200);
    expect(metas(page.body, 'citation_title')).toEqual(['Tài liệu hạn chế']);
    expect(metas(page.body, 'robots')).toEqual(['noindex']);
  });

  it('counts a page view once per visitor and day', async () => {
    const views = async () => (await t.platform.db.selectFrom('library_records').select('view_count').where('id', '=', report.id).executeTakeFirstOrThrow()).view_count;
    const before = await views();
    const visit = (agent: string) => t.anonymous.request({ method: 'GET', url: `/library/records/${report.id}`, headers: { 'user-agent': agent } });
    await visit('Trình duyệt A');
    await visit('Trình duyệt A');
    await visit('Trình duyệt B');
    expect(await views()).toBe(before + 2);
  });

  it('lists open records in the sitemap, and splits a large one into an index', async () => {
    const response = await t.anonymous.request({ method: 'GET', url: '/sitemap.xml' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/xml; charset=utf-8');
    const locs = ((parseXml(response.body).urlset as Node).url as Node[]).map((url) => url.loc);
    expect(locs).toEqual(expect.arrayContaining([`${HOST}/library`, `${HOST}/library/records/${open.id}`, `${HOST}/library/records/${report.id}`]));
    expect(locs).toHaveLength(3);

    const portal = createPortalService(t.platform);
    const index = parseXml(await collect(portal.sitemap(undefined, 1))).sitemapindex as Node;
    expect((index.sitemap as Node[]).map((sitemap) => sitemap.loc)).toEqual([`${HOST}/sitemap.xml?page=1`, `${HOST}/sitemap.xml?page=2`]);
    const second = await collect(portal.sitemap(2, 1));
    expect(second.match(/<url>/g)).toHaveLength(1);
    expect(second).not.toContain(`<loc>${HOST}/library</loc>`);
    expect((await t.anonymous.request({ method: 'GET', url: '/sitemap.xml?page=0' })).statusCode).toBe(400);
  });

  it('publishes an Atom feed of the newest open records', async () => {
    const response = await t.anonymous.request({ method: 'GET', url: '/library/feed.atom' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/atom+xml; charset=utf-8');
    const feed = parseXml(response.body).feed as Node;
    expect(feed['@xmlns']).toBe('http://www.w3.org/2005/Atom');
    expect(feed.id).toBe(`${HOST}/library/feed.atom`);
    const entries = feed.entry as Node[];
    expect(entries.map((entry) => entry.title)).toEqual(['Báo cáo tổng kết nhiệm vụ', NASTY]);
    expect(entries[1]?.id).toBe(`${HOST}/library/records/${open.id}`);
    expect(entries[1]?.updated).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
    expect(response.body).not.toContain('Tài liệu hạn chế');
  });

  it('reads the web app page it injects into when the app is built', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'opensti-web-'));
    const index = join(dir, 'index.html');
    writeFileSync(index, '<!doctype html><html><head><title>Cổng</title></head><body><div id="root"></div><script type="module" src="/assets/app.js"></script></body></html>');
    const page = await createPortalService(t.platform, { indexPath: index }).recordPage(
      { actor: systemActor('test'), locale: 'vi', ip: '127.0.0.1', userAgent: 'kiểm thử' },
      open.id,
    );
    expect(page.html).toContain('<script type="module" src="/assets/app.js"></script>');
    expect(page.html).not.toContain('<title>Cổng</title>');
  });
});
