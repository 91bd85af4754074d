import { foldWithOffsets } from '../../../common/search/fold.ts';
import { termSpans } from '../../../common/search/terms.ts';

/**
 * Highlighting works on the original text: it is folded and split exactly as the index was, the
 * query's term sequences are found among its terms, and their ranges, mapped back to the NFC
 * original, are wrapped in <mark>. Everything else is HTML-escaped, so a title holding markup
 * comes back as text.
 */

export const SNIPPET_LENGTH = 240;
/** Context kept before the first match, so a snippet does not start on the matched word. */
const SNIPPET_LEAD = 60;
/** Matches further into a body than this are not looked for (the index stops earlier anyway). */
const SCAN_LIMIT = 100_000;

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => HTML_ESCAPES[character] ?? character);
}

interface Range {
  start: number;
  end: number;
}

interface Analysed {
  source: string;
  /** False when the text was longer than the scan limit and only its beginning was read. */
  complete: boolean;
  terms: (Range & { term: string })[];
  marks: Range[];
}

function analyse(text: string, patterns: readonly (readonly string[])[]): Analysed {
  const { source, folded, offsets } = foldWithOffsets(text.length > SCAN_LIMIT ? text.slice(0, SCAN_LIMIT) : text);
  const terms = termSpans(folded).map((span) => ({ term: span.term, start: offsets[span.start] as number, end: offsets[span.end] as number }));
  const byFirstTerm = new Map<string, (readonly string[])[]>();
  for (const pattern of patterns) {
    const first = pattern[0];
    if (first !== undefined) {
      byFirstTerm.set(first, [...(byFirstTerm.get(first) ?? []), pattern]);
    }
  }
  const found: Range[] = [];
  terms.forEach((span, i) => {
    for (const pattern of byFirstTerm.get(span.term) ?? []) {
      const last = terms[i + pattern.length - 1];
      if (last && pattern.every((term, k) => terms[i + k]?.term === term)) {
        found.push({ start: span.start, end: last.end });
      }
    }
  });
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const marks: Range[] = [];
  for (const range of found) {
    const previous = marks.at(-1);
    if (previous && range.start < previous.end) {
      previous.end = Math.max(previous.end, range.end);
    } else {
      marks.push({ ...range });
    }
  }
  return { source, complete: text.length <= SCAN_LIMIT, terms, marks };
}

function plain(text: string): string {
  return escapeHtml(text.replace(/\s+/g, ' '));
}

/** Escapes source[from, to), wrapping the parts of `marks` inside it. */
function render(source: string, marks: readonly Range[], from: number, to: number): string {
  let out = '';
  let at = from;
  for (const mark of marks) {
    const start = Math.max(mark.start, from);
    const end = Math.min(mark.end, to);
    if (start >= end) {
      continue;
    }
    out += `${plain(source.slice(at, start))}<mark>${plain(source.slice(start, end))}</mark>`;
    at = end;
  }
  return out + plain(source.slice(at, to));
}

/** The whole text, escaped, with matches marked. */
export function highlightText(text: string, patterns: readonly (readonly string[])[]): string {
  const { source, marks } = analyse(text, patterns);
  return render(source, marks, 0, source.length).trim();
}

/**
 * About `length` characters of the text around its first match (or its beginning), cut at term
 * boundaries, escaped, with matches marked and an ellipsis where text was left out.
 */
export function snippetOf(text: string, patterns: readonly (readonly string[])[], length = SNIPPET_LENGTH): string {
  const { source, complete, terms, marks } = analyse(text, patterns);
  if (complete && source.length <= length) {
    return render(source, marks, 0, source.length).trim();
  }
  const first = marks[0];
  let from = 0;
  if (first && first.end > length) {
    const lead = first.start - SNIPPET_LEAD;
    from = terms.find((span) => span.start >= lead)?.start ?? first.start;
  }
  const limit = Math.max(from + length, first ? first.end : 0);
  let to = from;
  for (const span of terms) {
    if (span.start >= from && span.end <= limit) {
      to = span.end;
    }
  }
  if (to === from) {
    to = Math.min(limit, source.length);
  }
  const body = render(source, marks, from, to).trim();
  const more = !complete || terms.some((span) => span.start >= to);
  return `${from > 0 ? '… ' : ''}${body}${more ? ' …' : ''}`;
}
