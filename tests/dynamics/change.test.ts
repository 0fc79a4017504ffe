import { describe, expect, it } from 'vitest';
import {
  type Change,
  type Outcome,
  change,
  compareProportions,
  formatQuantity,
  gapToReference,
  interpretPercentChange,
  round,
  share,
} from '../../src/index.js';

function valueOf<T>(o: Outcome<T>): T {
  if (o.status !== 'value') throw new Error(`expected a value, got ${JSON.stringify(o)}`);
  return o.value;
}

const successRate = { scale: 'percent', better: 'higher' } as const;
const failureRate = { scale: 'percent', better: 'lower' } as const;

describe('seed 004, D1 (L96–L97): успеваемость 96,3 % (2017) → 94,3 % (2019)', () => {
  it('is −2,0 п.п. and a deterioration', () => {
    const c = valueOf(change(96.3, 94.3, { scale: successRate }));
    expect(c.delta).toEqual({ unit: 'pp', value: '-2' });
    expect(c.direction).toBe('down');
    expect(c.classification).toBe('deterioration');
    expect(formatQuantity(c.delta, { decimals: 1 })).toBe('-2,0\u00a0п.п.');
  });

  it('is −2,08 % in relative percent', () => {
    const c = valueOf(change(96.3, 94.3, { scale: successRate, unit: 'relative_percent' }));
    expect(c.delta.unit).toBe('relative_percent');
    expect(round(c.delta.value, 2)).toBe('-2.08');
    expect(c.absolute).toEqual({ unit: 'pp', value: '-2' });
  });
});

describe('seed 004, D2 (L98): academic debt 116 → 204 pupils, 3,9 % → 6,4 %', () => {
  it('the count grew 1,76 times («почти в два раза»), a deterioration', () => {
    const c = valueOf(change(116, 204, { scale: { scale: 'count', better: 'lower' }, unit: 'ratio' }));
    expect(c.delta.unit).toBe('ratio');
    expect(round(c.delta.value, 2)).toBe('1.76');
    expect(c.absolute).toEqual({ unit: 'count', value: '88' });
    expect(c.classification).toBe('deterioration');
  });

  it('the share grew by +2,5 п.п.', () => {
    const c = valueOf(change('3,9', '6,4', { scale: failureRate }));
    expect(c.delta).toEqual({ unit: 'pp', value: '2.5' });
    expect(c.classification).toBe('deterioration');
  });
});

describe('seed 001 (§5): gaps and failure rates in points', () => {
  it('КДР8 total score 39,17 vs krai 40,45 is −1,28 п.п., below', () => {
    const g = valueOf(gapToReference('39,17', '40,45', { scale: successRate }));
    expect(g).toEqual({ gap: { unit: 'pp', value: '-1.28' }, position: 'below', standing: 'worse' });
  });

  it('ОГЭ maths failure 17,20 % → 13,75 % is −3,45 п.п., an improvement', () => {
    const c = valueOf(change('17,20', '13,75', { scale: failureRate }));
    expect(c.delta).toEqual({ unit: 'pp', value: '-3.45' });
    expect(c.classification).toBe('improvement');
  });
});

describe('seed 004 (L1792–L1800): ОГЭ means against the oblast', () => {
  it('Russian 3,99 vs 3,4 is +0,59 grade points; maths 3,33 vs 3 is +0,33', () => {
    const measure = { scale: 'grade', better: 'higher' } as const;
    expect(valueOf(gapToReference(3.99, 3.4, { scale: measure })).gap).toEqual({ unit: 'grade_points', value: '0.59' });
    expect(valueOf(gapToReference(3.33, 3, { scale: measure })).gap).toEqual({ unit: 'grade_points', value: '0.33' });
  });

  it('«на уровне» within a tolerance', () => {
    const measure = { scale: 'grade', better: 'higher' } as const;
    expect(valueOf(gapToReference(3.42, 3.4, { scale: measure, tolerance: { absolute: 0.05 } })).position).toBe('at');
  });
});

describe('seed 003, line 145: «32,9 % …, что на 24,8 % больше, чем в 2018 году»', () => {
  it('gives 8,1 % (points) or 26,36 % (relative) for 2018, both named', () => {
    const r = valueOf(interpretPercentChange('32,9', '24,8'));
    expect(r.asPoints).toBe('8.1');
    expect(round(r.asRelative, 2)).toBe('26.36');
  });

  it('forwards: from a known earlier level', () => {
    const r = valueOf(interpretPercentChange(10, 3, 'earlier'));
    expect(r).toEqual({ asPoints: '13', asRelative: '10.3' });
  });
});

