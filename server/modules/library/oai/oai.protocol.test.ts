import { describe, expect, it } from 'vitest';
import { parseDatestamp, toDatestamp } from './datestamp.ts';
import { collect, memoryRepository, parseXml } from './oai.fixtures.ts';
import { answerOai, parseRequest, type OaiItem, type OaiOptions, type OaiRepository } from './oai.protocol.ts';
import { decodeToken, encodeToken } from './resumption-token.ts';
import { escapeAttribute, escapeText, XmlWriter, xmlSafe } from './xml-writer.ts';

const OPTIONS: OaiOptions = { baseUrl: 'https://thuvien.example.vn/oai', host: 'thuvien.example.vn', pageSize: 10, tokenTtlMs: 3_600_000 };
const NOW = new Date('2026-11-28T10:00:00.000Z');

function item(n: number, overrides: Partial<OaiItem> = {}): OaiItem {
  const id = `0190a3b4-0000-7000-8000-${String(n).padStart(12, '0')}`;
  return {
    id,
    // Two items share each second, so the (datestamp, id) order is exercised.
    datestamp: `2026-11-${String(1 + Math.floor(n / 2)).padStart(2, '0')}T08:00:00.${String(n).padStart(3, '0')}Z`,
    deleted: false,
    sets: [n % 2 === 0 ? 'type:article' : 'type:book', 'field:101'],
    metadata: { title: [`Công trình số ${n}`], creator: ['Nguyễn Văn A', 'Trần Thị B'], type: ['Text'], language: ['vie'] },
    ...overrides,
  };
}

const ITEMS = Array.from({ length: 25 }, (_, n) => item(n, n === 3 ? { deleted: true, metadata: null } : {}));
const SETS = [
  { spec: 'type', name: 'Loại tài liệu' },
  { spec: 'type:article', name: 'Bài báo' },
  { spec: 'type:book', name: 'Sách' },
  { spec: 'field:101', name: 'Toán học' },
];

type Node = Record<string, unknown>;

async function ask(repository: OaiRepository, query: string, now = NOW): Promise<{ xml: string; doc: Node }> {
  const xml = await collect(answerOai(repository, OPTIONS, [...new URLSearchParams(query)], now));
  const doc = parseXml(xml)['OAI-PMH'] as Node;
  return { xml, doc };
}

function errorCodes(doc: Node): string[] {
  return ((doc.error as Node[] | undefined) ?? []).map((error) => error['@code'] as string);
}

const repo = memoryRepository(ITEMS, { sets: SETS });

describe('XML writer', () => {
  it('escapes markup in text and attributes', () => {
    expect(escapeText('a < b & c > d')).toBe('a &lt; b &amp; c &gt; d');
    expect(escapeAttribute(`"x" 'y' <z>\n\t`)).toBe('&quot;x&quot; &apos;y&apos; &lt;z&gt;&#10;&#9;');
  });

  it('drops every character XML 1.0 forbids and keeps the rest, astral characters included', () => {
    expect(xmlSafe('a\u0000b\u0008c\u000Bd\u001Fe\uFFFEf\uFFFFg\uD800h\uDC00i')).toBe('abcdefghi');
    expect(xmlSafe('tab\tline\nret\r 𝔸 Việt')).toBe('tab\tline\nret\r 𝔸 Việt');
  });

  it('closes what is open and refuses names that are not XML names', () => {
    const writer = new XmlWriter({ declaration: false });
    writer.start('a').start('b', { c: 1, d: null }).text('x');
    expect(writer.finish()).toBe('<a><b c="1">x</b></a>');
    expect(() => writer.start('1bad')).toThrow();
  });
});

