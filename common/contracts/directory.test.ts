import { describe, expect, it } from 'vitest';
import { isValidOrcid, ZIsoDate, ZOrcid, ZPersonUpdate, ZRelationInput, ZRor, ZTaxCode } from './directory.ts';

const A = '0190a0a0-0000-7000-8000-000000000001';
const B = '0190a0a0-0000-7000-8000-000000000002';

describe('ORCID check digit (ISO 7064 MOD 11-2)', () => {
  it('accepts iDs whose last character matches, including X', () => {
    expect(isValidOrcid('0000-0002-1825-0097')).toBe(true);
    expect(isValidOrcid('0000-0001-5109-3700')).toBe(true);
    expect(isValidOrcid('0000-0002-1694-233X')).toBe(true);
  });

  it('refuses a changed digit, a wrong check character and bad shapes', () => {
    expect(isValidOrcid('0000-0002-1825-0098')).toBe(false);
    expect(isValidOrcid('0000-0002-1825-0079')).toBe(false);
    expect(isValidOrcid('0000-0002-1694-2330')).toBe(false);
    expect(isValidOrcid('0000000218250097')).toBe(false);
    expect(isValidOrcid('0000-0002-1825-009')).toBe(false);
  });

  it('normalises the URL form and a lower-case x', () => {
    expect(ZOrcid.parse('https://orcid.org/0000-0002-1694-233x')).toBe('0000-0002-1694-233X');
    expect(ZOrcid.safeParse('0000-0002-1825-0098').error?.issues[0]?.message).toBe('orcid_invalid');
  });
});

describe('identifier formats', () => {
  it('checks ROR ids, tax codes and calendar dates', () => {
    expect(ZRor.parse('https://ror.org/05dfg1k25')).toBe('05dfg1k25');
    expect(ZRor.safeParse('12345').success).toBe(false);
    expect(ZTaxCode.safeParse('4600123456').success).toBe(true);
    expect(ZTaxCode.safeParse('4600123456-001').success).toBe(true);
    expect(ZTaxCode.safeParse('46001234').success).toBe(false);
    expect(ZIsoDate.safeParse('2024-02-29').success).toBe(true);
    expect(ZIsoDate.safeParse('2025-02-29').success).toBe(false);
    expect(ZIsoDate.safeParse('29/02/2024').success).toBe(false);
  });
});

describe('relation input', () => {
  it('refuses endpoints the kind does not join, self relations and reversed dates', () => {
    const result = ZRelationInput.safeParse({ kind: 'employment', fromKind: 'organisation', fromId: A, toKind: 'person', toId: B, startDate: '2024-01-01', endDate: '2023-01-01' });
    expect(result.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['fromKind', 'relation_endpoint_invalid'],
      ['toKind', 'relation_endpoint_invalid'],
      ['endDate', 'end_before_start'],
    ]);
    const self = ZRelationInput.safeParse({ kind: 'family', fromKind: 'person', fromId: A, toKind: 'person', toId: A });
    expect(self.error?.issues.map((i) => i.message)).toEqual(['relation_to_self']);
    expect(ZRelationInput.parse({ kind: 'employment', fromKind: 'person', fromId: A, toKind: 'organisation', toId: B, role: '' })).toMatchObject({ role: null, startDate: null });
  });
});

describe('partial updates', () => {
  it('leave out what was not sent, so stored values stay', () => {
    expect(ZPersonUpdate.parse({ version: 3, fullName: 'Lê Thị Hoa' })).toEqual({ version: 3, fullName: 'Lê Thị Hoa' });
    expect(ZPersonUpdate.parse({ version: 3, email: '' })).toEqual({ version: 3, email: null });
  });
});
