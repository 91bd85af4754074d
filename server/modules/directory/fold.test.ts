import { describe, expect, it } from 'vitest';
import { foldKeywords, foldText } from './fold.ts';

describe('foldText', () => {
  it('drops every Vietnamese mark, đ included, in NFC and NFD input alike', () => {
    expect(foldText('Đại học Thái Nguyên')).toBe('dai hoc thai nguyen');
    expect(foldText('Nguyễn Văn An'.normalize('NFD'))).toBe('nguyen van an');
    expect(foldText('ĐẶNG THỊ HUYỀN')).toBe('dang thi huyen');
  });

  it('turns punctuation into single spaces', () => {
    expect(foldText('Trường Đại học Y - Dược')).toBe('truong dai hoc y duoc');
    expect(foldText('  KH&CN  ')).toBe('kh cn');
  });

  it('joins aliases so any of them can be matched', () => {
    expect(foldKeywords(['Đại học Thái Nguyên', null, 'ĐHTN', ''])).toBe('dai hoc thai nguyen | dhtn');
  });
});