describe('datestamps', () => {
  it('reads both granularities as millisecond bounds and refuses impossible dates', () => {
    expect(parseDatestamp('2026-02-28')).toEqual({ granularity: 'day', start: '2026-02-28T00:00:00.000Z', end: '2026-02-28T23:59:59.999Z' });
    expect(parseDatestamp('2026-02-28T10:11:12Z')).toEqual({ granularity: 'second', start: '2026-02-28T10:11:12.000Z', end: '2026-02-28T10:11:12.999Z' });
    for (const bad of ['2026-02-30', '2026-13-01', '2026-02-28T24:00:00Z', '2026-02-28T10:11Z', '2026-02-28T10:11:12.5Z', '2026-02-28T10:11:12+07:00', '28/02/2026', '']) {
      expect(parseDatestamp(bad), bad).toBeNull();
    }
    expect(toDatestamp('2026-11-28T04:05:06.789Z')).toBe('2026-11-28T04:05:06Z');
  });
});

describe('request arguments', () => {
  const codes = (query: string) => {
    const parsed = parseRequest([...new URLSearchParams(query)]);
    return parsed.ok ? [] : parsed.errors.map((error) => error.code);
  };

  it('refuses a missing, repeated or unknown verb as badVerb', () => {
    expect(codes('')).toEqual(['badVerb']);
    expect(codes('verb=Identify&verb=Identify')).toEqual(['badVerb']);
    expect(codes('verb=ListAll')).toEqual(['badVerb']);
    expect(codes('verb=identify')).toEqual(['badVerb']);
  });

  it('refuses illegal, repeated, missing, empty and non-exclusive arguments as badArgument', () => {
    expect(codes('verb=Identify&set=x')).toEqual(['badArgument']);
    expect(codes('verb=ListRecords')).toEqual(['badArgument']);
    expect(codes('verb=ListRecords&metadataPrefix=oai_dc&metadataPrefix=oai_dc')).toEqual(['badArgument']);
    expect(codes('verb=ListRecords&metadataPrefix=')).toEqual(['badArgument']);
    expect(codes('verb=ListRecords&resumptionToken=abc&metadataPrefix=oai_dc')).toEqual(['badArgument']);
    expect(codes('verb=GetRecord&identifier=oai:x:1')).toEqual(['badArgument']);
    expect(codes('verb=ListSets&set=type')).toEqual(['badArgument']);
    expect(codes('verb=ListMetadataFormats&identifier=a&identifier=b')).toEqual(['badArgument']);
  });

  it('refuses malformed datestamps, mixed granularities and a from later than until', () => {
    expect(codes('verb=ListRecords&metadataPrefix=oai_dc&from=2026-11-01')).toEqual([]);
    expect(codes('verb=ListRecords&metadataPrefix=oai_dc&from=2026-11-01T00:00:00Z&until=2026-11-02T00:00:00Z')).toEqual([]);
    expect(codes('verb=ListRecords&metadataPrefix=oai_dc&from=yesterday')).toEqual(['badArgument']);
    expect(codes('verb=ListRecords&metadataPrefix=oai_dc&from=2026-11-01&until=2026-11-02T00:00:00Z')).toEqual(['badArgument']);
    expect(codes('verb=ListRecords&metadataPrefix=oai_dc&from=2026-11-03&until=2026-11-02')).toEqual(['badArgument']);
  });
});

