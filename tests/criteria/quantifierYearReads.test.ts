/**
 * Over packed columns the results quantifier reads a school's year once for the next quantifier
 * with the same selection and condition (seed 002's rules A and B read the same rows of the same
 * year). Quantifiers that differ in anything that changes a row's judgement — the condition, the
 * metric, the selection, the unit — must not take each other's reading, and statuses, traces and
 * missing inputs must be those of the rows as objects (read row by row, nothing kept), whichever
 * order the rules come in.
 */
import { describe, expect, it } from 'vitest';
import { type Dataset, type Methodology, type Rule, identify, openIdentification, packResults, prepareColumns, prepareDataset } from '../../src/index.js';
import { dataset, row } from './helpers.js';

type Q = Extract<Rule, { kind: 'results' }>;
const SELECT = { procedures: ['vpr', 'oge'], subjects: ['math', 'russian'], unit: 'procedure' as const };
const q = (over: Partial<Q>): Q => ({ kind: 'results', select: SELECT, metric: 'belowMinimumShare', op: 'gte', value: 30, require: { mode: 'distinct', atLeast: 2, years: 1 }, ...over });

const RULES: Record<string, Q> = {
  A: q({}),
  B: q({ require: { mode: 'persistent', years: 2 } }),
  // the same selection, another threshold: the same rows judged otherwise
  C: q({ value: 50 }),
  D: q({ op: 'lt', value: 30, require: { mode: 'persistent', years: 3 } }),
  // another unit: the same rows counted otherwise
  E: q({ select: { ...SELECT, unit: 'procedure+grade+subject' }, require: { mode: 'persistent', years: 2 } }),
  // another selection and another metric
  F: q({ select: { ...SELECT, subjects: ['math'] } }),
  G: q({ metric: 'meanScore', op: 'lte', value: 3.2, require: { mode: 'distinct', atLeast: 1, years: 2 } }),
};

/** One category of the rules in the order given (every child traced), and each rule alone. */
function methodology(order: readonly string[]): Methodology {
  return {
    id: 'reads',
    name: { ru: 'Чтения года' },
    territories: ['mo'],
    validFrom: '2020-01-01',
    categories: [
      { kind: 'flag', id: 'any', name: { ru: 'любое' }, rule: { kind: 'any', rules: order.map((id) => RULES[id] as Q) } },
      ...order.map((id) => ({ kind: 'flag' as const, id, name: { ru: id }, rule: RULES[id] as Q })),
    ],
  };
}

/** Schools whose rows make the rules disagree: failing at 40 % (C no, A yes), a row without its count, a mean of its own. */
function data(): Dataset {
  const results: Record<string, unknown>[] = [];
  const schools = ['s1', 's2', 's3', 's4', 's5', 's6', 's7', 's8'];
  schools.forEach((id, k) => {
    for (const year of [2022, 2023, 2024]) {
      const share = [0.4, 0.6, 0.1, 0.35, 0.2, 0.55][(k + year) % 6] as number;
      results.push({ ...row(id, year, 'vpr', 'math', 5, Math.round(20 * share), 20), mean: 3 + share });
      results.push({ ...row(id, year, 'vpr', 'russian', 6, Math.round(20 * (0.5 - share / 2)), 20), mean: 3.5 });
      const oge = [0.4, 0.6, 0.1, 0.35, 0.2, 0.55][(k + year + 2) % 6] as number;
      results.push({ ...row(id, year, 'oge', 'math', 9, Math.round(10 * oge), 10), mean: 3.1 });
      if (k === 3 && year === 2024) results.push({ schoolId: id, year, procedure: 'oge', subject: 'russian', grade: 9, participants: 12 });
    }
  });
  // a school whose ОГЭ row lacks its count: one procedure fails, the other cannot be judged
  for (const year of [2022, 2023, 2024]) {
    results.push({ ...row('sx', year, 'vpr', 'math', 5, 10, 20), mean: 3 });
    results.push({ schoolId: 'sx', year, procedure: 'oge', subject: 'russian', grade: 9, participants: 12 });
  }
  return dataset({ schools: [...schools, 'sx'], results });
}

describe('the quantifier reads a school’s year once for rules that read it alike', () => {
  const d = data();
  const packed = prepareColumns({ ...d, results: [] }, packResults(d.results ?? []));
  const objects = prepareDataset(d);
  const orders = [Object.keys(RULES), [...Object.keys(RULES)].reverse(), ['C', 'A', 'E', 'B', 'G', 'D', 'F']];

  for (const order of orders) {
    it(`gives the verdicts, traces and missing inputs of rows as objects, rules ${order.join('')}`, () => {
      const m = methodology(order);
      for (const year of [2023, 2024]) {
        const want = identify(m, objects, year, { explain: false });
        expect(identify(m, packed, year, { explain: false })).toEqual(want);
        expect(openIdentification(m, packed, year).all({ trace: false, explain: false })).toEqual(identify(m, objects, year, { trace: false, explain: false }));
      }
    });
  }

  it('does not take a reading made without traces for a traced one (nor the other way)', () => {
    // one rule: the reading the last school left is the one the next evaluation looks for
    const m = methodology(['A']);
    const want = (id: string, trace: boolean) => openIdentification(m, objects, 2024).school(id, { trace, explain: false });
    const session = openIdentification(m, packed, 2024);
    for (const id of ['s2', 'sx', 's5']) {
      expect(session.school(id, { trace: false, explain: false })).toEqual(want(id, false));
      expect(session.school(id, { trace: true, explain: false })).toEqual(want(id, true));
      expect(session.school(id, { trace: false, explain: false })).toEqual(want(id, false));
    }
  });

  it('the rules do disagree on these schools (else the test would prove nothing)', () => {
    const r = identify(methodology(Object.keys(RULES)), objects, 2024, { explain: false });
    for (const [a, b] of [['A', 'C'], ['A', 'F'], ['B', 'E'], ['A', 'G'], ['B', 'D']] as const) {
      const va = r.lists[a]?.yes.join();
      const vb = r.lists[b]?.yes.join();
      expect(va, `${a} vs ${b}`).not.toBe(vb);
    }
    // and a row without its count leaves some verdict missing, with the inputs named
    expect(Object.values(r.lists).some((l) => l.missing.length > 0)).toBe(true);
  });
});
