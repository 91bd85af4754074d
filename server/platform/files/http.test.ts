import { describe, expect, it } from 'vitest';
import { asciiFileName, contentDisposition } from './http.ts';

describe('download headers', () => {
  it.each([
    ['Báo cáo tổng kết.pdf', 'Bao cao tong ket.pdf'],
    ['Đề cương ĐỀ TÀI đợt 2.docx', 'De cuong DE TAI dot 2.docx'],
    ['say "hi"\\100%.txt', 'say _hi__100_.txt'],
    ['ảnh 📷.png', 'anh _.png'],
    ['東京.pdf', '__.pdf'],
  ])('gives %j the ASCII fallback %j', (name, expected) => {
    expect(asciiFileName(name)).toBe(expected);
  });

  it('carries the exact name in an RFC 5987 parameter', () => {
    expect(contentDisposition('Hồ sơ (bản 2) 100%.pdf')).toBe(
      `attachment; filename="Ho so (ban 2) 100_.pdf"; filename*=UTF-8''H%E1%BB%93%20s%C6%A1%20%28b%E1%BA%A3n%202%29%20100%25.pdf`,
    );
    expect(contentDisposition("it's.txt", 'inline')).toBe(`inline; filename="it's.txt"; filename*=UTF-8''it%27s.txt`);
  });

  it('decodes back to the original name', () => {
    const name = 'Quyết định số 12/QĐ-UBND.pdf'.replace('/', '_');
    const header = contentDisposition(name);
    const encoded = /filename\*=UTF-8''(.+)$/.exec(header)?.[1] ?? '';
    expect(decodeURIComponent(encoded)).toBe(name);
  });
});