describe('OAI-PMH responses', () => {
  it('writes the envelope with its namespaces and echoes the request', async () => {
    const { doc } = await ask(repo, 'verb=ListMetadataFormats');
    expect(doc['@xmlns']).toBe('http://www.openarchives.org/OAI/2.0/');
    expect(doc['@xsi:schemaLocation']).toBe('http://www.openarchives.org/OAI/2.0/ http://www.openarchives.org/OAI/2.0/OAI-PMH.xsd');
    expect(doc.responseDate).toBe('2026-11-28T10:00:00Z');
    expect(doc.request).toEqual({ '#text': OPTIONS.baseUrl, '@verb': 'ListMetadataFormats' });
  });

  it('leaves the request element bare after badVerb and badArgument', async () => {
    for (const query of ['verb=Nothing&x=1', 'verb=GetRecord&identifier=oai:x:1']) {
      const { doc } = await ask(repo, query);
      expect(doc.request).toBe(OPTIONS.baseUrl);
    }
  });

  it('identifies the repository with persistent deletions, its granularity and identifier scheme', async () => {
    const { doc } = await ask(repo, 'verb=Identify');
    const identify = doc.Identify as Node;
    expect(identify).toMatchObject({
      repositoryName: 'Thư viện thử nghiệm',
      baseURL: OPTIONS.baseUrl,
      protocolVersion: '2.0',
      adminEmail: ['thuvien@example.vn'],
      earliestDatestamp: '2026-11-01T08:00:00Z',
      deletedRecord: 'persistent',
      granularity: 'YYYY-MM-DDThh:mm:ssZ',
    });
    const description = (identify.description as Node)['oai-identifier'] as Node;
    expect(description).toMatchObject({ scheme: 'oai', repositoryIdentifier: 'thuvien.example.vn', delimiter: ':' });
    expect(description.sampleIdentifier).toMatch(/^oai:thuvien\.example\.vn:/);

    const local = await collect(answerOai(repo, { ...OPTIONS, host: 'localhost' }, [['verb', 'Identify']], NOW));
    expect(local).not.toContain('oai-identifier');
  });

  it('lists oai_dc, for the repository and for one item, and knows unknown items', async () => {
    const formats = ((await ask(repo, 'verb=ListMetadataFormats')).doc.ListMetadataFormats as Node).metadataFormat;
    expect(formats).toEqual([
      { metadataPrefix: 'oai_dc', schema: 'http://www.openarchives.org/OAI/2.0/oai_dc.xsd', metadataNamespace: 'http://www.openarchives.org/OAI/2.0/oai_dc/' },
    ]);
    expect(errorCodes((await ask(repo, `verb=ListMetadataFormats&identifier=oai:thuvien.example.vn:${ITEMS[0]?.id}`)).doc)).toEqual([]);
    expect(errorCodes((await ask(repo, 'verb=ListMetadataFormats&identifier=oai:thuvien.example.vn:missing')).doc)).toEqual(['idDoesNotExist']);
    expect(errorCodes((await ask(repo, `verb=ListMetadataFormats&identifier=oai:other.vn:${ITEMS[0]?.id}`)).doc)).toEqual(['idDoesNotExist']);
    expect(errorCodes((await ask(memoryRepository(ITEMS, { formats: false }), 'verb=ListMetadataFormats')).doc)).toEqual(['noMetadataFormats']);
  });

  it('gets one record in oai_dc with its sets, or reports a deleted one by its header', async () => {
    const { doc } = await ask(repo, `verb=GetRecord&metadataPrefix=oai_dc&identifier=oai:thuvien.example.vn:${ITEMS[2]?.id}`);
    const record = ((doc.GetRecord as Node).record as Node[])[0] as Node;
    expect(record.header).toEqual([{ identifier: `oai:thuvien.example.vn:${ITEMS[2]?.id}`, datestamp: '2026-11-02T08:00:00Z', setSpec: ['type:article', 'field:101'] }]);
    const dc = (record.metadata as Node)['oai_dc:dc'] as Node;
    expect(dc['@xmlns:oai_dc']).toBe('http://www.openarchives.org/OAI/2.0/oai_dc/');
    expect(dc['@xmlns:dc']).toBe('http://purl.org/dc/elements/1.1/');
    expect(dc['@xsi:schemaLocation']).toBe('http://www.openarchives.org/OAI/2.0/oai_dc/ http://www.openarchives.org/OAI/2.0/oai_dc.xsd');
    expect(dc['dc:title']).toEqual(['Công trình số 2']);
    expect(dc['dc:creator']).toEqual(['Nguyễn Văn A', 'Trần Thị B']);

    const deleted = ((((await ask(repo, `verb=GetRecord&metadataPrefix=oai_dc&identifier=oai:thuvien.example.vn:${ITEMS[3]?.id}`)).doc.GetRecord as Node).record as Node[])[0]) as Node;
    expect((deleted.header as Node[])[0]?.['@status']).toBe('deleted');
    expect(deleted.metadata).toBeUndefined();

    expect(errorCodes((await ask(repo, `verb=GetRecord&metadataPrefix=marc21&identifier=oai:thuvien.example.vn:${ITEMS[2]?.id}`)).doc)).toEqual(['cannotDisseminateFormat']);
    expect(errorCodes((await ask(repo, 'verb=GetRecord&metadataPrefix=oai_dc&identifier=not-an-identifier')).doc)).toEqual(['idDoesNotExist']);
  });

  it('walks a list page by page, each item once, with cursors and the list size', async () => {
    const seen: string[] = [];
    const tokens: Node[] = [];
    let query = 'verb=ListRecords&metadataPrefix=oai_dc';
    for (let page = 0; page < 10; page += 1) {
      const { doc } = await ask(repo, query);
      expect(errorCodes(doc)).toEqual([]);
      const list = doc.ListRecords as Node;
      for (const record of list.record as Node[]) {
        seen.push(((record.header as Node[])[0] as Node).identifier as string);
      }
      const token = list.resumptionToken as Node | string | undefined;
      tokens.push(typeof token === 'object' ? token : { '#text': token });
      const next = typeof token === 'object' ? (token['#text'] as string | undefined) : undefined;
      if (!next) {
        break;
      }
      query = `verb=ListRecords&resumptionToken=${encodeURIComponent(next)}`;
    }
    expect(seen).toEqual(ITEMS.map((i) => `oai:thuvien.example.vn:${i.id}`));
    expect(tokens.map((token) => [token['@completeListSize'], token['@cursor'], Boolean(token['#text'])])).toEqual([
      ['25', '0', true],
      ['25', '10', true],
      ['25', '20', false],
    ]);
    expect(tokens[0]?.['@expirationDate']).toBe('2026-11-28T11:00:00Z');
  });

  it('lists identifiers only, keeps the set and dates of the first request across pages', async () => {
    const first = await ask(repo, 'verb=ListIdentifiers&metadataPrefix=oai_dc&set=type:article&from=2026-11-02&until=2026-11-12');
    const list = first.doc.ListIdentifiers as Node;
    expect(list.record).toBeUndefined();
    const headers = list.header as Node[];
    expect(headers).toHaveLength(10);
    expect((list.resumptionToken as Node)['@completeListSize']).toBe('11');
    const rest = await ask(repo, `verb=ListIdentifiers&resumptionToken=${encodeURIComponent((list.resumptionToken as Node)['#text'] as string)}`);
    const more = (rest.doc.ListIdentifiers as Node).header as Node[];
    const all = [...headers, ...more];
    expect(all.map((h) => h.identifier)).toEqual(ITEMS.filter((_, n) => n % 2 === 0 && n >= 2 && n <= 22).map((i) => `oai:thuvien.example.vn:${i.id}`));
    expect(all.find((h) => h['@status'] === 'deleted')).toBeUndefined();
  });

  it('applies bounds of seconds inclusively and reports the deleted item in a list', async () => {
    const { doc } = await ask(repo, 'verb=ListIdentifiers&metadataPrefix=oai_dc&from=2026-11-02T08:00:00Z&until=2026-11-02T08:00:00Z');
    const headers = (doc.ListIdentifiers as Node).header as Node[];
    expect(headers.map((h) => [h.identifier, h['@status']])).toEqual([
      [`oai:thuvien.example.vn:${ITEMS[2]?.id}`, undefined],
      [`oai:thuvien.example.vn:${ITEMS[3]?.id}`, 'deleted'],
    ]);
  });

  it('reports noRecordsMatch, cannotDisseminateFormat and noSetHierarchy', async () => {
    expect(errorCodes((await ask(repo, 'verb=ListRecords&metadataPrefix=oai_dc&until=2020-01-01')).doc)).toEqual(['noRecordsMatch']);
    expect(errorCodes((await ask(repo, 'verb=ListRecords&metadataPrefix=oai_dc&set=type:patent')).doc)).toEqual(['noRecordsMatch']);
    expect(errorCodes((await ask(repo, 'verb=ListIdentifiers&metadataPrefix=mods')).doc)).toEqual(['cannotDisseminateFormat']);
    const flat = memoryRepository(ITEMS, { sets: null });
    expect(errorCodes((await ask(flat, 'verb=ListSets')).doc)).toEqual(['noSetHierarchy']);
    expect(errorCodes((await ask(flat, 'verb=ListRecords&metadataPrefix=oai_dc&set=type')).doc)).toEqual(['noSetHierarchy']);
  });

  it('lists sets in pages', async () => {
    const small = { ...OPTIONS, pageSize: 3 };
    const first = parseXml(await collect(answerOai(repo, small, [['verb', 'ListSets']], NOW)))['OAI-PMH'] as Node;
    const list = first.ListSets as Node;
    expect((list.set as Node[]).map((set) => set.setSpec)).toEqual([['type'], ['type:article'], ['type:book']]);
    const token = (list.resumptionToken as Node)['#text'] as string;
    const second = parseXml(await collect(answerOai(repo, small, [['verb', 'ListSets'], ['resumptionToken', token]], NOW)))['OAI-PMH'] as Node;
    expect(((second.ListSets as Node).set as Node[]).map((set) => set.setName)).toEqual(['Toán học']);
    expect((second.ListSets as Node).resumptionToken).toEqual({ '@completeListSize': '4', '@cursor': '3' });
  });

  it('refuses tampered, foreign-verb and expired resumption tokens', async () => {
    const { doc } = await ask(repo, 'verb=ListRecords&metadataPrefix=oai_dc');
    const token = ((doc.ListRecords as Node).resumptionToken as Node)['#text'] as string;
    const state = decodeToken(token, NOW);
    expect(state?.cursor).toBe(10);
    const [body, check] = token.split('.') as [string, string];
    const edited = Buffer.from(JSON.stringify({ ...state, cursor: 0 })).toString('base64url');
    for (const bad of [`${edited}.${check}`, `${body}.${check.slice(1)}x`, 'garbage', `${body}`]) {
      expect(errorCodes((await ask(repo, `verb=ListRecords&resumptionToken=${encodeURIComponent(bad)}`)).doc), bad).toEqual(['badResumptionToken']);
    }
    expect(errorCodes((await ask(repo, `verb=ListIdentifiers&resumptionToken=${encodeURIComponent(token)}`)).doc)).toEqual(['badResumptionToken']);
    expect(errorCodes((await ask(repo, `verb=ListRecords&resumptionToken=${encodeURIComponent(token)}`, new Date('2026-11-29T10:00:00Z'))).doc)).toEqual(['badResumptionToken']);
    expect(errorCodes((await ask(repo, `verb=ListSets&resumptionToken=${encodeURIComponent(encodeToken({ ...state!, verb: 'ListSets', cursor: 99 }))}`)).doc)).toEqual([
      'badResumptionToken',
    ]);
  });

  it('keeps a list to what existed when it was first requested', async () => {
    const { doc } = await ask(repo, 'verb=ListIdentifiers&metadataPrefix=oai_dc', new Date('2026-11-05T08:00:00.008Z'));
    expect(((doc.ListIdentifiers as Node).header as Node[]).map((h) => h.datestamp)).toEqual([
      '2026-11-01T08:00:00Z',
      '2026-11-01T08:00:00Z',
      '2026-11-02T08:00:00Z',
      '2026-11-02T08:00:00Z',
      '2026-11-03T08:00:00Z',
      '2026-11-03T08:00:00Z',
      '2026-11-04T08:00:00Z',
      '2026-11-04T08:00:00Z',
      '2026-11-05T08:00:00Z',
    ]);
  });

  it('writes metadata holding markup and forbidden characters as well-formed XML', async () => {
    const nasty = memoryRepository([item(1, { metadata: { title: ['</dc:title><script>alert(1)</script> & "x" \u0001\uFFFF\uD800 Đ'] } })]);
    const { xml, doc } = await ask(nasty, `verb=GetRecord&metadataPrefix=oai_dc&identifier=oai:thuvien.example.vn:${item(1).id}`);
    expect(xml).not.toContain('<script>');
    const dc = ((((doc.GetRecord as Node).record as Node[])[0] as Node).metadata as Node)['oai_dc:dc'] as Node;
    expect(dc['dc:title']).toEqual(['</dc:title><script>alert(1)</script> & "x"  Đ']);
  });
});
