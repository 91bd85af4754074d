import { describe, expect, it } from 'vitest';
import { CSV_BOM, CsvSyntaxError, csvLine, readCsv, unguard } from './csv.ts';

const read = (text: string) => [...readCsv(text)];

describe('CSV', () => {
  it('quotes only what needs it and doubles quotes', () => {
    expect(csvLine(['a', 'b,c', 'say "hi"', 'two\nlines', null, 3])).toBe('a,"b,c","say ""hi""","two\nlines",,3\r\n');
  });

  it('guards values a spreadsheet would run as formulas, and reads them back unchanged', () => {
    expect(csvLine(['=SUM(A1)', '-12', '@x'])).toBe("'=SUM(A1),-12,'@x\r\n");
    expect(unguard("'=SUM(A1)")).toBe('=SUM(A1)');
    expect(unguard("'bình thường")).toBe("'bình thường");
  });

  it('reads what it writes, with the line each record starts on', () => {
    const values = ['Lúa "chịu mặn", giống mới', 'dòng một\r\ndòng hai', '', 'Đ'];
    const text = CSV_BOM + csvLine(['a', 'b', 'c', 'd']) + csvLine(values) + '\r\n' + csvLine(['x', '', '', 'y']);
    expect(read(text)).toEqual([
      { line: 1, cells: ['a', 'b', 'c', 'd'] },
      { line: 2, cells: values },
      { line: 5, cells: ['x', '', '', 'y'] },
    ]);
  });

  it('takes LF or CR line ends and a last line without one', () => {
    expect(read('a,b\nc,d\re,f').map((r) => r.cells)).toEqual([['a', 'b'], ['c', 'd'], ['e', 'f']]);
    expect(read('a,\n,').map((r) => r.cells)).toEqual([['a', ''], ['', '']]);
  });

  it('refuses a quoted field that never closes', () => {
    expect(() => read('a,b\n"open,c\n')).toThrow(CsvSyntaxError);
  });
});
