import { describe, expect, it } from 'vitest';
import { isValidIsbn, ZDoi, ZLibraryRecordInput, ZLibrarySearchQuery, ZResultNo } from './library.ts';

describe('library contracts', () => {
  it('checks ISBN check digits in both lengths', () => {
    expect(isValidIsbn('9786049150005')).toBe(true);
    expect(isValidIsbn('9786049150004')).toBe(false);
    expect(isValidIsbn('080442957X')).toBe(true);
    expect(isValidIsbn('0804429579')).toBe(false);
  });

  it('reduces DOIs to their bare form and upper-cases result numbers', () => {
    expect(ZDoi.parse(' https://doi.org/10.34238/tnu-jst.2024.0001 ')).toBe('10.34238/tnu-jst.2024.0001');
    expect(ZDoi.parse('doi: 10.1000/xyz')).toBe('10.1000/xyz');
    expect(ZDoi.safeParse('11.1000/xyz').success).toBe(false);
    expect(ZResultNo.parse('kq015440')).toBe('KQ015440');
    expect(ZResultNo.safeParse('KQ15440').success).toBe(false);
  });

  it('validates each type’s own fields and fills defaults', () => {
    const base = { title: 'Giống chè TRI-TN15', issuedYear: 2023, fieldCodes: ['401'], contributors: [{ name: 'Hà Văn Chiến' }] };
    const variety = ZLibraryRecordInput.parse({ ...base, type: 'plant_variety', details: { species: 'Chè' } });
    expect(variety).toMatchObject({ language: 'vi', accessLevel: 'public', keywords: [], identifiers: { doi: null }, contributors: [{ role: 'author', personId: null }] });
    const paths = (value: unknown) => ZLibraryRecordInput.safeParse(value).error?.issues.map((issue) => issue.path.join('.')) ?? [];
    expect(paths({ ...base, type: 'standard', details: { species: 'Chè' } })).toEqual(['details.kind', 'details.code', 'details.issuingBody']);
    expect(paths({ ...base, type: 'plant_variety', details: { species: 'Chè' }, issuedDate: '2022-05-01', fieldCodes: ['401', '401'] })).toEqual(['issuedDate', 'fieldCodes']);
    expect(ZLibraryRecordInput.safeParse({ ...base, type: 'plant_variety', details: { species: 'Chè' }, contributors: [{}] }).success).toBe(false);
  });

  it('reads repeated and single facet filters from the query string', () => {
    expect(ZLibrarySearchQuery.parse({ type: 'book', year: ['2020', '2021'] })).toMatchObject({ q: '', type: ['book'], year: [2020, 2021], field: [], sort: 'relevance', page: 1 });
    expect(ZLibrarySearchQuery.safeParse({ type: 'novel' }).success).toBe(false);
  });
});
