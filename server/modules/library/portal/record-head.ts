import type { TLibraryRecord } from '../../../../common/contracts/library.ts';
import { DC_ELEMENTS } from '../oai/oai.protocol.ts';
import { recordToDublinCore } from '../library.dublin-core.ts';
import { recordUrl } from '../oai/record-bundles.ts';

/**
 * The <head> of a record's page as search engines and Google Scholar read it: title, description,
 * `citation_*` tags (Highwire Press, which Scholar documents), Dublin Core tags and the canonical
 * address. Every value is escaped here, since titles and abstracts are typed by depositors.
 */

const HTML_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (char) => HTML_ENTITIES[char] ?? char);
}

function meta(name: string, content: string | null | undefined): string {
  return content ? `<meta name="${escapeHtml(name)}" content="${escapeHtml(content)}">` : '';
}

const DESCRIPTION_LENGTH = 300;

export function shorten(text: string, length: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= length ? flat : `${flat.slice(0, length - 1).replace(/\s+\S*$/, '')}…`;
}

function detail(record: TLibraryRecord, key: string): string | null {
  const value = record.details[key];
  return typeof value === 'string' && value.trim() !== '' ? value : null;
}

/** Scholar reads dates as yyyy/mm/dd or a bare year. */
function scholarDate(record: TLibraryRecord): string | null {
  return record.issuedDate ? record.issuedDate.replace(/-/g, '/') : record.issuedYear === null ? null : String(record.issuedYear);
}

/** Tags naming where the work appeared, as Scholar expects them for each kind of publication. */
function venueTags(record: TLibraryRecord, publisher: string | null): string[] {
  switch (record.type) {
    case 'article': {
      const pages = detail(record, 'pages')?.split(/[-–]/) ?? [];
      return [
        meta('citation_journal_title', detail(record, 'journal')),
        meta('citation_issn', detail(record, 'issn')),
        meta('citation_volume', detail(record, 'volume')),
        meta('citation_issue', detail(record, 'issue')),
        meta('citation_firstpage', pages[0]?.trim()),
        meta('citation_lastpage', pages[1]?.trim()),
        meta('citation_publisher', publisher),
      ];
    }
    case 'thesis':
      return [meta('citation_dissertation_institution', detail(record, 'institution') ?? publisher)];
    case 'task_result':
    case 'technology':
      return [
        meta('citation_technical_report_institution', publisher),
        meta('citation_technical_report_number', record.identifiers.resultNo ?? record.taskCode),
      ];
    case 'patent':
      return [meta('citation_patent_number', record.identifiers.patentNo), meta('citation_publisher', publisher)];
    case 'book':
    case 'dataset':
    case 'industrial_design':
    case 'plant_variety':
    case 'software':
    case 'standard':
      return [meta('citation_publisher', publisher)];
  }
}

export function recordHead(record: TLibraryRecord, options: { publicUrl: string; siteName: string; indexable: boolean }): string {
  const base = options.publicUrl.replace(/\/+$/, '');
  const canonical = recordUrl(base, record.id);
  const dc = recordToDublinCore(record, canonical);
  const publisher = dc.publisher[0] ?? null;
  const pdf = record.files.find((file) => file.role === 'main' && file.mediaType === 'application/pdf') ?? record.files.find((file) => file.mediaType === 'application/pdf');
  const tags = [
    `<title>${escapeHtml(`${record.title} - ${options.siteName}`)}</title>`,
    meta('description', record.abstract ? shorten(record.abstract, DESCRIPTION_LENGTH) : record.title),
    `<link rel="canonical" href="${escapeHtml(canonical)}">`,
    options.indexable ? '' : meta('robots', 'noindex'),
    meta('citation_title', record.title),
    ...dc.creator.map((name) => meta('citation_author', name)),
    meta('citation_publication_date', scholarDate(record)),
    ...venueTags(record, publisher),
    meta('citation_language', record.language),
    meta('citation_doi', record.identifiers.doi),
    meta('citation_isbn', record.identifiers.isbn),
    ...record.keywords.map((keyword) => meta('citation_keywords', keyword)),
    meta('citation_abstract_html_url', canonical),
    pdf ? meta('citation_pdf_url', `${base}${pdf.downloadUrl}`) : '',
    '<link rel="schema.DC" href="http://purl.org/dc/elements/1.1/">',
    ...DC_ELEMENTS.flatMap((element) => dc[element].map((value) => meta(`DC.${element}`, value))),
  ];
  return tags.filter(Boolean).join('\n    ');
}

/**
 * The web app's index.html with its generic title and description replaced by the page's own head
 * tags, and optional markup inside the app's root element for readers without JavaScript (the app
 * replaces it when it starts).
 */
export function injectPage(html: string, head: string, body?: string): string {
  const cleaned = html.replace(/<title>[\s\S]*?<\/title>\s*/i, '').replace(/<meta\s+name="description"[^>]*>\s*/i, '');
  // Replacer functions, so a `$&` typed in a title is not read as a replacement pattern.
  const withHead = cleaned.replace(/<\/head>/i, () => `  ${head}\n  </head>`);
  return body === undefined ? withHead : withHead.replace(/<div id="root"><\/div>/, () => `<div id="root">${body}</div>`);
}
