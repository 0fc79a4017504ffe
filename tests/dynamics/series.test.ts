import { describe, expect, it } from 'vitest';
import {
  type Outcome,
  analyzeSeries,
  change,
  confirmedImprovement,
  detectInstability,
  gapTrend,
  listTransition,
  ordinalTransition,
  positiveDynamics,
  rankByImprovement,
} from '../../src/index.js';

function valueOf<T>(o: Outcome<T>): T {
  if (o.status !== 'value') throw new Error(`expected a value, got ${JSON.stringify(o)}`);
  return o.value;
}

const higher = { scale: 'percent', better: 'higher' } as const;
const lower = { scale: 'percent', better: 'lower' } as const;

describe('analyzeSeries', () => {
  // seed 001, L167–L185: ОГЭ maths failure rate 2018 17,20 %, 2019 13,75 % (2020: no ОГЭ)
  const series = [
    { year: 2018, value: '17,20' },
    { year: 2019, value: '13,75' },
    { year: 2020, value: null },
    { year: 2021, value: 12 },
  ];

  it('lists the missing years and says a change spans them', () => {
    const a = analyzeSeries(series, { scale: lower });
    expect(a.years).toEqual([2018, 2019, 2021]);
    expect(a.missingYears).toEqual([2020]);
    expect(a.yearOverYear.map((c) => [c.fromYear, c.toYear, c.gapYears])).toEqual([
      [2018, 2019, 1],
      [2019, 2021, 2],
    ]);
    expect(valueOf(a.yearOverYear[0]!.change).delta).toEqual({ unit: 'pp', value: '-3.45' });
  });

  it('end-to-end change and streaks', () => {
    const a = analyzeSeries(series, { scale: lower });
    expect(a.endToEnd?.fromYear).toBe(2018);
    expect(valueOf(a.endToEnd!.change).delta).toEqual({ unit: 'pp', value: '-5.2' });
    expect(a.streak).toEqual({ current: 2, longest: 2 });
  });

  it('least-squares trend: slope per year with its sign', () => {
    // y = 10, 12, 14, 16 → slope exactly 2 per year
    const a = analyzeSeries(
      [10, 12, 14, 16].map((value, i) => ({ year: 2020 + i, value })),
      { scale: higher },
    );
    expect(valueOf(a.trend)).toEqual({ slopePerYear: { unit: 'pp', value: '2' }, points: 4, direction: 'up', classification: 'improvement' });
    // hand calculation: x = 0,1,2; y = 5,9,4 → slope = Σdx·dy / Σdx² = (−1·(−1) + 1·(−2)) / 2 = −0,5
    const b = analyzeSeries([{ year: 2019, value: 5 }, { year: 2020, value: 9 }, { year: 2021, value: 4 }], { scale: lower });
    expect(valueOf(b.trend).slopePerYear.value).toBe('-0.5');
    expect(valueOf(b.trend).classification).toBe('improvement');
  });

  it('one point has no trend; duplicate years are an error', () => {
    expect(analyzeSeries([{ year: 2020, value: 1 }], { scale: higher }).trend.status).toBe('not_applicable');
    expect(() => analyzeSeries([{ year: 2020, value: 1 }, { year: 2020, value: 2 }], { scale: higher })).toThrowError(/INVALID_OPTION/);
    expect(() => analyzeSeries([{ year: 2020.5, value: 1 }], { scale: higher })).toThrowError(/INVALID_YEAR/);
  });
});

describe('positiveDynamics: «положительная динамика на протяжении трёх лет» (seed 001, L198)', () => {
  const s = [
    { year: 2021, value: 60 },
    { year: 2022, value: 58 },
    { year: 2023, value: 65 },
  ];

  it('consecutive: every year better than the last — no (2022 fell)', () => {
    const r = valueOf(positiveDynamics(s, { scale: higher, mode: 'consecutive' }));
    expect(r.positive).toBe(false);
    expect(r.changes).toHaveLength(2);
  });

  it('end to end: 2023 better than 2021 — yes', () => {
    const r = valueOf(positiveDynamics(s, { scale: higher, mode: 'end_to_end' }));
    expect(r).toMatchObject({ positive: true, fromYear: 2021, toYear: 2023, mode: 'end_to_end' });
  });

  it('a missing year in the window is "missing", not "no"', () => {
    const gap = [{ year: 2021, value: 60 }, { year: 2022, value: null }, { year: 2023, value: 65 }];
    expect(positiveDynamics(gap, { scale: higher })).toEqual({ status: 'missing', missing: ['2022'] });
    // end to end needs only the two ends
    expect(valueOf(positiveDynamics(gap, { scale: higher, mode: 'end_to_end' })).positive).toBe(true);
  });

  it('rejects a one-year window', () => {
    expect(() => positiveDynamics(s, { scale: higher, years: 1 })).toThrowError(/INVALID_OPTION/);
  });
});

