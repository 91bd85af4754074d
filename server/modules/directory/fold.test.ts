import { describe, expect, it } from 'vitest';
import { foldText } from '../../../common/search/index.ts';
import { foldKeywords, foldName } from './fold.ts';

describe('foldName', () => {
  it('drops every Vietnamese mark, đ included, in NFC and NFD input alike', () => {
    expect(foldName('Đại học Thái Nguyên')).toBe('dai hoc thai nguyen');
    expect(foldName('Nguyễn Văn An'.normalize('NFD'))).toBe('nguyen van an');
    expect(foldName('ĐẶNG THỊ HUYỀN')).toBe('dang thi huyen');
  });

  it('agrees with the platform folding on names, look-alikes of đ included', () => {
    for (const name of ['Hoàng Thị Ðào', 'Trường Đại học Nông Lâm', 'ɖặng văn hùng']) {
      expect(foldName(name)).toBe(foldText(name));
    }
  });

  it('turns punctuation and LIKE wildcards into single spaces', () => {
    expect(foldName('Trường Đại học Y - Dược')).toBe('truong dai hoc y duoc');
    expect(foldName('  KH&CN  ')).toBe('kh cn');
    expect(foldName('50%_giảm')).toBe('50 giam');
  });

  it('joins aliases so any of them can be matched', () => {
    expect(foldKeywords(['Đại học Thái Nguyên', null, 'ĐHTN', ''])).toBe('dai hoc thai nguyen | dhtn');
  });
});
