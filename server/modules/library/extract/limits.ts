/** Bounds on one file's text extraction; a file past them fails with a code the curator reads. */
export interface ExtractionLimits {
  maxBytes: number;
  maxPages: number;
  /** Text kept per file; the rest is dropped (the search needs the bulk, not every page). */
  maxChars: number;
  timeoutMs: number;
  /** Heap of the worker thread that parses the file. */
  maxHeapMb: number;
}

export const DEFAULT_EXTRACTION_LIMITS: ExtractionLimits = {
  maxBytes: 50 * 1024 * 1024,
  maxPages: 2000,
  maxChars: 1_000_000,
  timeoutMs: 60_000,
  maxHeapMb: 512,
};

/** Why a file's text could not be read; shown to curators as `library.textErrors.<code>`. */
export const TEXT_ERROR_CODES = [
  'too_large',
  'too_many_pages',
  'encrypted',
  'damaged',
  'no_text',
  'timeout',
  'unsupported_type',
  'out_of_memory',
  'missing_file',
] as const;
export type TextErrorCode = (typeof TEXT_ERROR_CODES)[number];

export class ExtractionError extends Error {
  constructor(readonly code: TextErrorCode, detail?: string) {
    super(detail ?? code);
    this.name = 'ExtractionError';
  }
}

export interface ExtractedText {
  text: string;
  pages: number | null;
}

/** Collapses runs of blank space so stored text stays compact; keeps paragraph breaks. */
export function tidyText(raw: string, maxChars: number): string {
  const tidy = raw
    .normalize('NFC')
    .replace(/[^\S\n]+/g, ' ')
    .replace(/ ?\n ?/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return tidy.length > maxChars ? tidy.slice(0, maxChars) : tidy;
}