describe('detectInstability (seed 004, L100)', () => {
  it('failure 4 % → 12 % → 3 %: the direction reversed and the value swung 4 times', () => {
    const r = valueOf(detectInstability([{ year: 2019, value: 4 }, { year: 2020, value: 12 }, { year: 2021, value: 3 }], { scale: lower }));
    expect(r).toEqual({ unstable: true, reversals: 1, maxRatio: '4', throughZero: false, reversalYears: [2021] });
  });

  it('a steady fall is not unstable, however large', () => {
    const r = valueOf(detectInstability([{ year: 2019, value: 20 }, { year: 2020, value: 8 }, { year: 2021, value: 2 }], { scale: lower }));
    expect(r.unstable).toBe(false);
    expect(r.reversals).toBe(0);
  });

  it('small wobbles are not «в несколько раз»', () => {
    const r = valueOf(detectInstability([{ year: 2019, value: 10 }, { year: 2020, value: 11 }, { year: 2021, value: 10 }], { scale: lower }));
    expect(r).toMatchObject({ unstable: false, reversals: 1, maxRatio: '1.1' });
  });

  it('through zero counts as an unbounded swing', () => {
    const r = valueOf(detectInstability([{ year: 2019, value: 0 }, { year: 2020, value: 5 }, { year: 2021, value: 0 }], { scale: lower }));
    expect(r).toMatchObject({ unstable: true, throughZero: true, maxRatio: null });
  });

  it('needs three years', () => {
    expect(detectInstability([{ year: 2019, value: 4 }, { year: 2020, value: 12 }], { scale: lower }).status).toBe('not_applicable');
  });
});

describe('rankByImprovement: «максимальное и стабильное улучшение» (seed 004, L2700)', () => {
  const schools = [
    { id: 'A', points: [{ year: 2021, value: 50 }, { year: 2022, value: 70 }, { year: 2023, value: 60 }] }, // +10, one fall
    { id: 'B', points: [{ year: 2021, value: 50 }, { year: 2022, value: 55 }, { year: 2023, value: 58 }] }, // +8, stable
    { id: 'C', points: [{ year: 2021, value: 40 }, { year: 2022, value: 44 }, { year: 2023, value: 48 }] }, // +8, stable
    { id: 'D', points: [{ year: 2021, value: 40 }, { year: 2023, value: 60 }] }, // 2022 missing
  ];

  it('stability first: the stable schools lead, tied ones share a rank', () => {
    const rows = rankByImprovement(schools, { scale: higher, fromYear: 2021, toYear: 2023 });
    expect(rows.map((r) => [r.id, r.rank, r.improvement, r.deteriorations])).toEqual([
      ['B', 1, '8', 0],
      ['C', 1, '8', 0],
      ['A', 3, '10', 1],
      ['D', null, null, null],
    ]);
    expect(rows[3]!.missingYears).toEqual([2022]);
  });

  it('improvement first: the largest improvement leads', () => {
    const rows = rankByImprovement(schools, { scale: higher, fromYear: 2021, toYear: 2023, order: ['improvement', 'stability'] });
    expect(rows.map((r) => r.id)).toEqual(['A', 'B', 'C', 'D']);
  });

  it('for a lower-is-better measure a fall is an improvement', () => {
    const rows = rankByImprovement(
      [{ id: 'X', points: [{ year: 2021, value: 30 }, { year: 2022, value: 20 }] }],
      { scale: lower, fromYear: 2021, toYear: 2022 },
    );
    expect(rows[0]).toMatchObject({ improvement: '10', stable: true, rank: 1 });
  });
});

describe('gapTrend: «сокращение разрыва»', () => {
  it('the gap to the region narrowed from −10 to −4 score points', () => {
    const t = gapTrend(
      [{ year: 2021, value: 40 }, { year: 2022, value: 44 }, { year: 2023, value: 47 }],
      [{ year: 2021, value: 50 }, { year: 2022, value: null }, { year: 2023, value: 51 }],
      { scale: { scale: 'score', better: 'higher' } },
    );
    expect(t.gaps[1]!.gap).toEqual({ status: 'missing', missing: ['reference'] });
    expect(valueOf(t.movement)).toEqual({ fromYear: 2021, toYear: 2023, from: '-10', to: '-4', movement: 'narrowed', standing: ['worse', 'worse'] });
  });
});

describe('transitions', () => {
  const severity = ['сильно низкие', 'умеренно низкие', 'не низкие'];

  it('«сильно низкие» → «умеренно низкие» is one step up', () => {
    expect(valueOf(ordinalTransition(severity, 'сильно низкие', 'умеренно низкие'))).toEqual({ direction: 'up', steps: 1 });
    expect(valueOf(ordinalTransition(severity, 'не низкие', 'сильно низкие'))).toEqual({ direction: 'down', steps: -2 });
    expect(ordinalTransition(severity, null, 'не низкие').status).toBe('missing');
    expect(() => ordinalTransition(severity, 'средние', 'не низкие')).toThrowError(/UNKNOWN_LEVEL/);
  });

  it('entering and leaving a list', () => {
    expect(valueOf(listTransition(false, true))).toBe('entered');
    expect(valueOf(listTransition(true, false))).toBe('left');
    expect(valueOf(listTransition(true, true))).toBe('stayed_in');
    expect(valueOf(listTransition(false, false))).toBe('stayed_out');
    expect(listTransition(undefined, false)).toEqual({ status: 'missing', missing: ['before'] });
  });

  it('confirmed improvement needs both the improvement and the objectivity', () => {
    const up = change(50, 60, { scale: higher });
    const down = change(60, 50, { scale: higher });
    expect(confirmedImprovement(up, true)).toEqual({ status: 'value', value: true });
    expect(confirmedImprovement(up, false)).toEqual({ status: 'value', value: false });
    expect(confirmedImprovement(up, null)).toEqual({ status: 'missing', missing: ['objectivityConfirmed'] });
    expect(confirmedImprovement(down, null)).toEqual({ status: 'value', value: false });
    expect(confirmedImprovement(change(null, 60, { scale: higher }), null)).toEqual({ status: 'missing', missing: ['from', 'objectivityConfirmed'] });
  });
});
