/**
 * RFC 4180 CSV, both ways: comma separators, CRLF line ends, fields quoted when they hold a comma,
 * a quote or a line break. Files start with a UTF-8 byte order mark so spreadsheet programs read
 * Vietnamese correctly; the reader drops it.
 */

export const CSV_BOM = '\uFEFF';

function field(value: string | number | null | undefined): string {
  if (value === null || value === undefined) {
    return '';
  }
  const text = String(value);
  // A leading = + - @ would run as a formula when the file is opened in a spreadsheet program.
  const guarded = /^[=+\-@\t\r]/.test(text) && !/^-?\d/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(guarded) ? `"${guarded.replace(/"/g, '""')}"` : guarded;
}

export function csvLine(values: readonly (string | number | null | undefined)[]): string {
  return `${values.map(field).join(',')}\r\n`;
}

/** Undoes the formula guard of `csvLine`, so a value exported and imported again is unchanged. */
export function unguard(value: string): string {
  return /^'[=+\-@\t\r]/.test(value) && !/^'-?\d/.test(value) ? value.slice(1) : value;
}

export class CsvSyntaxError extends Error {
  constructor(readonly line: number) {
    super(`Unterminated quoted field starting on line ${line}`);
  }
}

/**
 * The records of a CSV text, each with the line it starts on. Blank lines are skipped; a quoted
 * field left open at the end of the text is an error rather than a silently merged record.
 */
export function* readCsv(source: string): Generator<{ line: number; cells: string[] }> {
  const text = source.startsWith(CSV_BOM) ? source.slice(1) : source;
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let line = 1;
  let start = 1;
  let touched = false;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else if (char === '"') {
        quoted = false;
      } else {
        if (char === '\n') {
          line += 1;
        }
        cell += char;
      }
      continue;
    }
    if (char === '"' && cell === '') {
      quoted = true;
      touched = true;
    } else if (char === ',') {
      cells.push(cell);
      cell = '';
      touched = true;
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[i + 1] === '\n') {
        i += 1;
      }
      if (touched || cell !== '') {
        cells.push(cell);
        yield { line: start, cells };
      }
      cells = [];
      cell = '';
      touched = false;
      line += 1;
      start = line;
    } else {
      cell += char;
      touched = true;
    }
  }
  if (quoted) {
    throw new CsvSyntaxError(start);
  }
  if (touched || cell !== '') {
    cells.push(cell);
    yield { line: start, cells };
  }
}
