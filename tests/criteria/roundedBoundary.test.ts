import { describe, expect, it } from 'vitest';
import { type Rule, identify, parseMethodology, threshold, undeterminedOnRoundedBoundary } from '../../src/index.js';
import { dataset, row, verdict } from './helpers.js';

const withFact = (values: readonly number[], decimals?: number) =>
  dataset({
    schools: values.map((_, i) => `S${i}`),
    declaredFacts: [{ id: 'twos', kind: 'number', unit: 'percent', name: { ru: 'Доля отметок «2»', en: 'Share of marks 2' }, ...(decimals !== undefined ? { decimals } : {}) }],
    factValues: values.map((v, i) => ({ schoolId: `S${i}`, year: 2024, fact: 'twos', value: v })),
  });
const run = (rule: Rule, ds: ReturnType<typeof withFact>) => identify(parseMethodology({ id: 'm', name: { ru: 'м' }, territories: ['mo'], validFrom: '2020-01-01', categories: [{ kind: 'flag', id: 'c', name: { ru: 'Риск' }, rule }] }), ds, 2024);
const twos = { kind: 'declared', fact: 'twos' } as const;

describe('a rounded input on a boundary', () => {
  it('is undetermined, with the reason, when the rule opts in and the fact declares its precision', () => {
    const ds = withFact([50, 50.1, 49.9, 50.04], 1);
    const r = run(undeterminedOnRoundedBoundary(threshold(twos, 'gt', 50)), ds);
    // 50,0 published to 0,1: the true value is 49,95…50,05 → either side of «> 50»
    expect(verdict(r, 'S0', 'c')).toBe('missing');
    expect(verdict(r, 'S1', 'c')).toBe(true);
    expect(verdict(r, 'S2', 'c')).toBe(false);
    const v = r.schools[0]?.categories[0];
    expect(v?.trace?.reason?.code).toBe('ROUNDED_BOUNDARY');
    expect(v?.explanation?.ru).toContain('Риск: неизвестно — значение 50 округлено до 0,1');
    expect(v?.explanation?.ru).toContain('Доля отметок «2» = 50 %, условие > 50 % — не определено: значение 50 округлено до 0,1: истинное значение от 49,95 до 50,05 может лежать по обе стороны границы');
    expect(v?.explanation?.ru).not.toMatch(/[A-Za-z]{3,}/);
  });

  it('changes nothing by default, without a precision, or for shares computed exactly from counts', () => {
    const ds = withFact([50], 1);
    expect(verdict(run(threshold(twos, 'gt', 50), ds), 'S0', 'c')).toBe(false);
    expect(verdict(run(undeterminedOnRoundedBoundary(threshold(twos, 'gt', 50)), withFact([50])), 'S0', 'c')).toBe(false);
    const exact = dataset({ schools: ['A'], results: [row('A', 2024, 'vpr', 'math', 5, 10, 20)] });
    const share = undeterminedOnRoundedBoundary(threshold({ kind: 'result', procedures: ['vpr'], subjects: ['math'], metric: 'belowMinimumShare' }, 'gt', 50), 1);
    expect(verdict(run(share, exact as never), 'A', 'c')).toBe(false);
  });

  it('the rule may state the precision itself; intervals and «=» are undetermined only within half a unit', () => {
    const ds = withFact([3, 3.4, 3.6, 5, 5.5]);
    const between = undeterminedOnRoundedBoundary({ kind: 'between', measure: twos, min: 3.5, max: 5, minInclusive: true, maxInclusive: false }, 0);
    const r = run(between, ds);
    // decimals 0: 3 → 2,5…3,5 touches 3,5 → unknown; 5 → 4,5…5,5 crosses 5 → unknown; 3,4 → 2,9…3,9 crosses 3,5 → unknown
    expect(['S0', 'S1', 'S2', 'S3', 'S4'].map((s) => verdict(r, s, 'c'))).toEqual(['missing', 'missing', 'missing', 'missing', false]);
    const eq = run(undeterminedOnRoundedBoundary(threshold(twos, 'eq', 4), 0), withFact([4, 5, 4.4]));
    expect(['S0', 'S1', 'S2'].map((s) => verdict(eq, s, 'c'))).toEqual(['missing', false, 'missing']);
  });

  it('a missing-data policy does not turn an undetermined boundary into «no»', () => {
    const r = run({ ...undeterminedOnRoundedBoundary(threshold(twos, 'gt', 50)), ifMissing: 'fails' }, withFact([50], 1));
    expect(verdict(r, 'S0', 'c')).toBe('missing');
  });

  it('only threshold and between rules take the option', () => {
    expect(() => undeterminedOnRoundedBoundary({ kind: 'status', fact: 'x', in: [true] })).toThrow(/threshold/);
  });
});
