import { describe, expect, it } from 'vitest';
import { PackedValues } from '../../src/criteria/_lib/packed.js';
import { type MeasureValue, yearsIn, yearsOf } from '../../src/criteria/_lib/measures.js';

// The evaluator's memo of one measure for every school: what goes in comes out equal.

describe('PackedValues', () => {
  it('gives back numbers, shares, weightings and missing values as they were stored', () => {
    const p = new PackedValues(6);
    const values: MeasureValue[] = [
      { status: 'value', value: 4.25, years: yearsOf(2024) },
      { status: 'value', value: 30, share: { count: 6, total: 20 }, years: yearsIn(2022, 0b101, 3) },
      { status: 'value', value: 3.9, years: yearsIn(2022, 0b111, 3), detail: { weighting: 'participants' } },
      { status: 'missing', missing: [{ kind: 'results', school: 'A', procedures: ['oge'], subjects: ['math'], years: [2024, 2024] }] },
      { status: 'not_applicable', reason: { code: 'NOT_OFFERED', ru: 'нет 11 класса', en: 'no grade 11' } },
    ];
    values.forEach((v, i) => p.set(i, v));
    values.forEach((v, i) => expect(p.get(i)).toEqual(v));
    expect(p.get(5)).toBeUndefined();
    expect(p.get(1)).toMatchObject({ years: [2022, 2024] });
  });

  it('keeps as objects what it cannot pack: a detail of its own, a year list that is not shared', () => {
    const p = new PackedValues(2);
    const own: MeasureValue = { status: 'value', value: 1, years: [2024], detail: { components: 3 } };
    const unshared: MeasureValue = { status: 'value', value: 2, years: [2023, 2024] };
    p.set(0, own);
    p.set(1, unshared);
    expect(p.get(0)).toBe(own);
    expect(p.get(1)).toBe(unshared);
  });

  it('shares one frozen year list per window and set of years; windows over 30 years still list them', () => {
    expect(yearsIn(2020, 0b11, 2)).toBe(yearsIn(2020, 0b11, 2));
    expect(Object.isFrozen(yearsOf(2024))).toBe(true);
    const long = yearsIn(1990, 2 ** 34 + 1, 35);
    expect(long).toEqual([1990, 2024]);
  });
});