describe('tolerance', () => {
  it('absolute: within ±0,5 п.п. is no change', () => {
    expect(valueOf(change(60, 60.4, { scale: successRate, tolerance: { absolute: 0.5 } })).classification).toBe('no_change');
    expect(valueOf(change(60, 60.6, { scale: successRate, tolerance: { absolute: 0.5 } })).classification).toBe('improvement');
  });

  it('relative: within 1 % of the base is no change', () => {
    expect(valueOf(change(200, 201.9, { scale: { scale: 'score', better: 'higher' }, tolerance: { relativePercent: 1 } })).classification).toBe('no_change');
    expect(valueOf(change(200, 202.1, { scale: { scale: 'score', better: 'higher' }, tolerance: { relativePercent: 1 } })).classification).toBe('improvement');
  });

  it('rejects a negative tolerance', () => {
    expect(() => change(1, 2, { scale: successRate, tolerance: { absolute: -1 } })).toThrowError(/INVALID_OPTION/);
  });
});

describe('small groups: a statistical test', () => {
  it('1 of 7 → 2 of 7 is +14,3 п.п. but "not significant", not "stable" and not "improvement"', () => {
    const c = valueOf(change(share(1, 7), share(2, 7), { scale: successRate, significance: {} }));
    expect(round(c.delta.value, 1)).toBe('14.3');
    expect(c.classification).toBe('not_significant');
    expect(c.test?.method).toBe('newcombe');
    expect(c.test?.significant).toBe(false);
    expect(c.test?.lowerPp).toBeLessThan(0);
    expect(c.test?.upperPp).toBeGreaterThan(0);
  });

  it('without the test, the same change is an improvement', () => {
    expect(valueOf(change(share(1, 7), share(2, 7), { scale: successRate })).classification).toBe('improvement');
  });

  it('10 of 100 → 40 of 100 is significant under both methods', () => {
    expect(compareProportions(share(10, 100), share(40, 100)).significant).toBe(true);
    const f = compareProportions(share(10, 100), share(40, 100), { method: 'fisher' });
    expect(f.significant).toBe(true);
    expect(f.pValue).toBeLessThan(0.001);
  });

  it("Fisher's exact test: 1 of 7 vs 2 of 7 has p = 1; 0 of 10 vs 10 of 10 has p ≈ 1,08e-5", () => {
    expect(compareProportions(share(1, 7), share(2, 7), { method: 'fisher' }).pValue).toBe(1);
    // two-sided p = 2 / C(20, 10) = 2 / 184756
    expect(compareProportions(share(0, 10), share(10, 10), { method: 'fisher' }).pValue).toBeCloseTo(2 / 184756, 6);
  });

  it('Newcombe interval for 1/7 → 2/7 matches a hand calculation (−27,9 … +51,7 п.п.)', () => {
    const t = compareProportions(share(1, 7), share(2, 7));
    expect(t.lowerPp).toBeCloseTo(-27.9, 0);
    expect(t.upperPp).toBeCloseTo(51.7, 0);
  });

  it('rejects empty groups and unknown options', () => {
    expect(() => compareProportions(share(0, 0), share(1, 2))).toThrowError(/INVALID_OPTION/);
    expect(() => compareProportions(share(1, 2), share(1, 2), { confidence: 0.97 as never })).toThrowError(/INVALID_OPTION/);
    expect(() => compareProportions(share(1, 2), share(1, 2), { method: 'chi2' as never })).toThrowError(/INVALID_OPTION/);
  });
});

describe('missing and not applicable', () => {
  it('a missing year is "missing", never zero', () => {
    expect(change(null, 5, { scale: successRate })).toEqual({ status: 'missing', missing: ['from'] });
    expect(change(undefined, null, { scale: successRate })).toEqual({ status: 'missing', missing: ['from', 'to'] });
  });

  it('a relative change or ratio from zero is not applicable', () => {
    const r = change(0, 3, { scale: { scale: 'count', better: 'lower' }, unit: 'ratio' });
    expect(r.status).toBe('not_applicable');
  });

  it('an empty share is not applicable', () => {
    expect(change(share(0, 0), share(1, 2), { scale: successRate }).status).toBe('not_applicable');
  });

  it('a unit that does not fit the scale is an error', () => {
    expect(() => change(3.4, 3.9, { scale: { scale: 'grade', better: 'higher' }, unit: 'pp' })).toThrowError(/UNIT_MISMATCH/);
    expect(() => change(share(1, 2), 3, { scale: { scale: 'grade', better: 'higher' } })).toThrowError(/UNIT_MISMATCH/);
    expect(() => change(1, 2, { scale: { scale: 'percent', better: 'up' as never } })).toThrowError(/INVALID_OPTION/);
  });

  it('is JSON-serialisable with no NaN or Infinity', () => {
    const c: Outcome<Change> = change(share(1, 7), share(2, 7), { scale: successRate, significance: { method: 'fisher' } });
    expect(JSON.parse(JSON.stringify(c))).toEqual(c);
  });
});
