import { describe, expect, it } from 'vitest';
import { ROUNDING_MODES, formatNumber, round, roundToNumber } from '../../src/index.js';

describe('round', () => {
  it.each([
    ['6.25', 1, 'half-up', '6.3'],
    ['6.25', 1, 'half-even', '6.2'],
    ['6.35', 1, 'half-even', '6.4'],
    ['6.25', 1, 'half-down', '6.2'],
    ['6.29', 1, 'down', '6.2'],
    ['6.21', 1, 'up', '6.3'],
    ['-6.25', 1, 'half-up', '-6.3'],
    ['-6.21', 1, 'floor', '-6.3'],
    ['-6.29', 1, 'ceil', '-6.2'],
    ['-0.04', 1, 'half-up', '0.0'],
    ['100', 1, 'half-up', '100.0'],
    ['2.675', 2, 'half-up', '2.68'],
  ] as const)('round(%s, %i, %s) = %s', (input, decimals, mode, expected) => {
    expect(round(input, decimals, mode)).toBe(expected);
  });

  it('rounds the decimal the number prints as, not its binary approximation', () => {
    // 2.675 is stored as 2.67499999999999982236431605997495353221893310546875
    expect(round(2.675, 2)).toBe('2.68');
    expect(round(1.005, 2)).toBe('1.01');
  });

  it('accepts a decimal comma', () => {
    expect(round('6,25', 1)).toBe('6.3');
  });

  it('never prints an exponent', () => {
    expect(round(1e21, 0)).toBe('1000000000000000000000');
    expect(round(1e-7, 8)).toBe('0.00000010');
  });

  it('rejects bad arguments with typed errors', () => {
    expect(() => round(Number.NaN, 1)).toThrowError(/INVALID_NUMBER/);
    expect(() => round(Number.POSITIVE_INFINITY, 1)).toThrowError(/INVALID_NUMBER/);
    expect(() => round('1e5', 1)).toThrowError(/INVALID_NUMBER/);
    expect(() => round(1, -1)).toThrowError(/INVALID_DECIMALS/);
    expect(() => round(1, 1.5)).toThrowError(/INVALID_DECIMALS/);
    expect(() => round(1, 1, 'bankers' as never)).toThrowError(/INVALID_ROUNDING_MODE/);
    expect(() => round({} as never, 1)).toThrowError(/INVALID_NUMBER/);
  });

  it('lists every mode', () => {
    expect(ROUNDING_MODES).toHaveLength(7);
  });

  it('roundToNumber gives JSON numbers', () => {
    expect(roundToNumber('31.25', 0)).toBe(31);
    expect(roundToNumber((2 / 11) * 100, 0)).toBe(18);
    expect(roundToNumber('6.25', 1)).toBe(6.3);
  });

  it('does not change the global decimal.js configuration', async () => {
    const { default: Decimal } = await import('decimal.js');
    const before = Decimal.precision;
    round('1.23456789', 3, 'down');
    expect(Decimal.precision).toBe(before);
    expect(Decimal.rounding).toBe(Decimal.ROUND_HALF_UP);
  });
});

describe('formatNumber', () => {
  it('uses a decimal comma and no-break spaces in Russian', () => {
    expect(formatNumber(6.25, { decimals: 1 })).toBe('6,3');
    expect(formatNumber(40000)).toBe('40\u00a0000');
    expect(formatNumber(1234.5)).toBe('1234,5');
    expect(formatNumber(-1234567.891, { decimals: 2 })).toBe('-1\u00a0234\u00a0567,89');
    expect(formatNumber('3,990', { decimals: 2, trimZeros: true })).toBe('3,99');
  });

  it('uses a decimal point and comma grouping in English', () => {
    expect(formatNumber(40000.5, { lang: 'en' })).toBe('40,000.5');
    expect(formatNumber(2.5, { lang: 'en', signed: true })).toBe('+2.5');
  });
});
