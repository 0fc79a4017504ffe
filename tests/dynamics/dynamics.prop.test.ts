import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import Decimal from 'decimal.js';
import { type ChangeUnit, type MeasureSpec, type Scale, change } from '../../src/index.js';

const NATURAL: Record<Scale, ChangeUnit> = { percent: 'pp', grade: 'grade_points', score: 'score_points', place: 'places', count: 'count', index: 'value' };
const scales = fc.constantFrom<Scale>('percent', 'grade', 'score', 'place', 'count', 'index');
const measures = fc.record({ scale: scales, better: fc.constantFrom('higher' as const, 'lower' as const) });
const levels = fc.integer({ min: -100000, max: 100000 }).map((n) => (n / 100).toString());
const positive = fc.integer({ min: 1, max: 100000 }).map((n) => (n / 100).toString());

describe('change properties', () => {
  it('the change from a value to itself is zero in every unit (ratio 1) and "no_change"', () => {
    fc.assert(
      fc.property(measures, positive, (measure: MeasureSpec, x) => {
        for (const unit of [NATURAL[measure.scale], 'relative_percent', 'ratio'] as const) {
          const c = change(x, x, { scale: measure, unit });
          if (c.status !== 'value') throw new Error('expected a value');
          expect(c.value.delta.value).toBe(unit === 'ratio' ? '1' : '0');
          expect(c.value.classification).toBe('no_change');
        }
      }),
    );
  });

  it('swapping the years negates a change in points', () => {
    fc.assert(
      fc.property(measures, levels, levels, (measure, a, b) => {
        const ab = change(a, b, { scale: measure });
        const ba = change(b, a, { scale: measure });
        if (ab.status !== 'value' || ba.status !== 'value') throw new Error('expected values');
        expect(new Decimal(ab.value.delta.value).plus(ba.value.delta.value).isZero()).toBe(true);
      }),
    );
  });

  it('flipping the direction of "better" flips improvement and deterioration', () => {
    fc.assert(
      fc.property(scales, levels, levels, (scale, a, b) => {
        const up = change(a, b, { scale: { scale, better: 'higher' } });
        const down = change(a, b, { scale: { scale, better: 'lower' } });
        if (up.status !== 'value' || down.status !== 'value') throw new Error('expected values');
        const flip = { improvement: 'deterioration', deterioration: 'improvement', no_change: 'no_change', not_significant: 'not_significant' } as const;
        expect(down.value.classification).toBe(flip[up.value.classification]);
      }),
    );
  });

  it('classification is monotone in the tolerance: a wider tolerance never turns "no change" into a change', () => {
    fc.assert(
      fc.property(measures, levels, levels, fc.nat(5000), fc.nat(5000), (measure, a, b, t1, t2) => {
        const [small, large] = t1 <= t2 ? [t1 / 100, t2 / 100] : [t2 / 100, t1 / 100];
        const cs = change(a, b, { scale: measure, tolerance: { absolute: small } });
        const cl = change(a, b, { scale: measure, tolerance: { absolute: large } });
        if (cs.status !== 'value' || cl.status !== 'value') throw new Error('expected values');
        if (cs.value.classification === 'no_change') expect(cl.value.classification).toBe('no_change');
        if (cl.value.classification !== 'no_change') expect(cl.value.classification).toBe(cs.value.classification);
      }),
    );
  });
});
