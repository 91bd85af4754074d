import { describe, expect, it } from 'vitest';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { decodeEntities, Highlighted, parseHighlight } from './highlight.tsx';
import {
  CONTRIBUTOR_ROLES,
  CURATION_EVENTS,
  LIBRARY_ACCESS_LEVELS,
  LIBRARY_BROWSE_DIMENSIONS,
  LIBRARY_FACETS,
  LIBRARY_FILE_ROLES,
  LIBRARY_LANGUAGES,
  LIBRARY_RECORD_STATUSES,
  LIBRARY_RECORD_TYPES,
  LIBRARY_SEARCH_SORTS,
  LICENCES,
  PROGRAM_AREAS,
  TEXT_STATUSES,
  type TLibraryRecord,
} from '../../../../common/contracts/library.ts';
import { t } from '../../../../common/i18n/index.ts';
import { hasMessage } from '../../app/messages.ts';
import { citationText } from './citation.ts';
import { checkInput, DETAIL_INPUTS, emptyContributor, fileLooksAcceptable, initialValues, serverFieldErrors, type DepositValues } from './depositForm.ts';
import { byline, formatFileSize, valueLabel } from './labels.ts';
import { detailKeys } from './recordFormat.ts';
import { activeFacetCount, browseLink, clearFacets, readSearchState, toggleFacet, writeSearchState } from './searchState.ts';

describe('parseHighlight', () => {
  it('splits marked matches from the escaped text around them', () => {
    expect(parseHighlight('Gói <mark>thầu</mark>: &lt;b&gt; <mark>Đấu</mark>')).toEqual([
      { text: 'Gói ', marked: false },
      { text: 'thầu', marked: true },
      { text: ': <b> ', marked: false },
      { text: 'Đấu', marked: true },
    ]);
  });

  it('reads every reference the server escapes with', () => {
    expect(decodeEntities('KH&amp;CN &quot;x&quot; &#39;y&#x27; &lt;&gt;')).toBe(`KH&CN "x" 'y' <>`);
    expect(decodeEntities('&unknown; &#0; &#xD800;')).toBe('&unknown; &#0; &#xD800;');
  });

  it('joins neighbouring parts of the same kind', () => {
    expect(parseHighlight('<mark>a</mark><mark>b</mark>c')).toEqual([
      { text: 'ab', marked: true },
      { text: 'c', marked: false },
    ]);
  });
});

describe('Highlighted', () => {
  const render = (html: string) => renderToStaticMarkup(createElement(Highlighted, { html }));

  it('renders the marks and nothing else as markup', () => {
    expect(render('Sở <mark>KH&amp;CN</mark>')).toBe('Sở <mark>KH&amp;CN</mark>');
  });

  it('shows a tag that slipped through unescaped as text, never as an element', () => {
    const html = render('<img src=x onerror=alert(1)><mark><script>alert(2)</script></mark>&lt;b&gt;');
    expect(html).not.toMatch(/<(?!\/?mark>)/);
    expect(html).toBe('&lt;img src=x onerror=alert(1)&gt;<mark>&lt;script&gt;alert(2)&lt;/script&gt;</mark>&lt;b&gt;');
  });

  it('does not let an escaped mark become a real one', () => {
    expect(render('&lt;mark&gt;x&lt;/mark&gt;')).toBe('&lt;mark&gt;x&lt;/mark&gt;');
  });
});

