import { describe, expect, it } from 'vitest';
import { foldText, foldWithOffsets } from './fold.ts';

describe('foldText', () => {
  it('lower-cases, strips Vietnamese tone and vowel marks and maps đ to d', () => {
    expect(foldText('Đấu thầu')).toBe('dau thau');
    expect(foldText('ĐẠI HỌC QUỐC GIA')).toBe('dai hoc quoc gia');
    expect(foldText('Nghiên cứu ứng dụng khoa học và công nghệ')).toBe('nghien cuu ung dung khoa hoc va cong nghe');
    expect(foldText('Ưu tiên ơn giời')).toBe('uu tien on gioi');
  });

  it('gives the same result for composed and decomposed input', () => {
    const composed = 'Hoà Bình, Thừa Thiên Huế';
    expect(foldText(composed.normalize('NFD'))).toBe(foldText(composed));
    expect(foldText(composed)).toBe('hoa binh, thua thien hue');
  });

  it('folds the look-alikes legacy encodings used for Đ', () => {
    expect(foldText('ÐÀ NẴNG')).toBe('da nang');
    expect(foldText('ɖà nẵng')).toBe('da nang');
  });

  it('keeps punctuation, digits, other scripts and astral characters', () => {
    expect(foldText('KH&CN-2025 (Sở) 😀 北京')).toBe('kh&cn-2025 (so) 😀 北京');
  });

  it('replaces lone surrogates instead of failing', () => {
    expect(foldText('a\uD800b')).toBe('a\uFFFDb');
  });
});

describe('foldWithOffsets', () => {
  it('folds to exactly what foldText gives, which the index uses', () => {
    const samples = [
      'Sở Khoa học và Công nghệ tỉnh Đồng Tháp, ĐẠI HỌC',
      'ΟΔΥΣΣΕΥΣ σοφός',
      'İstanbul ǅemal Ǆ ﬁ ß ẞ',
      '한국어 日本語 Ω K Å',
      'b\u0303 \u0301x a\u0323\u0302',
      'Đấu thầu'.normalize('NFD'),
      '😀 a\uD800b',
    ];
    for (const sample of samples) {
      expect(foldWithOffsets(sample).folded, sample).toBe(foldText(sample));
    }
  });


  it('keeps Vietnamese text index for index with its NFC original', () => {
    const text = 'Sở Khoa học và Công nghệ tỉnh Đồng Tháp';
    const { source, folded, offsets } = foldWithOffsets(text);
    expect(folded.length).toBe(source.length);
    expect(offsets.slice(0, -1)).toEqual([...source].map((_, i) => i));
    expect(offsets.at(-1)).toBe(source.length);
  });

  it('maps folded ranges back when lengths differ', () => {
    // "b" with a tilde NFC cannot compose: the mark folds to nothing. "İ" lower-cases to two units.
    const { source, folded, offsets } = foldWithOffsets('ab\u0303c İd');
    expect(folded).toBe('abc id');
    const start = folded.indexOf('bc');
    expect(source.slice(offsets[start], offsets[start + 2])).toBe('b\u0303c');
    const i = folded.indexOf('id');
    expect(source.slice(offsets[i], offsets[i + 2])).toBe('İd');
  });

  it('returns offsets into the NFC form of decomposed input', () => {
    const { source, folded, offsets } = foldWithOffsets('Đấu thầu'.normalize('NFD'));
    expect(source).toBe('Đấu thầu');
    expect(folded).toBe('dau thau');
    expect(source.slice(offsets[4], offsets[8])).toBe('thầu');
  });
});
