import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestDatabase, testDialects, type TestDatabase } from '../../test/databases.ts';
import { AppError } from '../errors.ts';
import { createSearchIndex } from './search-index.ts';
import type { SearchDocument, SearchIndex, SearchQuery } from './types.ts';

let counter = 0;

function doc(id: string, title: string, body = '', extra: Partial<SearchDocument> = {}): SearchDocument {
  counter += 1;
  return {
    resource: 'project',
    id,
    jurisdictionPath: '/vn/dt/',
    visibility: 'public',
    title,
    body,
    facets: {},
    updatedAt: new Date(Date.UTC(2026, 0, 1, 0, 0, counter)).toISOString(),
    ...extra,
  };
}

describe.each(testDialects)('search index on %s', (dialect) => {
  let database: TestDatabase;
  let search: SearchIndex;

  beforeEach(async () => {
    database = await createTestDatabase(dialect);
    search = createSearchIndex({ db: database.db, dialect });
  });
  afterEach(async () => {
    await database.drop();
  });

  const ids = async (query: SearchQuery | string) => {
    const result = await search.query(typeof query === 'string' ? { text: query } : query);
    return result.hits.map((hit) => hit.id).sort();
  };

  it('finds accented text from queries typed without diacritics, and đ from d', async () => {
    await search.upsert(database.db, [
      doc('a', 'Đấu thầu mua sắm thiết bị phòng thí nghiệm'),
      doc('b', 'Nghiên cứu ứng dụng công nghệ sinh học', 'Trồng lúa chịu mặn tại Đồng Tháp'),
      doc('c', 'Dầu thực vật'),
    ]);
    expect(await ids('dau thau')).toEqual(['a']);
    expect(await ids('ĐẤU THẦU')).toEqual(['a']);
    expect(await ids('đấu thầu'.normalize('NFD'))).toEqual(['a']);
    expect(await ids('nghien cuu sinh hoc')).toEqual(['b']);
    expect(await ids('dong thap lua')).toEqual(['b']);
    expect(await ids('dau')).toEqual(['a', 'c']);
    expect(await ids('dau thap')).toEqual([]);
  });

  it('lets KH&CN, KHCN, KH-CN and "khoa học và công nghệ" find each other', async () => {
    await search.upsert(database.db, [
      doc('amp', 'Sở KH&CN tỉnh Đồng Tháp'),
      doc('abbr', 'Chương trình KHCN trọng điểm'),
      doc('dash', 'Hội đồng KH-CN cấp tỉnh'),
      doc('full', 'Quỹ phát triển', 'Quỹ phát triển khoa học và công nghệ của tỉnh'),
      doc('other', 'Khoa học xã hội và nhân văn', 'Công tác thông tin'),
      doc('scattered', 'Công nghệ mới', 'phục vụ khoa học'),
    ]);
    const all = ['abbr', 'amp', 'dash', 'full'];
    for (const text of ['KH&CN', 'KHCN', 'kh-cn', '"khoa học và công nghệ"', '"khoa hoc cong nghe"', '"KHCN"']) {
      expect(await ids(text), text).toEqual(all);
    }
    // Unquoted, the words of the expansion also keep their plain meaning: all of them, anywhere.
    expect(await ids('khoa hoc cong nghe')).toEqual([...all, 'scattered']);
    expect(await ids('KHCN tỉnh')).toEqual(['amp', 'dash', 'full']);
    expect(await ids('"sở khoa học và công nghệ"')).toEqual(['amp']);
  });

  it('matches phrases in order only, with or without diacritics', async () => {
    await search.upsert(database.db, [
      doc('ordered', 'Ứng dụng khoa học công nghệ cao'),
      doc('reversed', 'Công nghệ phục vụ khoa học'),
      doc('split', 'Khoa học', 'công nghệ'),
    ]);
    expect(await ids('"khoa học công nghệ"')).toEqual(['ordered']);
    expect(await ids('"khoa hoc cong nghe"')).toEqual(['ordered']);
    expect(await ids('"cong nghe khoa hoc"')).toEqual([]);
    expect(await ids('"công nghệ phục vụ"')).toEqual(['reversed']);
    // Unquoted words match anywhere, title and body together.
    expect(await ids('khoa học công nghệ')).toEqual(['ordered', 'reversed', 'split']);
  });

  it('counts facet values over the whole filtered result, not the page, and filters on them', async () => {
    await search.upsert(database.db, [
      doc('p1', 'Giống lúa mới', '', { facets: { field: ['401', '4'], status: ['active'] } }),
      doc('p2', 'Giống lúa chịu hạn', '', { facets: { field: ['401', '4'], status: ['done'] } }),
      doc('p3', 'Giống lúa thơm', '', { facets: { field: ['402', '4'], status: ['active'] } }),
      doc('p4', 'Máy gặt lúa', '', { facets: { field: ['201', '2'], status: ['active'] } }),
      doc('p5', 'Giống ngô', '', { facets: { field: ['401', '4'], status: ['active'] } }),
    ]);
    const all = await search.query({ text: 'lúa', facetFields: ['field', 'status', 'missing'], pageSize: 1 });
    expect(all.total).toBe(4);
    expect(all.hits).toHaveLength(1);
    expect(all.facets).toEqual({
      field: [
        { value: '4', count: 3 },
        { value: '401', count: 2 },
        { value: '2', count: 1 },
        { value: '201', count: 1 },
        { value: '402', count: 1 },
      ],
      status: [
        { value: 'active', count: 3 },
        { value: 'done', count: 1 },
      ],
      missing: [],
    });

    const filtered = await search.query({ text: 'lua', filters: { field: ['401'] }, facetFields: ['status'] });
    expect(filtered.hits.map((hit) => hit.id).sort()).toEqual(['p1', 'p2']);
    expect(filtered.facets).toEqual({ status: [{ value: 'active', count: 1 }, { value: 'done', count: 1 }] });
    // OR within one facet, AND across facets; an empty value list filters nothing.
    expect(await ids({ text: 'lua', filters: { field: ['402', '201'] } })).toEqual(['p3', 'p4']);
    expect(await ids({ text: 'lua', filters: { field: ['4'], status: ['active'] } })).toEqual(['p1', 'p3']);
    expect(await ids({ text: 'lua', filters: { field: [] } })).toEqual(['p1', 'p2', 'p3', 'p4']);
    expect(await ids({ text: 'lua', filters: { field: ['999'] } })).toEqual([]);

    const limited = await search.query({ text: 'lua', facetFields: ['field'], facetLimit: 2 });
    expect(limited.facets['field']).toEqual([
      { value: '4', count: 3 },
      { value: '401', count: 2 },
    ]);
  });

  it('restricts to the resources asked for', async () => {
    await search.upsert(database.db, [doc('x', 'Đổi mới sáng tạo'), doc('y', 'Đổi mới sáng tạo', '', { resource: 'library' })]);
    const result = await search.query({ text: 'doi moi', resource: 'library' });
    expect(result.hits.map((hit) => [hit.resource, hit.id])).toEqual([['library', 'y']]);
    expect(result.total).toBe(1);
    await search.upsert(database.db, [doc('z', 'Đổi mới sáng tạo', '', { resource: 'market' })]);
    const several = await search.query({ text: 'doi moi', resource: ['market', 'library'] });
    expect(several.hits.map((hit) => hit.resource).sort()).toEqual(['library', 'market']);
    expect((await search.query({ text: 'doi moi' })).total).toBe(3);
  });

  it('hides internal documents from totals and facets unless the caller may see them', async () => {
    await search.upsert(database.db, [
      doc('pub', 'Báo cáo thống kê', '', { facets: { kind: ['report'] } }),
      doc('hn', 'Báo cáo nội bộ', '', { visibility: 'internal', jurisdictionPath: '/vn/hn/', facets: { kind: ['secret'] } }),
      doc('hnx', 'Báo cáo xã', '', { visibility: 'internal', jurisdictionPath: '/vn/hn/x1/', facets: { kind: ['secret'] } }),
      doc('hcm', 'Báo cáo nội bộ', '', { visibility: 'internal', jurisdictionPath: '/vn/hcm/', facets: { kind: ['secret'] } }),
    ]);
    const anonymous = await search.query({ text: 'bao cao', facetFields: ['kind'] });
    expect(anonymous.total).toBe(1);
    expect(anonymous.hits.map((hit) => hit.id)).toEqual(['pub']);
    expect(anonymous.facets).toEqual({ kind: [{ value: 'report', count: 1 }] });

    const scoped = await search.query({ text: 'bao cao', facetFields: ['kind'], includeInternal: { jurisdictionPaths: ['/vn/hn/'] } });
    expect(scoped.hits.map((hit) => hit.id).sort()).toEqual(['hn', 'hnx', 'pub']);
    expect(scoped.facets['kind']).toEqual([
      { value: 'secret', count: 2 },
      { value: 'report', count: 1 },
    ]);
    expect(await ids({ text: 'bao cao', includeInternal: { jurisdictionPaths: [] } })).toEqual(['pub']);
    expect(await ids({ text: 'bao cao', includeInternal: { jurisdictionPaths: [''] } })).toEqual(['pub']);
    expect(await ids({ text: 'bao cao', includeInternal: { jurisdictionPaths: ['/vn/hn/x1/', '/vn/hcm/'] } })).toEqual(['hcm', 'hnx', 'pub']);
    expect(await ids({ text: 'bao cao', includeInternal: { jurisdictionPaths: 'all' } })).toEqual(['hcm', 'hn', 'hnx', 'pub']);
    expect(await ids({ text: 'noi bo', filters: { kind: ['secret'] } })).toEqual([]);
  });

  it('shows documents for signed-in users only when asked, in hits, totals and facets alike', async () => {
    await search.upsert(database.db, [
      doc('pub', 'Báo cáo công khai', '', { facets: { access: ['public'] } }),
      doc('reg', 'Báo cáo cho thành viên', '', { visibility: 'authenticated', facets: { access: ['authenticated'] } }),
      doc('int', 'Báo cáo nội bộ', '', { visibility: 'internal', jurisdictionPath: '/vn/hn/', facets: { access: ['internal'] } }),
    ]);
    const anonymous = await search.query({ text: 'bao cao', facetFields: ['access'] });
    expect(anonymous.hits.map((hit) => hit.id)).toEqual(['pub']);
    expect(anonymous.total).toBe(1);
    expect(anonymous.facets).toEqual({ access: [{ value: 'public', count: 1 }] });

    const signedIn = await search.query({ text: 'bao cao', facetFields: ['access'], includeAuthenticated: true });
    expect(signedIn.hits.map((hit) => hit.id).sort()).toEqual(['pub', 'reg']);
    expect(signedIn.total).toBe(2);
    expect(signedIn.facets['access']?.map((facet) => facet.value).sort()).toEqual(['authenticated', 'public']);
    // Internal access does not imply the signed-in tier, and the other way round.
    expect(await ids({ text: 'bao cao', includeInternal: { jurisdictionPaths: 'all' } })).toEqual(['int', 'pub']);
    expect(await ids({ text: 'bao cao', includeAuthenticated: true, includeInternal: { jurisdictionPaths: ['/vn/hn/'] } })).toEqual(['int', 'pub', 'reg']);
    expect(await ids({ text: 'thanh vien', filters: { access: ['authenticated'] } })).toEqual([]);
    expect((await search.query({ text: '', resource: 'project', facetFields: ['access'] })).facets).toEqual({ access: [{ value: 'public', count: 1 }] });
  });

  it('searches named fields on their own with name:word and name:"phrase", and with plain words', async () => {
    await search.upsert(database.db, [
      doc('an', 'Giống lúa chịu mặn', 'Tóm tắt về giống lúa', { fields: { author: 'Nguyễn Văn An', keywords: 'lúa; chịu mặn' } }),
      doc('binh', 'Máy gặt đập', 'Nhóm tác giả Nguyễn Văn An tham gia', { fields: { Author: 'Trần Thị Bình' } }),
      doc('title', 'Nguyễn Văn An và lúa', 'Hồi ký'),
    ]);
    expect(await ids('author:"nguyen van an"')).toEqual(['an']);
    expect(await ids('author:"Nguyễn Văn An"')).toEqual(['an']);
    expect(await ids('AUTHOR:binh')).toEqual(['binh']);
    expect(await ids('author:"van an nguyen"')).toEqual([]);
    // Plain words and phrases look everywhere: title, body and every field.
    expect(await ids('"nguyen van an"')).toEqual(['an', 'binh', 'title']);
    expect(await ids('tran thi binh')).toEqual(['binh']);
    expect(await ids('keywords:man lua')).toEqual(['an']);
    // The title is always a field.
    expect(await ids('title:lua')).toEqual(['an', 'title']);
    expect(await ids('title:"nguyen van an"')).toEqual(['title']);
    expect(await ids('title:tom')).toEqual([]);
    // A field's words do not run into the body's or another field's in a phrase.
    expect(await ids('author:"an lua"')).toEqual([]);

    const [hit] = (await search.query({ text: 'author:"nguyen van an"' })).hits;
    expect(hit?.titleHighlighted).toBe('Giống lúa chịu mặn');
  });

  it('keeps field searches working after a rebuild', async () => {
    await search.upsert(database.db, [doc('an', 'Giống lúa', '', { fields: { author: 'Nguyễn Văn An' } })]);
    await database.db.deleteFrom('search_field_names').execute();
    await search.rebuild();
    expect(await ids('author:an')).toEqual(['an']);
  });

  it('sorts by the documents\' dates when asked, undated last, and browses without text', async () => {
    await search.upsert(database.db, [
      doc('old', 'Lúa nước', '', { date: '2019-05-01', facets: { type: ['article'] } }),
      doc('new', 'Lúa cạn', '', { date: '2025-01-31', facets: { type: ['book'] } }),
      doc('mid', 'Lúa mì', '', { date: '2022-11-20T08:00:00.000Z', facets: { type: ['article'] } }),
      doc('none', 'Lúa gạo', '', { facets: { type: ['article'] } }),
      doc('other', 'Ngô', '', { date: '2026-01-01', resource: 'market', facets: { type: ['article'] } }),
    ]);
    const order = async (query: SearchQuery) => (await search.query(query)).hits.map((hit) => hit.id);
    expect(await order({ text: 'lua', sort: 'date_desc' })).toEqual(['new', 'mid', 'old', 'none']);
    expect(await order({ text: 'lua', sort: 'date_asc' })).toEqual(['old', 'mid', 'new', 'none']);

    const browsed = await search.query({ text: '  ', resource: 'project', facetFields: ['type'], pageSize: 2 });
    expect(browsed.total).toBe(4);
    expect(browsed.hits.map((hit) => hit.id)).toEqual(['new', 'mid']);
    expect(browsed.hits[0]?.snippet).toBe('');
    expect(browsed.facets).toEqual({ type: [{ value: 'article', count: 3 }, { value: 'book', count: 1 }] });
    expect(await order({ text: '', filters: { type: ['article'] }, sort: 'date_asc' })).toEqual(['old', 'mid', 'other', 'none']);
    expect(await order({ text: '', filters: { type: ['article'] }, page: 2, pageSize: 3 })).toEqual(['none']);
  });

  it('returns titles and snippets with matches marked and markup escaped', async () => {
    await search.upsert(database.db, [
      doc('x', '<script>alert("đấu thầu")</script> & <b>Đấu thầu</b>', `${'Giới thiệu chung. '.repeat(30)}Kết quả đấu thầu gói <img src=x onerror=alert(1)> thiết bị. ${'Phần cuối. '.repeat(60)}`),
    ]);
    const [hit] = (await search.query({ text: 'đấu thầu' })).hits;
    expect(hit?.title).toBe('<script>alert("đấu thầu")</script> & <b>Đấu thầu</b>');
    expect(hit?.titleHighlighted).toBe(
      '&lt;script&gt;alert(&quot;<mark>đấu</mark> <mark>thầu</mark>&quot;)&lt;/script&gt; &amp; &lt;b&gt;<mark>Đấu</mark> <mark>thầu</mark>&lt;/b&gt;',
    );
    expect(hit?.snippet).toContain('Kết quả <mark>đấu</mark> <mark>thầu</mark> gói &lt;img src=x onerror=alert(1)&gt; thiết bị');
    expect(hit?.snippet.startsWith('… ')).toBe(true);
    expect(hit?.snippet.endsWith(' …')).toBe(true);
    expect(hit?.snippet.replace(/<\/?mark>/g, '')).not.toMatch(/[<>]/);
  });

  it('treats query syntax and injection attempts as plain words', async () => {
    await search.upsert(database.db, [doc('or', 'Tìm kiếm OR và NEAR'), doc('plain', 'Đấu thầu'), doc('drop', 'Drop table')]);
    const attempts = ['""', '*', 'dau*', 'NEAR(', 'NEAR(dau thau)', 'OR', 'dau OR x', "'; drop table search_documents; --", 'title:dau', '-dau', '^dau', "dau' | 'x", 'dau & !x', 'dau <-> x', '(dau', 'dau)'];
    const found: Record<string, string[]> = {};
    for (const text of attempts) {
      found[text] = await ids(text);
    }
    expect(found).toEqual({
      '""': [],
      '*': [],
      'dau*': ['plain'],
      'NEAR(': ['or'],
      'NEAR(dau thau)': [],
      OR: ['or'],
      'dau OR x': [],
      "'; drop table search_documents; --": [],
      'title:dau': ['plain'],
      '-dau': ['plain'],
      '^dau': ['plain'],
      "dau' | 'x": [],
      'dau & !x': [],
      'dau <-> x': [],
      '(dau': ['plain'],
      'dau)': ['plain'],
    });
    expect(await ids('drop table')).toEqual(['drop']);
  });

  it('answers an unclosed quote, an unknown field and over-long text with search_syntax', async () => {
    await search.upsert(database.db, [doc('a', 'Đấu thầu', '', { fields: { author: 'Nguyễn Văn An' } })]);
    for (const text of ['"', 'dau "thau', 'title:"dau', 'isbn:978', 'Author:an publisher:x', 'a'.repeat(501)]) {
      const error = await search.query({ text }).then(
        () => null,
        (caught: unknown) => caught,
      );
      expect(error, text.slice(0, 20)).toBeInstanceOf(AppError);
      expect(error, text.slice(0, 20)).toMatchObject({ code: 'search_syntax', status: 400 });
    }
    expect(await ids('author:an')).toEqual(['a']);
  });

  it('refuses blank text with nothing to browse by, bad paging and bad sorts with validation_failed', async () => {
    const bad: SearchQuery[] = [
      { text: '' },
      { text: '   \n' },
      { text: '', filters: { kind: [] } },
      { text: 'dau', page: 0 },
      { text: 'dau', pageSize: 201 },
      { text: 'dau', page: 1.5 },
      { text: 'dau', sort: 'newest' as SearchQuery['sort'] },
    ];
    for (const query of bad) {
      const error = await search.query(query).then(
        () => null,
        (caught: unknown) => caught,
      );
      expect(error, JSON.stringify(query).slice(0, 60)).toBeInstanceOf(AppError);
      expect(error).toMatchObject({ code: 'validation_failed', status: 400 });
    }
    await expect(search.query({ text: 'a'.repeat(500) })).resolves.toMatchObject({ total: 0 });
  });

  it('finds nothing, without error, in text made only of punctuation', async () => {
    await search.upsert(database.db, [doc('a', '!!! ***')]);
    await expect(search.query({ text: '!!! *** ?', facetFields: ['kind'] })).resolves.toEqual({ total: 0, hits: [], facets: { kind: [] } });
  });

  it('replaces a document on upsert and forgets it on remove', async () => {
    await search.upsert(database.db, [doc('a', 'Giống lúa', 'ST25', { facets: { field: ['401'] } }), doc('b', 'Giống lúa khác')]);
    await search.upsert(database.db, [doc('a', 'Máy gặt đập', 'liên hợp', { facets: { field: ['201'] } })]);
    expect(await ids('lua')).toEqual(['b']);
    expect(await ids('st25')).toEqual([]);
    expect(await ids('may gat lien hop')).toEqual(['a']);
    const replaced = await search.query({ text: 'may gat', facetFields: ['field'] });
    expect(replaced.facets).toEqual({ field: [{ value: '201', count: 1 }] });

    await search.remove(database.db, 'project', ['a', 'a', 'unknown']);
    expect(await ids('may gat')).toEqual([]);
    expect(await ids('lua')).toEqual(['b']);
    const facets = await database.db.selectFrom('search_facets').select('value').execute();
    expect(facets).toEqual([]);
    const stored = await database.db.selectFrom('search_documents').select('id').execute();
    expect(stored).toEqual([{ id: 'b' }]);
    await search.remove(database.db, 'project', []);
  });

  it('keeps the last of duplicate documents in one batch', async () => {
    await search.upsert(database.db, [doc('a', 'Bản cũ'), doc('a', 'Bản mới')]);
    expect(await ids('ban moi')).toEqual(['a']);
    expect(await ids('ban cu')).toEqual([]);
  });

  it('writes inside the caller transaction and rolls back with it', async () => {
    await expect(
      database.db.transaction().execute(async (tx) => {
        await search.upsert(tx, [doc('a', 'Đấu thầu')]);
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    expect(await ids('dau thau')).toEqual([]);
    await database.db.transaction().execute((tx) => search.upsert(tx, [doc('a', 'Đấu thầu')]));
    expect(await ids('dau thau')).toEqual(['a']);
  });

  it('lets concurrent transactions index the same record without mixing their facets', async () => {
    await Promise.all(
      ['401', '402', '403'].map((field) =>
        database.db.transaction().execute((tx) => search.upsert(tx, [doc('same', `Đề tài ${field}`, '', { facets: { field: [field] } })])),
      ),
    );
    const result = await search.query({ text: 'de tai', facetFields: ['field'] });
    expect(result.total).toBe(1);
    expect(result.facets['field']).toHaveLength(1);
    expect(result.hits[0]?.title).toBe(`Đề tài ${result.facets['field']?.[0]?.value ?? ''}`);
  });

  it('pages through results in a stable order, with the total on every page', async () => {
    await search.upsert(
      database.db,
      Array.from({ length: 23 }, (_, i) => doc(`d${String(i).padStart(2, '0')}`, `Hồ sơ số ${i}`)),
    );
    const seen: string[] = [];
    for (const page of [1, 2, 3]) {
      const result = await search.query({ text: 'ho so', page, pageSize: 10 });
      expect(result.total).toBe(23);
      expect(result.hits).toHaveLength(page === 3 ? 3 : 10);
      seen.push(...result.hits.map((hit) => hit.id));
    }
    expect(new Set(seen).size).toBe(23);
    const beyond = await search.query({ text: 'ho so', page: 4, pageSize: 10, facetFields: ['kind'] });
    expect(beyond).toEqual({ total: 23, hits: [], facets: { kind: [] } });
  });

  it('caps totals and facet counts at the count cap, without changing the ranking', async () => {
    const capped = createSearchIndex({ db: database.db, dialect, countCap: 5 });
    await capped.upsert(
      database.db,
      Array.from({ length: 8 }, (_, i) => doc(`d${i}`, i === 7 ? 'Giống lúa lúa lúa' : `Giống lúa ${i}`, '', { facets: { kind: ['seed'] } })),
    );
    const many = await capped.query({ text: 'giong lua', facetFields: ['kind'], pageSize: 3 });
    expect(many.total).toBe(5);
    expect(many.totalCapped).toBe(true);
    expect(many.facets).toEqual({ kind: [{ value: 'seed', count: 5 }] });
    expect(many.hits[0]?.id).toBe('d7');
    expect((await capped.query({ text: 'giong lua', page: 3, pageSize: 3 })).hits).toHaveLength(2);

    const exact = await capped.query({ text: 'giong lua', filters: { kind: ['seed'] }, pageSize: 20 });
    expect(exact.total).toBe(8);
    expect(exact.totalCapped).toBeUndefined();
    const few = await capped.query({ text: 'lua 3', facetFields: ['kind'], pageSize: 1 });
    expect(few).toMatchObject({ total: 1, facets: { kind: [{ value: 'seed', count: 1 }] } });
    expect(few.totalCapped).toBeUndefined();
  });

  it('ranks title matches above body matches', async () => {
    await search.upsert(database.db, [doc('body', 'Báo cáo năm', 'Chuyển giao công nghệ nano'), doc('title', 'Công nghệ nano', 'Báo cáo năm')]);
    const result = await search.query({ text: 'nano' });
    expect(result.hits.map((hit) => hit.id)).toEqual(['title', 'body']);
    expect(result.hits[0]?.score).toBeGreaterThan(result.hits[1]?.score ?? Infinity);
  });

  it('rebuilds the full-text entries and facets from the stored documents', async () => {
    await search.upsert(database.db, [doc('a', 'Đấu thầu', '', { facets: { kind: ['tender'] } }), doc('b', 'Sở KH&CN')]);
    if (dialect === 'sqlite') {
      await sql`insert into search_fts (search_fts) values ('delete-all')`.execute(database.db);
    } else {
      await sql`update search_documents set search_vector = ''::tsvector`.execute(database.db);
    }
    await database.db.deleteFrom('search_facets').execute();
    expect(await ids('dau thau')).toEqual([]);

    await search.rebuild();
    expect(await ids('dau thau')).toEqual(['a']);
    expect(await ids('khcn')).toEqual(['b']);
    const result = await search.query({ text: 'dau thau', facetFields: ['kind'] });
    expect(result.facets).toEqual({ kind: [{ value: 'tender', count: 1 }] });
    await search.upsert(database.db, [doc('a', 'Đấu giá')]);
    expect(await ids('dau thau')).toEqual([]);
    expect(await ids('dau gia')).toEqual(['a']);
  });

  it('rejects malformed documents before writing anything', async () => {
    const bad: SearchDocument[] = [
      { ...doc('x', 'Tên'), visibility: 'secret' } as unknown as SearchDocument,
      doc('x', 'Tên', '', { fields: { title: 'Tên khác' } }),
      doc('x', 'Tên', '', { fields: { 'tác_giả': 'An' } }),
      doc('x', 'Tên', '', { fields: { author: 5 } as unknown as Record<string, string> }),
      doc('x', 'Tên', '', { date: '28/11/2026' }),
    ];
    for (const document of bad) {
      await expect(search.upsert(database.db, [doc('ok', 'Hợp lệ'), document])).rejects.toThrow(TypeError);
    }
    expect(await ids('hop le')).toEqual([]);
  });
});
