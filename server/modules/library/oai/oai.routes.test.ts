import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/app.ts';
import { testDialects } from '../../../test/databases.ts';
import type { RecordRow } from '../library.repository.ts';
import { parseXml } from './oai.fixtures.ts';
import { OAI_PAGE_SIZE } from './oai.routes.ts';
import { insertRecords, type RecordFixture } from './records.fixtures.ts';

type Node = Record<string, unknown>;

const HOST = 'thuvien.opensti.test';
const PUBLISHED = OAI_PAGE_SIZE * 2 + 17;

describe.each(testDialects)('OAI-PMH at /oai on %s', (dialect) => {
  let t: TestApp;
  let records: RecordRow[];
  let open: RecordRow;
  let withdrawn: RecordRow;
  let restricted: RecordRow;
  let draft: RecordRow;

  beforeAll(async () => {
    t = await createTestApp(dialect, { env: { PUBLIC_URL: `https://${HOST}` } });
    const fixtures: RecordFixture[] = Array.from({ length: PUBLISHED }, (_, n) => ({
      type: n % 3 === 0 ? 'book' : 'article',
      fieldCodes: n % 5 === 0 ? ['101'] : ['205'],
      // Several records share a datestamp second, so the walk must order by id within it.
      updated_at: new Date(Date.UTC(2026, 0, 1 + Math.floor(n / 50), 8, 0, Math.floor(n / 3))).toISOString(),
    }));
    fixtures[0] = {
      ...fixtures[0],
      title: 'Đánh giá & cải tiến <giống lúa> "chịu mặn"',
      title_en: 'Salt-tolerant rice',
      abstract: 'Kết quả thử nghiệm tại Thái Bình.',
      doi: '10.1234/lua.2025',
      keywords: JSON.stringify(['lúa', 'chịu mặn']),
      licence: 'cc-by-4.0',
      authors: ['Nguyễn Văn An', 'Trần Thị Bình'],
    };
    records = await insertRecords(t.platform.db, [
      ...fixtures,
      { status: 'withdrawn', title: 'Tài liệu đã thu hồi', updated_at: '2026-03-01T00:00:00.000Z' },
      { access_level: 'restricted', title: 'Tài liệu mật', updated_at: '2026-03-01T00:00:01.000Z' },
      { status: 'draft', title: 'Bản nháp', updated_at: '2026-03-01T00:00:02.000Z' },
    ]);
    open = records[0] as RecordRow;
    withdrawn = records[PUBLISHED] as RecordRow;
    restricted = records[PUBLISHED + 1] as RecordRow;
    draft = records[PUBLISHED + 2] as RecordRow;
  });
  afterAll(async () => {
    await t.close();
  });

  async function get(query: string): Promise<Node> {
    const response = await t.anonymous.request({ method: 'GET', url: `/oai?${query}` });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['content-type']).toBe('text/xml; charset=utf-8');
    return parseXml(response.body)['OAI-PMH'] as Node;
  }

  const id = (row: RecordRow) => `oai:${HOST}:${row.id}`;
  const codes = (doc: Node) => ((doc.error as Node[] | undefined) ?? []).map((error) => error['@code']);

  it('identifies the repository, on GET and on a form POST without a CSRF token', async () => {
    const identify = (await get('verb=Identify')).Identify as Node;
    expect(identify).toMatchObject({
      repositoryName: 'Thư viện điện tử khoa học và công nghệ',
      baseURL: `https://${HOST}/oai`,
      protocolVersion: '2.0',
      earliestDatestamp: '2026-01-01T08:00:00Z',
      deletedRecord: 'persistent',
      granularity: 'YYYY-MM-DDThh:mm:ssZ',
    });
    expect(((identify.description as Node)['oai-identifier'] as Node).repositoryIdentifier).toBe(HOST);

    const posted = await t.app.inject({
      method: 'POST',
      url: '/oai',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: `verb=GetRecord&metadataPrefix=oai_dc&identifier=${encodeURIComponent(id(open))}`,
    });
    expect(posted.statusCode, posted.body).toBe(200);
    expect(posted.body).toContain('<dc:title>Đánh giá &amp; cải tiến &lt;giống lúa&gt; "chịu mặn"</dc:title>');

    const badPost = await t.app.inject({ method: 'POST', url: '/oai', headers: { 'content-type': 'application/x-www-form-urlencoded' }, payload: 'verb=Explode' });
    expect(codes(parseXml(badPost.body)['OAI-PMH'] as Node)).toEqual(['badVerb']);
    const json = await t.anonymous.request({ method: 'POST', url: '/oai', payload: { verb: 'Identify' } });
    expect(json.statusCode).toBe(415);
  });

  it('lists oai_dc and the sets by type, field and program', async () => {
    const formats = (await get('verb=ListMetadataFormats')).ListMetadataFormats as Node;
    expect((formats.metadataFormat as Node[]).map((format) => format.metadataPrefix)).toEqual(['oai_dc']);
    expect(codes(await get(`verb=ListMetadataFormats&identifier=${encodeURIComponent(id(open))}`))).toEqual([]);

    const specs: string[] = [];
    let query = 'verb=ListSets';
    for (;;) {
      const list = (await get(query)).ListSets as Node;
      specs.push(...(list.set as Node[]).flatMap((set) => set.setSpec as string[]));
      const token = list.resumptionToken as Node | undefined;
      if (!token?.['#text']) {
        break;
      }
      query = `verb=ListSets&resumptionToken=${encodeURIComponent(token['#text'] as string)}`;
    }
    expect(specs).toEqual(expect.arrayContaining(['type', 'type:article', 'type:task_result', 'field', 'field:1', 'field:101', 'program']));
    expect(new Set(specs).size).toBe(specs.length);
  });

  it('hands out every record once over a walk with resumption tokens, tombstones as deleted', async () => {
    const seen: string[] = [];
    const deleted: string[] = [];
    const cursors: string[] = [];
    let query = 'verb=ListRecords&metadataPrefix=oai_dc';
    for (let page = 0; page < 10; page += 1) {
      const list = (await get(query)).ListRecords as Node;
      for (const record of list.record as Node[]) {
        const header = (record.header as Node[])[0] as Node;
        seen.push(header.identifier as string);
        if (header['@status'] === 'deleted') {
          deleted.push(header.identifier as string);
          expect(record.metadata).toBeUndefined();
        } else {
          expect(((record.metadata as Node)['oai_dc:dc'] as Node)['dc:title']).toBeDefined();
        }
      }
      const token = list.resumptionToken as Node | undefined;
      cursors.push(`${String(token?.['@cursor'])}/${String(token?.['@completeListSize'])}`);
      if (!token?.['#text']) {
        break;
      }
      query = `verb=ListRecords&resumptionToken=${encodeURIComponent(token['#text'] as string)}`;
    }
    const listed = records.filter((row) => row !== draft).map(id);
    expect(seen).toHaveLength(listed.length);
    expect(new Set(seen)).toEqual(new Set(listed));
    expect(deleted.sort()).toEqual([id(withdrawn), id(restricted)].sort());
    expect(cursors).toEqual([`0/${listed.length}`, `${OAI_PAGE_SIZE}/${listed.length}`, `${OAI_PAGE_SIZE * 2}/${listed.length}`]);
  });

  it('gets a record as Dublin Core, a tombstone as a deleted header, and knows nothing of drafts', async () => {
    const record = (((await get(`verb=GetRecord&metadataPrefix=oai_dc&identifier=${encodeURIComponent(id(open))}`)).GetRecord as Node).record as Node[])[0] as Node;
    const header = (record.header as Node[])[0] as Node;
    expect(header.datestamp).toBe('2026-01-01T08:00:00Z');
    expect(header.setSpec).toEqual(['type:book', 'field:101']);
    const dc = (record.metadata as Node)['oai_dc:dc'] as Node;
    expect(dc['dc:title']).toEqual(['Đánh giá & cải tiến <giống lúa> "chịu mặn"', 'Salt-tolerant rice']);
    expect(dc['dc:creator']).toEqual(['Nguyễn Văn An', 'Trần Thị Bình']);
    expect(dc['dc:identifier']).toEqual(expect.arrayContaining([`https://${HOST}/library/records/${open.id}`, 'https://doi.org/10.1234/lua.2025']));
    expect(dc['dc:subject']).toEqual(expect.arrayContaining(['lúa', 'chịu mặn']));
    expect(dc['dc:description']).toEqual(['Kết quả thử nghiệm tại Thái Bình.']);
    expect(dc['dc:language']).toEqual(['vi']);

    const tombstone = (((await get(`verb=GetRecord&metadataPrefix=oai_dc&identifier=${encodeURIComponent(id(withdrawn))}`)).GetRecord as Node).record as Node[])[0] as Node;
    expect(((tombstone.header as Node[])[0] as Node)['@status']).toBe('deleted');
    expect(tombstone.metadata).toBeUndefined();

    expect(codes(await get(`verb=GetRecord&metadataPrefix=oai_dc&identifier=${encodeURIComponent(id(draft))}`))).toEqual(['idDoesNotExist']);
  });

  it('filters by set and by dates of either granularity', async () => {
    const count = async (query: string) => {
      const doc = await get(`verb=ListIdentifiers&metadataPrefix=oai_dc&${query}`);
      if (codes(doc).length > 0) {
        return codes(doc);
      }
      const list = doc.ListIdentifiers as Node;
      const token = list.resumptionToken as Node | undefined;
      return Number(token?.['@completeListSize'] ?? (list.header as Node[]).length);
    };
    const books = records.slice(0, PUBLISHED).filter((row) => row.type === 'book').length;
    expect(await count('set=type:book')).toBe(books);
    expect(await count('set=field:101')).toBe(Math.ceil(PUBLISHED / 5));
    expect(await count('set=field:1')).toBe(Math.ceil(PUBLISHED / 5));
    expect(await count('set=type')).toBe(PUBLISHED + 2);
    expect(await count('from=2026-01-02&until=2026-01-02')).toBe(50);
    expect(await count('from=2026-01-01T08:00:00Z&until=2026-01-01T08:00:00Z')).toBe(3);
    expect(await count('from=2026-03-01')).toBe(2);
    expect(await count('set=type:patent')).toEqual(['noRecordsMatch']);
    expect(await count('set=program:CT-KHONG-CO')).toEqual(['noRecordsMatch']);
    expect(await count('from=2027-01-01')).toEqual(['noRecordsMatch']);
  });

  it('answers every protocol error the repository can meet, inside a 200 response', async () => {
    expect(codes(await get(''))).toEqual(['badVerb']);
    expect(codes(await get('verb=Harvest'))).toEqual(['badVerb']);
    expect(codes(await get('verb=Identify&verb=Identify'))).toEqual(['badVerb']);
    expect(codes(await get('verb=ListRecords'))).toEqual(['badArgument']);
    expect(codes(await get('verb=Identify&metadataPrefix=oai_dc'))).toEqual(['badArgument']);
    expect(codes(await get('verb=ListRecords&metadataPrefix=oai_dc&from=2026-01-01&until=2026-01-02T00:00:00Z'))).toEqual(['badArgument']);
    expect(codes(await get('verb=ListRecords&metadataPrefix=oai_dc&from=01/01/2026'))).toEqual(['badArgument']);
    expect(codes(await get('verb=ListRecords&resumptionToken=x&set=type'))).toEqual(['badArgument']);
    expect(codes(await get('verb=ListRecords&resumptionToken=forged.token'))).toEqual(['badResumptionToken']);
    expect(codes(await get('verb=ListRecords&metadataPrefix=marc21'))).toEqual(['cannotDisseminateFormat']);
    expect(codes(await get(`verb=GetRecord&metadataPrefix=marc21&identifier=${encodeURIComponent(id(open))}`))).toEqual(['cannotDisseminateFormat']);
    expect(codes(await get('verb=GetRecord&metadataPrefix=oai_dc&identifier=oai:thuvien.opensti.test:not-a-uuid'))).toEqual(['idDoesNotExist']);
    expect(codes(await get(`verb=GetRecord&metadataPrefix=oai_dc&identifier=oai:elsewhere.vn:${open.id}`))).toEqual(['idDoesNotExist']);
    expect(codes(await get('verb=ListMetadataFormats&identifier=oai:thuvien.opensti.test:0190a3b4-0000-7000-8000-000000000000'))).toEqual(['idDoesNotExist']);
    expect(codes(await get('verb=ListIdentifiers&metadataPrefix=oai_dc&until=2000-01-01'))).toEqual(['noRecordsMatch']);
  });
});
