import type { TLibraryRecord } from '../../../../common/contracts/library.ts';

type CitedRecord = Pick<TLibraryRecord, 'title' | 'issuedYear' | 'issuedDate' | 'publisher' | 'identifiers' | 'details' | 'organisation' | 'type'> & {
  contributors: readonly { name: string }[];
};

function textOf(details: Record<string, unknown>, key: string): string | null {
  const value = details[key];
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
}

function withStop(text: string): string {
  return /[.!?]$/.test(text) ? text : `${text}.`;
}

/**
 * A reference to the record in author–date style, the form Vietnamese journals and theses ask for:
 * authors (year). Title. Where it appeared. Identifier. Names are written as credited, never
 * inverted, since Vietnamese names have no "surname, given name" form to invert to.
 */
export function citationText(record: CitedRecord, pageUrl: string): string {
  const year = record.issuedYear ?? (record.issuedDate ? Number(record.issuedDate.slice(0, 4)) : null);
  const authors = record.contributors.map((contributor) => contributor.name).join(', ');
  const parts: string[] = [];
  const head = [authors, year === null ? null : `(${year})`].filter(Boolean).join(' ');
  if (head) {
    parts.push(withStop(head));
  }
  parts.push(withStop(record.title));
  const journal = textOf(record.details, 'journal');
  if (record.type === 'article' && journal) {
    const volume = textOf(record.details, 'volume');
    const issue = textOf(record.details, 'issue');
    const pages = textOf(record.details, 'pages');
    const place = [journal, [volume, issue ? `(${issue})` : null].filter(Boolean).join('')].filter(Boolean).join(', ');
    parts.push(withStop([place, pages].filter(Boolean).join(', ')));
  } else {
    const source = record.publisher ?? textOf(record.details, 'institution') ?? textOf(record.details, 'issuingBody') ?? record.organisation?.nameVi ?? null;
    if (source) {
      parts.push(withStop(source));
    }
  }
  const { doi, isbn, resultNo } = record.identifiers;
  if (doi) {
    parts.push(`https://doi.org/${doi}`);
  } else {
    if (isbn) {
      parts.push(withStop(`ISBN ${isbn}`));
    }
    if (resultNo) {
      parts.push(withStop(resultNo));
    }
    parts.push(pageUrl);
  }
  return parts.join(' ');
}
