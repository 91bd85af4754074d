import { SaxesParser } from 'saxes';
import { t } from '../../../../common/i18n/index.ts';
import type { Locale } from '../../../../common/i18n/locale.ts';
import { AppError } from '../../../platform/errors.ts';
import { DC_ELEMENTS, DC_NS, OAI_DC_NS, type DcElement, type DublinCore } from '../oai/oai.protocol.ts';
import type { Cells } from './columns.ts';

/**
 * Reads a `<records>` document of `oai_dc:dc` elements (what the XML export writes, and what most
 * repositories can produce) into rows of the import's columns, so the records go through exactly
 * the checks of a CSV or Excel import. Simple Dublin Core says less than the library keeps: the
 * type comes from `dc:type`, field codes from subjects written as `<code> <name>`, and the place of
 * the records from the import request.
 */

const LICENCES: Record<string, string> = {
  'https://creativecommons.org/licenses/by/4.0/': 'cc-by-4.0',
  'https://creativecommons.org/licenses/by-sa/4.0/': 'cc-by-sa-4.0',
  'https://creativecommons.org/licenses/by-nc/4.0/': 'cc-by-nc-4.0',
  'https://creativecommons.org/licenses/by-nc-nd/4.0/': 'cc-by-nc-nd-4.0',
  'https://creativecommons.org/publicdomain/zero/1.0/': 'cc0-1.0',
};

/** Resource types a record of Simple Dublin Core can be imported as: the ones whose own fields Dublin Core can fill. */
const TYPES: Record<string, string> = {
  'info:eu-repo/semantics/article': 'article',
  'info:eu-repo/semantics/book': 'book',
  Dataset: 'dataset',
  Software: 'software',
};

export function dublinCoreRecords(xml: string, locale: Locale): DublinCore[] {
  const parser = new SaxesParser({ xmlns: true });
  const records: DublinCore[] = [];
  let current: DublinCore | null = null;
  let element: DcElement | null = null;
  let text = '';
  parser.on('opentag', (tag) => {
    if (tag.uri === OAI_DC_NS && tag.local === 'dc') {
      current = {};
    } else if (current && tag.uri === DC_NS && (DC_ELEMENTS as readonly string[]).includes(tag.local)) {
      element = tag.local as DcElement;
      text = '';
    }
  });
  parser.on('text', (value) => {
    if (element) {
      text += value;
    }
  });
  parser.on('closetag', (tag) => {
    if (current && element && tag.uri === DC_NS && tag.local === element) {
      const value = text.normalize('NFC').trim();
      if (value) {
        (current[element] ??= []).push(value);
      }
      element = null;
    } else if (current && tag.uri === OAI_DC_NS && tag.local === 'dc') {
      records.push(current);
      current = null;
    }
  });
  try {
    parser.write(xml).close();
  } catch {
    throw new AppError('import_columns_mismatch', 400, { fieldErrors: [{ path: '', code: 'xml_malformed', message: t(locale, 'libraryExchange.transfer.xmlMalformed') }] });
  }
  return records;
}

/** One record as the import's columns; what Dublin Core cannot say is left empty for the checks to report. */
export function cellsOfDublinCore(dc: DublinCore, jurisdictionCode: string): Cells {
  const all = (element: DcElement) => dc[element] ?? [];
  const identifiers = all('identifier');
  const doi = identifiers.find((value) => value.startsWith('https://doi.org/'))?.slice('https://doi.org/'.length) ?? null;
  const isbn = identifiers.find((value) => value.startsWith('urn:isbn:'))?.slice('urn:isbn:'.length) ?? null;
  const resultNo = identifiers.find((value) => /^KQ\d+$/i.test(value)) ?? null;
  const type = all('type').map((value) => TYPES[value]).find(Boolean) ?? null;
  const fields = all('subject').flatMap((subject) => /^(\d{1,5}) \S/.exec(subject)?.[1] ?? []);
  const keywords = all('subject').filter((subject) => !/^\d{1,5} \S/.test(subject));
  const date = all('date')[0] ?? '';
  return {
    externalId: identifiers[0] ?? '',
    type,
    title: all('title')[0] ?? '',
    titleEn: all('title')[1] ?? null,
    abstract: all('description')[0] ?? null,
    keywords: keywords.join('; ') || null,
    language: all('language')[0] ?? null,
    licence: all('rights').map((value) => LICENCES[value]).find(Boolean) ?? null,
    issuedYear: /^\d{4}/.test(date) ? Number(date.slice(0, 4)) : null,
    issuedDate: /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : null,
    publisher: all('publisher')[0] ?? null,
    fieldCodes: fields.join('; ') || null,
    programArea: null,
    taskCode: null,
    doi,
    isbn,
    patentNo: null,
    resultNo,
    accessLevel: 'public',
    embargoUntil: null,
    organisationId: null,
    jurisdictionCode,
    contributors: [...all('creator'), ...all('contributor').map((name) => `${name} [contributor]`)].join('; ') || null,
    details: type === 'article' ? JSON.stringify({ journal: all('source')[0] ?? '' }) : null,
  };
}
