import { describe, expect, it } from 'vitest';
import { formatDate, formatMoney, formatNumber, formatPlaceAndDate } from './format.ts';
import { catalog, t } from './index.ts';
import { ERROR_CODES } from '../contracts/errors.ts';

describe('Vietnamese formats', () => {
  it('writes numbers with a decimal comma and thousands dots', () => {
    expect(formatNumber(1434171.5)).toBe('1.434.171,5');
    expect(formatNumber(1434171.5, 'en')).toBe('1,434,171.5');
  });

  it('writes money in đồng as integers', () => {
    expect(formatMoney(10_000_000_000)).toBe('10.000.000.000 đồng');
  });

  it('shows dates as dd/MM/yyyy in Vietnam time', () => {
    expect(formatDate('2026-03-04T20:00:00Z')).toBe('05/03/2026');
  });

  it('pads days below 10 and months 1–2 only, as Decree 30/2020 requires', () => {
    expect(formatPlaceAndDate('Thái Nguyên', '2026-02-05T03:00:00Z')).toBe('Thái Nguyên, ngày 05 tháng 02 năm 2026');
    expect(formatPlaceAndDate('Thái Nguyên', '2026-03-15T03:00:00Z')).toBe('Thái Nguyên, ngày 15 tháng 3 năm 2026');
    expect(formatPlaceAndDate('Thái Nguyên', '2026-12-01T03:00:00Z')).toBe('Thái Nguyên, ngày 01 tháng 12 năm 2026');
  });
});

describe('catalogs', () => {
  it('titles every error code in both languages', () => {
    for (const code of ERROR_CODES) {
      expect(t('vi', `errors.${code}`)).not.toBe(`errors.${code}`);
      expect(t('en', `errors.${code}`)).not.toBe(`errors.${code}`);
    }
  });

  it('has the same keys in Vietnamese and English', () => {
    const keys = (tree: object, prefix = ''): string[] =>
      Object.entries(tree).flatMap(([key, value]) =>
        typeof value === 'string' ? [`${prefix}${key}`] : keys(value as object, `${prefix}${key}.`),
      );
    expect(keys(catalog.en).sort()).toEqual(keys(catalog.vi).sort());
  });

  it('fills parameters', () => {
    expect(t('vi', 'errors.too_many_attempts', { minutes: 15 })).toBe('Quá nhiều lần thử, vui lòng thử lại sau 15 phút');
  });
});
