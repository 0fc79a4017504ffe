import { describe, expect, it } from 'vitest';
import { type Measure, type Rule, changeSince, identify, parseMethodology, weightedSum } from '../../src/index.js';
import { dataset, row, verdict } from './helpers.js';

const m = (rule: Rule) => parseMethodology({ id: 'm', name: { ru: 'м' }, territories: ['mo'], validFrom: '2020-01-01', categories: [{ kind: 'flag', id: 'c', name: { ru: 'категория' }, rule }] });
const below: Measure = { kind: 'result', procedures: ['vpr'], subjects: ['math'], metric: 'belowMinimumShare' };

describe('arithmetic on measures', () => {
  // A: 20 % in 2023 → 35 % in 2024; B: 40 % → 30 %
  const ds = dataset({ schools: ['A', 'B'], results: [row('A', 2023, 'vpr', 'math', 5, 4, 20), row('A', 2024, 'vpr', 'math', 5, 7, 20), row('B', 2023, 'vpr', 'math', 5, 8, 20), row('B', 2024, 'vpr', 'math', 5, 6, 20)] });

  it('the change between years in п.п. and in relative %, with the years named', () => {
    const pp = identify(m({ kind: 'threshold', measure: changeSince(below as never, 1, 'pp'), op: 'gte', value: 10 }), ds, 2024);
    expect(verdict(pp, 'A', 'c')).toBe(true); // +15 п.п.
    expect(verdict(pp, 'B', 'c')).toBe(false); // −10 п.п.
    expect(pp.schools[0]?.categories[0]?.explanation?.ru).toContain('изменение показателя «доля участников ниже минимального порога (ВПР; математика)» с 2023 по 2024 г., п.п. = 15 ≥ 10 — выполнено');
    const rel = identify(m({ kind: 'threshold', measure: changeSince(below as never, 1, 'relative'), op: 'lte', value: -25 }), ds, 2024);
    expect(verdict(rel, 'B', 'c')).toBe(true); // (30 − 40) / 40 = −25 %
    expect(verdict(rel, 'A', 'c')).toBe(false);
  });

  it('a difference and a ratio of two measures', () => {
    const count: Measure = { kind: 'result', procedures: ['vpr'], subjects: ['math'], metric: 'belowMinimumCount' };
    const n: Measure = { kind: 'result', procedures: ['vpr'], subjects: ['math'], metric: 'participants' };
    const ratio = identify(m({ kind: 'threshold', measure: { kind: 'ratio', of: [count as never, n as never], percent: true }, op: 'eq', value: 35 }), ds, 2024);
    expect(verdict(ratio, 'A', 'c')).toBe(true);
    const diff = identify(m({ kind: 'threshold', measure: { kind: 'difference', of: [n as never, count as never] }, op: 'eq', value: 13 }), ds, 2024);
    expect(verdict(diff, 'A', 'c')).toBe(true); // 20 − 7
  });

  it('a weighted sum decided with an unknown term names it; undecidable stays unknown', () => {
    // the 2022 share is missing (0–100 %): 1 × 35 + 1 × [0; 100] ≥ 30 holds whatever it is
    const sum = weightedSum([{ measure: below as never, weight: 1 }, { measure: { kind: 'result', procedures: ['oge'], subjects: ['math'], metric: 'belowMinimumShare' }, weight: 1 }]);
    const r = identify(m({ kind: 'threshold', measure: sum, op: 'gte', value: 30 }), ds, 2024);
    expect(verdict(r, 'A', 'c')).toBe(true);
    expect(verdict(r, 'B', 'c')).toBe(true);
    expect(r.schools[0]?.categories[0]?.explanation?.ru).toContain('при любых значениях неизвестных слагаемых — от 35 до 135');
    const r2 = identify(m({ kind: 'threshold', measure: sum, op: 'gte', value: 50 }), ds, 2024);
    expect(verdict(r2, 'A', 'c')).toBe('missing');
  });
});

describe('a threshold taken from another category\'s selection', () => {
  it('schools scoring no higher than the highest score among those already selected', () => {
    const score = { kind: 'declared', fact: 'score' } as const;
    const mm = parseMethodology({
      id: 'm', name: { ru: 'м' }, territories: ['mo'], validFrom: '2020-01-01',
      categories: [
        { kind: 'flag', id: 'first', name: { ru: 'Первый отбор' }, rule: { kind: 'rank', measure: score, better: 'higher', position: 'bottom', percent: 25, pool: { scope: 'municipality' }, rounding: 'floor', ties: 'exclude', minPoolSize: 1 } },
        { kind: 'flag', id: 'second', name: { ru: 'Второй отбор' }, rule: { kind: 'threshold', measure: { kind: 'difference', of: [score, { kind: 'selectionBound', category: 'first', measure: score, which: 'max', pool: { scope: 'municipality' } }] }, op: 'lte', value: 0 } },
      ],
    });
    const ids = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H'];
    const scores = [10, 12, 12, 15, 20, 25, 30, 35];
    const ds = { ...dataset({ schools: ids }), declaredFacts: [{ id: 'score', kind: 'number' as const, name: { ru: 'балл' } }], factValues: ids.map((s, i) => ({ schoolId: s, year: 2024, fact: 'score', value: scores[i] as number })) };
    const r = identify(mm, ds as never, 2024);
    // floor(25 % × 8) = 2, ties excluded: A (10) only, since B and C tie at 12 for the second place
    expect(ids.map((s) => verdict(r, s, 'first'))).toEqual([true, false, false, false, false, false, false, false]);
    // the bound is A's 10: only A is at or below it
    expect(ids.map((s) => verdict(r, s, 'second'))).toEqual([true, false, false, false, false, false, false, false]);
    expect(r.schools[1]?.categories[1]?.explanation?.ru).toContain('наибольшее значение показателя «балл» среди школ перечня «Первый отбор»');
  });
});

describe('task-level results', () => {
  it('the share of basic-level tasks done, participant-weighted over rows', () => {
    const ds = dataset({
      schools: ['A', 'B'],
      results: [
        { schoolId: 'A', year: 2024, procedure: 'vpr', subject: 'math', grade: 5, participants: 30, basicTasksDone: 40 },
        { schoolId: 'A', year: 2024, procedure: 'vpr', subject: 'math', grade: 6, participants: 10, basicTasksDone: 80 },
        { schoolId: 'B', year: 2024, procedure: 'vpr', subject: 'math', grade: 5, participants: 20 },
      ],
    });
    const r = identify(m({ kind: 'threshold', measure: { kind: 'result', procedures: ['vpr'], subjects: ['math'], metric: 'basicTasksShare' }, op: 'lt', value: 50 }), ds, 2024);
    // (30 × 40 + 10 × 80) / 40 = 50 → not below 50
    expect(verdict(r, 'A', 'c')).toBe(false);
    expect(r.schools[0]?.categories[0]?.explanation?.ru).toContain('доля выполненных заданий базового уровня (ВПР; математика) = 50 % < 50 % — не выполнено');
    expect(verdict(r, 'B', 'c')).toBe('missing');
    expect(r.schools[1]?.categories[0]?.explanation?.ru).toContain('ВПР, 5 класс, математика: выполнение заданий базового уровня (2024 г.)');
  });
});
