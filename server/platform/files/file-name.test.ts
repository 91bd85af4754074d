import { describe, expect, it } from 'vitest';
import { AppError } from '../errors.ts';
import { claimedExtension, extensionOf, MAX_FILE_NAME_BYTES, sanitizeFileName } from './file-name.ts';

const bytes = (text: string): number => Buffer.byteLength(text, 'utf8');

describe('sanitizeFileName', () => {
  it.each([
    ['Báo cáo tổng kết.pdf', 'Báo cáo tổng kết.pdf'],
    ['../../etc/passwd', 'passwd'],
    ['..\\..\\win.ini', 'win.ini'],
    ['C:\\Users\\Lan\\Thuyết minh.docx', 'Thuyết minh.docx'],
    ['/var/www/html/index.php', 'index.php'],
    ['report.pdf\u0000.exe', 'report.pdf.exe'],
    ['evil\u0000.php', 'evil.php'],
    ['tab\there\nnewline.txt', 'tab here newline.txt'],
    ['\u0007bell\u001b[31m.txt', 'bell[31m.txt'],
    ['.htaccess', 'htaccess'],
    ['...hidden.txt', 'hidden.txt'],
    ['  spaced  out  .pdf  ', 'spaced out .pdf'],
    ['trailing dots...', 'trailing dots'],
    ['a<b>c:d"e|f?g*h.txt', 'a_b_c_d_e_f_g_h.txt'],
    ['fullwidth\uFF0Fslash.pdf', 'fullwidth_slash.pdf'],
    ['invoice\u202Efdp.exe', 'invoicefdp.exe'],
    ['zero\u200Bwidth.pdf', 'zerowidth.pdf'],
    ['CON', '_CON'],
    ['nul.txt', '_nul.txt'],
    ['console.txt', 'console.txt'],
    ['lone\uD800surrogate.txt', 'lonesurrogate.txt'],
  ])('%j → %j', (raw, expected) => {
    expect(sanitizeFileName(raw)).toBe(expected);
  });

  it('stores Vietnamese in composed form (NFC), however it was typed', () => {
    const decomposed = 'Hòa Bình.pdf'.normalize('NFD');
    expect(decomposed).not.toBe('Hòa Bình.pdf');
    expect(sanitizeFileName(decomposed)).toBe('Hòa Bình.pdf');
  });

  it.each(['', '   ', '...', '../', '..\\..\\', '/', '\u0000\u0001', 'dir/..', '\u202E'])('refuses %j with file_name_invalid', (raw) => {
    expect(() => sanitizeFileName(raw)).toThrow(AppError);
    try {
      sanitizeFileName(raw);
    } catch (error) {
      expect(error).toMatchObject({ code: 'file_name_invalid', status: 400 });
    }
  });

  it('shortens long names to the byte budget, keeping the extension and whole letters', () => {
    const long = `${'Nghiên cứu ứng dụng công nghệ sinh học '.repeat(12)}.docx`;
    const result = sanitizeFileName(long);
    expect(bytes(result)).toBeLessThanOrEqual(MAX_FILE_NAME_BYTES);
    expect(result.endsWith('.docx')).toBe(true);
    expect(result.startsWith('Nghiên cứu ứng dụng')).toBe(true);
    expect(result.normalize('NFC')).toBe(result);
    expect(result.isWellFormed()).toBe(true);
    expect(result).not.toMatch(/ \.docx$/);
  });

  it('does not split a letter from a combining mark NFC cannot compose', () => {
    // "x̣" has no precomposed form, so it stays two code points and must be cut as one.
    const result = sanitizeFileName('x\u0323'.repeat(200));
    expect(bytes(result)).toBeLessThanOrEqual(MAX_FILE_NAME_BYTES);
    expect(result.length % 2).toBe(0);
    expect(result.endsWith('\u0323')).toBe(true);
  });
});

describe('extensions', () => {
  it('reads the last dotted part as the extension', () => {
    expect(extensionOf('Báo cáo.PDF')).toBe('pdf');
    expect(extensionOf('archive.tar.gz')).toBe('gz');
    expect(extensionOf('README')).toBeNull();
    expect(extensionOf('v1.2 final')).toBeNull();
  });

  it('counts only type-bearing extensions as a claim about the content', () => {
    expect(claimedExtension('report.pdf')).toBe('pdf');
    expect(claimedExtension('payload.exe')).toBe('exe');
    expect(claimedExtension('script.js')).toBe('js');
    expect(claimedExtension('Quyết định số 12.2024')).toBeNull();
    expect(claimedExtension('Báo cáo Q3.final')).toBeNull();
  });
});
