import { describe, expect, it } from 'vitest';
import {
  formatQuantity,
  percentagePointChange,
  quantity,
  relativePercentChange,
  round,
  share,
} from '../../src/index.js';

describe('percentage points and relative percent are different units', () => {
  // seed 004, D1: ОГЭ success rate 96,3 % → 94,3 %
  const before = quantity('percent', '96,3');
  const after = quantity('percent', 94.3);

  it('96,3 % → 94,3 % is −2,0 п.п.', () => {
    const pp = percentagePointChange(before, after);
    expect(pp).toEqual({ status: 'value', value: { unit: 'pp', value: '-2' } });
    if (pp.status === 'value') expect(formatQuantity(pp.value, { decimals: 1 })).toBe('-2,0\u00a0п.п.');
  });

  it('96,3 % → 94,3 % is −2,08 % relative', () => {
    const rel = relativePercentChange(before, after);
    if (rel.status !== 'value') throw new Error('expected a value');
    expect(rel.value.unit).toBe('relative_percent');
    expect(round(rel.value.value, 2)).toBe('-2.08');
    expect(formatQuantity(rel.value, { decimals: 2 })).toBe('-2,08\u00a0%');
    expect(formatQuantity(rel.value, { decimals: 2, lang: 'en' })).toBe('-2.08%');
  });

  it('works on shares: 3,9 % → 6,4 % given as counts', () => {
    // seed 004 D2 (the counts here are illustrative: 39 of 1000 → 64 of 1000)
    const pp = percentagePointChange(share(39, 1000), share(64, 1000));
    expect(pp).toEqual({ status: 'value', value: { unit: 'pp', value: '2.5' } });
  });

  it('refuses to mix units', () => {
    expect(() => percentagePointChange(quantity('pp', 2) as never, after)).toThrowError(/UNIT_MISMATCH/);
    expect(() => relativePercentChange(quantity('count', 2), after)).toThrowError(/UNIT_MISMATCH/);
    expect(() => quantity('furlongs' as never, 1)).toThrowError(/UNIT_MISMATCH/);
  });

  it('a change from zero has no relative size', () => {
    const r = relativePercentChange(quantity('count', 0), quantity('count', 5));
    expect(r.status).toBe('not_applicable');
    if (r.status === 'not_applicable') expect(r.reason.code).toBe('ZERO_BASE');
  });

  it('an empty group gives "not applicable"', () => {
    expect(percentagePointChange(share(0, 0), share(1, 2)).status).toBe('not_applicable');
  });
});