describe('search state in the URL', () => {
  const keys = ['type', 'year'] as const;

  it('reads repeated facet parameters as ticked values, ignoring blanks and duplicates', () => {
    const state = readSearchState(new URLSearchParams('q=%20che%20&type=article&type=thesis&type=article&type=&year=2024&sort=date_desc&page=3'), keys);
    expect(state).toEqual({ q: 'che', sort: 'date_desc', page: 3, facets: { type: ['article', 'thesis'], year: ['2024'] } });
  });

  it('falls back to relevance and the first page for anything else', () => {
    const state = readSearchState(new URLSearchParams('sort=random&page=-1'), keys);
    expect(state.sort).toBe('relevance');
    expect(state.page).toBe(1);
    expect(state.facets).toEqual({ type: [], year: [] });
  });

  it('writes the same URL back, leaving defaults out', () => {
    const text = 'q=ch%C3%A8+th%C3%A1i+nguy%C3%AAn&type=article&type=thesis&year=2024&sort=date_desc&page=2';
    expect(writeSearchState(readSearchState(new URLSearchParams(text), keys), keys).toString()).toBe(text);
    expect(writeSearchState(readSearchState(new URLSearchParams(''), keys), keys).toString()).toBe('');
  });

  it('ticks and unticks a value and goes back to the first page', () => {
    const start = readSearchState(new URLSearchParams('type=article&page=4'), keys);
    const ticked = toggleFacet(start, 'type', 'thesis');
    expect(ticked.facets.type).toEqual(['article', 'thesis']);
    expect(ticked.page).toBe(1);
    expect(toggleFacet(ticked, 'type', 'article').facets.type).toEqual(['thesis']);
    expect(activeFacetCount(ticked)).toBe(2);
    expect(activeFacetCount(clearFacets(ticked))).toBe(0);
  });

  it('bounds what a hand-made URL can ask for', () => {
    const many = new URLSearchParams(Array.from({ length: 80 }, (_, i) => `year=${2000 + i}`).join('&'));
    expect(readSearchState(many, keys).facets.year).toHaveLength(50);
    expect(readSearchState(new URLSearchParams(`type=${'x'.repeat(300)}`), keys).facets.type).toEqual([]);
  });
});

