import { describe, expect, it } from 'vitest';
import { IndicatorRegistry, type IndicatorComputation } from './index.ts';

const computation = (key: string): IndicatorComputation => ({
  key,
  nameVi: key,
  nameEn: key,
  unit: 'cái',
  cumulative: false,
  compute: () => Promise.resolve({ value: 0, provenance: {} }),
  records: () => Promise.resolve({ items: [], total: 0 }),
});

describe('indicator registry', () => {
  it('finds computations by key and lists them in key order', () => {
    const registry = new IndicatorRegistry([computation('b.two'), computation('a.one')]);
    expect(registry.has('a.one')).toBe(true);
    expect(registry.get('b.two')?.key).toBe('b.two');
    expect(registry.get('c.three')).toBeUndefined();
    expect(registry.list().map((entry) => entry.key)).toEqual(['a.one', 'b.two']);
  });

  it('refuses two modules registering the same key', () => {
    expect(() => new IndicatorRegistry([computation('a.one'), computation('a.one')])).toThrow(/a\.one/);
  });
});
