/**
 * The one folding of text for search, used for documents and queries alike so both meet on the
 * same terms: NFC, lower-case, combining marks removed, and `đ` (which Unicode does not decompose)
 * mapped to `d`. "Đấu thầu" folds to "dau thau".
 *
 * Offsets: folding works one character of the NFC text at a time. Every precomposed Vietnamese
 * letter folds to exactly one character, so for Vietnamese text the folded string has the same
 * length as the NFC original and index i of one is index i of the other. Where that does not hold
 * (a stray combining mark NFC could not attach folds to nothing; a few letters such as "İ"
 * lower-case to two units), `foldWithOffsets` records for every folded unit the index of the NFC
 * character it came from, so highlights can always be mapped back.
 */

const COMBINING_MARKS = /\p{M}/gu;

// Besides `đ`, legacy Vietnamese encodings often produced the look-alikes Icelandic `ð` (U+00F0)
// and African `ɖ` (U+0256) for the same letter; people searching expect them to match too.
const D_LETTERS = /[đðɖ]/g;

// Greek final sigma: whole-string lower-casing produces it at word ends, one character at a time
// never does; both become σ so the two paths below always agree.
const FINAL_SIGMA = /ς/g;

const cache = new Map<string, string>();
const CACHE_LIMIT = 8192;

function foldCharacter(character: string): string {
  const cached = cache.get(character);
  if (cached !== undefined) {
    return cached;
  }
  const folded = character.toLowerCase().normalize('NFD').replace(COMBINING_MARKS, '').replace(D_LETTERS, 'd').replace(FINAL_SIGMA, 'σ');
  if (cache.size < CACHE_LIMIT) {
    cache.set(character, folded);
  }
  return folded;
}

/** One character at a time, recording where each folded unit came from. */
function foldTracked(text: string, offsets: number[]): string {
  const parts: string[] = [];
  for (let i = 0; i < text.length; ) {
    const code = text.charCodeAt(i);
    if (code < 0x80) {
      parts.push(code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : text.charAt(i));
      offsets.push(i);
      i += 1;
      continue;
    }
    const point = text.codePointAt(i) as number;
    const width = point > 0xffff ? 2 : 1;
    const folded = foldCharacter(text.slice(i, i + width));
    parts.push(folded);
    for (let k = 0; k < folded.length; k += 1) {
      offsets.push(i);
    }
    i += width;
  }
  offsets.push(text.length);
  return parts.join('');
}

/** Prepares arbitrary input: lone surrogates become U+FFFD, then NFC. */
export function normaliseText(text: string): string {
  return text.toWellFormed().normalize('NFC');
}

/**
 * Folds text for indexing or matching (see the module comment). Works on the whole string at once,
 * which is several times faster than `foldWithOffsets` and gives the same text: decomposition
 * and mark removal act per character, and the one context-dependent lower-casing (final sigma) is
 * undone.
 */
export function foldText(text: string): string {
  return normaliseText(text).toLowerCase().normalize('NFD').replace(COMBINING_MARKS, '').replace(D_LETTERS, 'd').replace(FINAL_SIGMA, 'σ');
}

export interface FoldedText {
  /** The NFC form of the input, which `offsets` point into. */
  source: string;
  folded: string;
  /**
   * `offsets[k]` is the index in `source` of the character that produced `folded[k]`;
   * `offsets[folded.length]` is `source.length`, so a folded range [a, b) maps to
   * `source.slice(offsets[a], offsets[b])`.
   */
  offsets: number[];
}

export function foldWithOffsets(text: string): FoldedText {
  const source = normaliseText(text);
  const offsets: number[] = [];
  const folded = foldTracked(source, offsets);
  return { source, folded, offsets };
}
