import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import Decimal from 'decimal.js';
import {
  type RoundingMode,
  ROUNDING_MODES,
  compareShareToPercent,
  percentagePointChange,
  round,
  share,
} from '../../src/index.js';

const decimalText = fc
  .tuple(fc.integer({ min: -1_000_000, max: 1_000_000 }), fc.integer({ min: 0, max: 999_999 }), fc.integer({ min: 0, max: 6 }))
  .map(([i, f, digits]) => (digits === 0 ? String(i) : `${i}.${String(f).padStart(6, '0').slice(0, digits)}`));

describe('rounding properties', () => {
  it('never moves a value by more than half a unit of the last digit (half-* modes), or one unit (directed modes)', () => {
    fc.assert(
      fc.property(decimalText, fc.integer({ min: 0, max: 4 }), fc.constantFrom(...ROUNDING_MODES), (text, decimals, mode) => {
        const rounded = new Decimal(round(text, decimals, mode as RoundingMode));
        const diff = rounded.minus(new Decimal(text)).abs();
        const unit = new Decimal(10).pow(-decimals);
        const limit = mode.startsWith('half') ? unit.div(2) : unit;
        expect(diff.lte(limit)).toBe(true);
        if (!mode.startsWith('half')) expect(diff.lt(unit)).toBe(true);
      }),
    );
  });

  it('returns exactly `decimals` digits after the point', () => {
    fc.assert(
      fc.property(decimalText, fc.integer({ min: 0, max: 6 }), (text, decimals) => {
        const out = round(text, decimals);
        const frac = out.split('.')[1] ?? '';
        expect(frac.length).toBe(decimals);
      }),
    );
  });

  it('down never increases the magnitude, up never decreases it', () => {
    fc.assert(
      fc.property(decimalText, fc.integer({ min: 0, max: 4 }), (text, decimals) => {
        const x = new Decimal(text).abs();
        expect(new Decimal(round(text, decimals, 'down')).abs().lte(x)).toBe(true);
        expect(new Decimal(round(text, decimals, 'up')).abs().gte(x)).toBe(true);
      }),
    );
  });
});

describe('share comparison properties', () => {
  const shares = fc
    .integer({ min: 1, max: 1_000_000_000 })
    .chain((total) => fc.tuple(fc.integer({ min: 0, max: total }), fc.constant(total)));
  const percents = fc.tuple(fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 99 })).map(([i, f]) => `${i}.${String(f).padStart(2, "0")}`);

  it('agrees with exact rational comparison (count·100·q vs p·total with integers)', () => {
    fc.assert(
      fc.property(shares, percents, fc.constantFrom('gte', 'gt', 'lte', 'lt', 'eq' as const), ([count, total], pct, op) => {
        const [i, f] = pct.split('.') as [string, string];
        // percent = (i*100 + f) / 100, so count/total ? percent/100  ⇔  count*10000 ? (i*100+f)*total
        const left = BigInt(count) * 10000n;
        const right = BigInt(Number(i) * 100 + Number(f)) * BigInt(total);
        const expected = { gte: left >= right, gt: left > right, lte: left <= right, lt: left < right, eq: left === right }[op];
        expect(compareShareToPercent(share(count, total), op, pct)).toEqual({ status: 'value', value: expected });
      }),
    );
  });

  it('whole-number thresholds (the integer fast path) agree with the same threshold as a string', () => {
    fc.assert(
      fc.property(shares, fc.integer({ min: 0, max: 100 }), fc.constantFrom('gte', 'gt', 'lte', 'lt', 'eq' as const), ([count, total], pct, op) => {
        expect(compareShareToPercent(share(count, total), op, pct)).toEqual(compareShareToPercent(share(count, total), op, `${pct}.0`));
      }),
    );
  });

  it('the change from a share to itself is zero points', () => {
    fc.assert(
      fc.property(shares, ([count, total]) => {
        expect(percentagePointChange(share(count, total), share(count, total))).toEqual({
          status: 'value',
          value: { unit: 'pp', value: '0' },
        });
      }),
    );
  });
});
