import { Fragment } from 'react';

export interface HighlightPart {
  text: string;
  marked: boolean;
}

const NAMED_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Turns the character references an escaping server writes back into text; unknown ones stay as typed. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]{1,6}|#[0-9]{1,7}|[a-z]{2,6});/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number.parseInt(name.slice(1), 10);
      return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : whole;
    }
    return NAMED_ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/**
 * Reads a highlighted title or snippet from the search API — escaped text with matches wrapped in
 * `<mark>…</mark>` — into plain text parts. Nothing of it ever reaches the page as markup: the parts
 * are rendered as React text, so any other tag the server might let through shows as literal text.
 */
export function parseHighlight(html: string): HighlightPart[] {
  const parts: HighlightPart[] = [];
  let marked = false;
  for (const piece of html.split(/(<\/?mark>)/i)) {
    const tag = piece.toLowerCase();
    if (tag === '<mark>' || tag === '</mark>') {
      marked = tag === '<mark>';
      continue;
    }
    if (piece === '') {
      continue;
    }
    const text = decodeEntities(piece);
    const last = parts.at(-1);
    if (last && last.marked === marked) {
      last.text += text;
    } else {
      parts.push({ text, marked });
    }
  }
  return parts;
}

/** A highlighted title or snippet; matches are shown with <mark>, which screen readers announce as such. */
export function Highlighted({ html }: { html: string }) {
  return (
    <>
      {parseHighlight(html).map((part, index) =>
        part.marked ? <mark key={index}>{part.text}</mark> : <Fragment key={index}>{part.text}</Fragment>,
      )}
    </>
  );
}
