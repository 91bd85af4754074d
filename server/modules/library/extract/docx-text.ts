import { readZipPart } from '../../../platform/documents/excel/zip-guard.ts';
import { AppError } from '../../../platform/errors.ts';
import { ExtractionError, tidyText, type ExtractedText, type ExtractionLimits } from './limits.ts';

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeEntities(value: string): string {
  return value.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (match, name: string) => {
    if (name.startsWith('#')) {
      const code = name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1));
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
    }
    return ENTITIES[name.toLowerCase()] ?? match;
  });
}

/**
 * The words of a WordprocessingML body: text runs (`w:t`), tabs and breaks, one line per paragraph.
 * A tag scan is enough here: the part is generated XML, and anything malformed only loses text.
 */
export function documentXmlText(xml: string): string {
  const out: string[] = [];
  const tag = /<(\/?)w:(t|tab|br|cr|p)\b[^>]*?(\/?)>/g;
  let inText = false;
  let textStart = 0;
  for (const match of xml.matchAll(tag)) {
    const [whole, closing, name, selfClosing] = match;
    const at = match.index;
    if (name === 't') {
      if (closing && inText) {
        out.push(decodeEntities(xml.slice(textStart, at)));
        inText = false;
      } else if (!closing && !selfClosing) {
        inText = true;
        textStart = at + whole.length;
      }
    } else if (name === 'p' && closing) {
      out.push('\n');
    } else if (!closing && (name === 'tab' || name === 'br' || name === 'cr')) {
      out.push(name === 'tab' ? '\t' : '\n');
    }
  }
  return out.join('');
}

export async function docxText(data: Buffer, limits: ExtractionLimits): Promise<ExtractedText> {
  let part: Buffer | null;
  try {
    part = await readZipPart(data, 'word/document.xml', { maxUncompressedBytes: limits.maxBytes * 4, maxEntries: 5000 });
  } catch (error) {
    if (error instanceof AppError && error.code === 'file_too_large') {
      throw new ExtractionError('too_large');
    }
    throw new ExtractionError('damaged', error instanceof Error ? error.message : undefined);
  }
  if (!part) {
    throw new ExtractionError('damaged', 'no word/document.xml');
  }
  let xml: string;
  try {
    xml = new TextDecoder('utf-8', { fatal: true }).decode(part);
  } catch {
    throw new ExtractionError('damaged', 'document.xml is not UTF-8');
  }
  return { text: tidyText(documentXmlText(xml), limits.maxChars), pages: null };
}
