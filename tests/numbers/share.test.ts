import { describe, expect, it } from 'vitest';
import {
  compareShareToPercent,
  formatPercent,
  isShnorError,
  minCountForPercent,
  percentOf,
  round,
  share,
  sharePercent,
  shareToPercent,
} from '../../src/index.js';

describe('share', () => {
  it('keeps the two counts', () => {
    expect(share(6, 20)).toEqual({ count: 6, total: 20 });
  });

  it.each([
    [-1, 10, 'INVALID_COUNT'],
    [1.5, 10, 'INVALID_COUNT'],
    [Number.NaN, 10, 'INVALID_COUNT'],
    [1, Number.POSITIVE_INFINITY, 'INVALID_COUNT'],
    [11, 10, 'COUNT_EXCEEDS_TOTAL'],
  ] as const)('rejects share(%s, %s) with %s', (count, total, code) => {
    let caught: unknown;
    try {
      share(count, total);
    } catch (e) {
      caught = e;
    }
    expect(isShnorError(caught, code)).toBe(true);
  });

  it('names the field, the value and what is expected in both languages', () => {
    try {
      share(-3, 10);
      expect.unreachable();
    } catch (e) {
      if (!isShnorError(e, 'INVALID_COUNT')) throw e;
      expect(e.details).toEqual({ field: 'count', value: -3 });
      expect(e.messages.ru).toContain('«count»');
      expect(e.messages.ru).toContain('-3');
      expect(e.messages.en).toContain('non-negative integer');
    }
  });

  it('an empty group is "not applicable", never NaN', () => {
    const p = sharePercent(share(0, 0));
    expect(p.status).toBe('not_applicable');
    if (p.status === 'not_applicable') expect(p.reason.code).toBe('EMPTY_DENOMINATOR');
    expect(compareShareToPercent(share(0, 0), 'gte', 30).status).toBe('not_applicable');
    expect(formatPercent(share(0, 0))).toBe('—');
  });
});

describe('the 30 % rule (seed 002, L125: «не менее 30 %»)', () => {
  it('30 % of 20 is exactly 6', () => {
    expect(percentOf(20, 30)).toBe('6');
    expect(minCountForPercent(20, 30)).toBe(6);
    expect(minCountForPercent(21, 30)).toBe(7);
    expect(percentOf(21, 30)).toBe('6.3');
  });

  it('6 of 20 satisfies «не менее 30 %», 5 of 20 does not', () => {
    expect(compareShareToPercent(share(6, 20), 'gte', 30)).toEqual({ status: 'value', value: true });
    expect(compareShareToPercent(share(5, 20), 'gte', 30)).toEqual({ status: 'value', value: false });
    expect(compareShareToPercent(share(6, 20), 'gt', 30)).toEqual({ status: 'value', value: false });
    expect(compareShareToPercent(share(6, 20), 'eq', '30,0')).toEqual({ status: 'value', value: true });
  });

  it('is exact where floating point is not: 1 of 3 vs 33,333…', () => {
    // 1/3 × 100 in binary floating point is 33.33333333333333 (below the true value)
    expect(compareShareToPercent(share(1, 3), 'gt', '33.3333333333333333333')).toEqual({ status: 'value', value: true });
    expect(compareShareToPercent(share(7, 10), 'gte', 0.7 * 100)).toEqual({ status: 'value', value: true });
  });

  it('rejects an unknown operator and a non-numeric threshold', () => {
    expect(() => compareShareToPercent(share(1, 2), 'ge' as never, 30)).toThrowError(/INVALID_OPERATOR/);
    expect(() => compareShareToPercent(share(1, 2), 'gte', 'тридцать')).toThrowError(/INVALID_NUMBER/);
    expect(() => compareShareToPercent(share(1, 2), 'gte', Number.NaN)).toThrowError(/INVALID_NUMBER/);
  });
});

describe("seed 000's target series are k/16 and k/11 shares (seed-000-notes §4.2)", () => {
  it.each([
    [1, 16, 1, 'half-up', '6.3'],
    [2, 16, 1, 'half-up', '12.5'],
    [3, 16, 1, 'half-up', '18.8'],
    [5, 16, 0, 'half-up', '31'],
    [5, 16, 1, 'half-up', '31.3'],
    [10, 16, 1, 'half-up', '62.5'],
    [2, 11, 0, 'half-up', '18'],
    [4, 11, 0, 'half-up', '36'],
    [5, 11, 0, 'half-up', '45'],
    [6, 11, 0, 'half-up', '55'],
    [7, 11, 0, 'half-up', '64'],
    [10, 11, 0, 'half-up', '91'],
    [2, 7, 0, 'down', '28'],
    [3, 7, 0, 'down', '42'],
  ] as const)('%i/%i rounded to %i decimals (%s) is %s', (k, n, decimals, mode, printed) => {
    const p = sharePercent(share(k, n));
    if (p.status !== 'value') throw new Error('expected a value');
    expect(round(p.value, decimals, mode)).toBe(printed);
  });

  it('1/16 is exactly 6,25 %, and 6,25 rounds half-up to 6,3 and half-even to 6,2', () => {
    expect(sharePercent(share(1, 16))).toEqual({ status: 'value', value: '6.25' });
    expect(shareToPercent(share(1, 16))).toEqual({ status: 'value', value: { unit: 'percent', value: '6.25' } });
    expect(formatPercent(share(1, 16), { decimals: 1 })).toBe('6,3\u00a0%');
    expect(formatPercent(share(1, 16), { decimals: 1, mode: 'half-even' })).toBe('6,2\u00a0%');
  });
});

describe('seed 001, line 173: base maths 2019, 3 of 46 failed, printed «6%»', () => {
  it('3/46 = 6,52 %, which the seed truncates (down) rather than rounds (half-up gives 7 %)', () => {
    const s = share(3, 46);
    expect(formatPercent(s, { decimals: 2 })).toBe('6,52\u00a0%');
    expect(formatPercent(s, { decimals: 0, mode: 'down' })).toBe('6\u00a0%');
    expect(formatPercent(s, { decimals: 0, mode: 'half-up' })).toBe('7\u00a0%');
    expect(formatPercent(s, { decimals: 2, lang: 'en' })).toBe('6.52%');
  });
});