describe('the deposit form', () => {
  const filled = (): DepositValues => {
    const values = initialValues();
    values.type = 'article';
    values.title = 'Nghiên cứu giống chè xanh Thái Nguyên';
    values.issuedYear = 2024;
    values.issuedDate = '05/03/2024';
    values.fieldCodes = ['401'];
    values.doi = 'https://doi.org/10.1234/abc.5';
    values.contributors = [{ ...emptyContributor(), name: 'Nguyễn Văn An' }];
    values.details = { journal: 'Tạp chí Khoa học và Công nghệ', peerReviewed: true, pages: '12-20' };
    return values;
  };

  it('asks each type for exactly the fields the contract declares', () => {
    for (const type of LIBRARY_RECORD_TYPES) {
      expect(DETAIL_INPUTS[type].map((input) => input.key)).toEqual(detailKeys(type));
    }
  });

  it('turns what was typed into the contract input: dates as ISO, blanks as nothing, a bare DOI', () => {
    const checked = checkInput(filled());
    expect(checked.ok).toBe(true);
    if (checked.ok) {
      expect(checked.data.issuedDate).toBe('2024-03-05');
      expect(checked.data.identifiers.doi).toBe('10.1234/abc.5');
      expect(checked.data.contributors[0]).toMatchObject({ personId: null, name: 'Nguyễn Văn An', role: 'author' });
      expect(checked.data.details).toMatchObject({ journal: 'Tạp chí Khoa học và Công nghệ', issn: null, volume: null, peerReviewed: true });
    }
  });

  it('names the input of every mistake by its contract path', () => {
    const values = filled();
    values.title = '';
    values.contributors = [emptyContributor()];
    values.details = { journal: '' };
    values.embargoUntil = '31/02/2026';
    const checked = checkInput(values);
    expect(checked.ok).toBe(false);
    if (!checked.ok) {
      expect(checked.errors).toMatchObject({
        title: 'required',
        'contributors.0.name': 'contributor_name_required',
        'details.journal': 'required',
        embargoUntil: 'date_vn',
      });
    }
  });

  it('asks for the year when neither year nor date is given', () => {
    const values = filled();
    values.issuedYear = '';
    values.issuedDate = '';
    const checked = checkInput(values);
    expect(!checked.ok && checked.errors['issuedYear']).toBe('issued_year_required');
  });

  it('reads a stored record back into the form, keeping linked people linked', () => {
    const values = initialValues(recordFixture() as TLibraryRecord);
    expect(values.contributors[0]).toMatchObject({ personId: '0190a000-0000-7000-8000-000000000001', personLabel: 'Nguyễn Văn An', name: '' });
    expect(values.contributors[1]).toMatchObject({ personId: null, name: 'Trần Thị Bình' });
    expect(values.issuedDate).toBe('05/03/2024');
    expect(values.details).toMatchObject({ journal: 'Tạp chí Khoa học', peerReviewed: true, issn: '' });
    expect(checkInput(values).ok).toBe(true);
  });

  it('maps the server’s field errors, an update’s nested under record, onto the same paths', () => {
    expect(
      serverFieldErrors([
        { path: 'body.record.identifiers.doi', code: 'custom', message: 'doi_invalid' },
        { path: 'body.contributors.1.personId', code: 'person_unknown', message: 'Cá nhân không có trong danh bạ' },
      ]),
    ).toEqual({ 'identifiers.doi': 'doi_invalid', 'contributors.1.personId': 'person_unknown' });
  });

  it('accepts PDF and Word files at a first look and refuses others', () => {
    expect(fileLooksAcceptable({ name: 'bao-cao.PDF', type: '' })).toBe(true);
    expect(fileLooksAcceptable({ name: 'x', type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' })).toBe(true);
    expect(fileLooksAcceptable({ name: 'bao-cao.doc', type: 'application/msword' })).toBe(false);
    expect(fileLooksAcceptable({ name: 'anh.png', type: 'image/png' })).toBe(false);
  });
});

function recordFixture() {
  return {
    id: 'r1',
    type: 'article',
    status: 'published',
    accessLevel: 'public',
    embargoUntil: null,
    title: 'Nghiên cứu giống chè',
    titleEn: null,
    abstract: null,
    keywords: ['chè'],
    language: 'vi',
    licence: 'cc-by-4.0',
    issuedYear: 2024,
    issuedDate: '2024-03-05',
    publisher: null,
    fields: [{ code: '401', nameVi: 'Trồng trọt', nameEn: 'Agriculture' }],
    programArea: 'c',
    program: null,
    taskCode: null,
    identifiers: { doi: '10.1234/abc', isbn: null, patentNo: null, resultNo: null },
    details: { journal: 'Tạp chí Khoa học', volume: '12', issue: '3', pages: '45-52', peerReviewed: true },
    externalId: null,
    jurisdictionId: 'j1',
    organisation: { id: '0190a000-0000-7000-8000-000000000002', kind: 'university', nameVi: 'Đại học Thái Nguyên', abbreviation: 'ĐHTN' },
    contributors: [
      { ordinal: 1, role: 'author', name: 'Nguyễn Văn An', person: { id: '0190a000-0000-7000-8000-000000000001', fullName: 'Nguyễn Văn An' }, organisation: null, affiliation: null },
      { ordinal: 2, role: 'author', name: 'Trần Thị Bình', person: null, organisation: null, affiliation: 'Viện Chè' },
    ],
    files: [],
    depositorId: null,
    version: 3,
    submittedAt: null,
    publishedAt: '2024-04-01T02:00:00Z',
    withdrawnAt: null,
    withdrawalReason: null,
    viewCount: 0,
    downloadCount: 0,
    createdAt: '2024-03-01T02:00:00Z',
    updatedAt: '2024-04-01T02:00:00Z',
    can: { edit: false, submit: false, curate: false, withdraw: false },
  };
}

describe('citationText', () => {
  it('cites an article author–date style with its journal and DOI', () => {
    expect(citationText(recordFixture() as TLibraryRecord, 'https://kh.example/library/records/r1')).toBe(
      'Nguyễn Văn An, Trần Thị Bình (2024). Nghiên cứu giống chè. Tạp chí Khoa học, 12(3), 45-52. https://doi.org/10.1234/abc',
    );
  });

  it('falls back to the organisation and the record’s own address without a DOI', () => {
    const record = { ...recordFixture(), type: 'task_result', details: {}, identifiers: { doi: null, isbn: null, patentNo: null, resultNo: 'KQ015440' } };
    expect(citationText(record as TLibraryRecord, 'https://kh.example/library/records/r1')).toBe(
      'Nguyễn Văn An, Trần Thị Bình (2024). Nghiên cứu giống chè. Đại học Thái Nguyên. KQ015440. https://kh.example/library/records/r1',
    );
  });
});

describe('labels of coded values', () => {
  const prefixes: [string, readonly string[]][] = [
    ['library.types', LIBRARY_RECORD_TYPES],
    ['library.statuses', LIBRARY_RECORD_STATUSES],
    ['library.accessLevels', LIBRARY_ACCESS_LEVELS],
    ['library.programAreas', PROGRAM_AREAS],
    ['library.contributorRoles', CONTRIBUTOR_ROLES],
    ['library.fileRoles', LIBRARY_FILE_ROLES],
    ['library.textStatuses', TEXT_STATUSES],
    ['library.curationEvents', CURATION_EVENTS],
    ['ui.library.values.licences', LICENCES],
    ['ui.library.values.languages', LIBRARY_LANGUAGES],
    ['ui.library.accessHelp', LIBRARY_ACCESS_LEVELS],
    ['ui.library.search.sorts', LIBRARY_SEARCH_SORTS],
    ['ui.library.search.facets', LIBRARY_FACETS],
    ['ui.library.browse.dimensions', LIBRARY_BROWSE_DIMENSIONS],
    ...Object.values(DETAIL_INPUTS)
      .flat()
      .flatMap((input): [string, readonly string[]][] => (input.kind === 'select' ? [[input.namespace, input.options]] : [])),
  ];

  it('names every value of every list in both languages', () => {
    const missing = prefixes.flatMap(([prefix, values]) =>
      values.flatMap((value) =>
        (['vi', 'en'] as const).filter((locale) => valueLabel(locale, (key) => t(locale, key), prefix, value) === value).map((locale) => `${locale}:${prefix}.${value}`),
      ),
    );
    expect(missing).toEqual([]);
  });

  it('labels every type-specific field', () => {
    const keys = Object.values(DETAIL_INPUTS).flatMap((inputs) => inputs.map((input) => `ui.library.deposit.detailFields.${input.key}`));
    expect(keys.filter((key) => !hasMessage('vi', key) || !hasMessage('en', key))).toEqual([]);
  });

  it('shows an unknown value as stored rather than as a catalog key', () => {
    expect(valueLabel('vi', (key) => t('vi', key), 'library.types', 'article')).toBe(t('vi', 'library.types.article'));
    expect(valueLabel('vi', (key) => t('vi', key), 'library.types', 'map')).toBe('map');
  });

  it('reads file sizes and bylines the way people write them', () => {
    expect(formatFileSize(512, 'vi')).toBe('512 B');
    expect(formatFileSize(1536, 'vi')).toBe('1,5 KB');
    expect(formatFileSize(25 * 1024 * 1024, 'en')).toBe('25 MB');
    expect(byline(['A', 'B'], (key, params) => t('vi', key, params))).toBe('A; B');
    expect(byline(['A', 'B', 'C', 'D'], (key, params) => t('vi', key, params))).toBe('A; B; C và cộng sự');
  });

  it('leads a browse entry into the search filtered on it', () => {
    expect(browseLink('program_area', 'c')).toBe('/library?programArea=c');
    expect(browseLink('field', '401')).toBe('/library?field=401');
  });
});
