import { describe, expect, it } from 'vitest';
import { type Methodology, type Rule, identify } from '../../src/index.js';
import { dataset, row, verdict } from './helpers.js';

// The results quantifier counts "units" (a procedure, or a procedure with its grade and subject)
// per school. These cases check the counting where a school has many units, where schools with
// different units follow each other, and what the trace lists.

const SUBJECTS = Array.from({ length: 70 }, (_, i) => `subject_${i}`);
// subjects beyond the catalogue are declared by the dataset, as any real one must
const declaredSubjects = SUBJECTS.map((id) => ({ id, name: { ru: `предмет ${id.slice(8)}` } }));

const quantifier = (require: Extract<Rule, { kind: 'results' }>['require'], unit: 'procedure' | 'procedure+grade+subject'): Rule => ({
  kind: 'results',
  select: { procedures: ['vpr'], subjects: SUBJECTS, unit },
  metric: 'belowMinimumShare',
  op: 'gte',
  value: 50,
  require,
});

const methodology = (rules: Record<string, Rule>): Methodology => ({
  id: 'units',
  name: { ru: 'Единицы квантора' },
  territories: ['mo'],
  validFrom: '2020-01-01',
  categories: Object.entries(rules).map(([id, rule]) => ({ kind: 'flag' as const, id, name: { ru: id }, rule })),
});

describe('results quantifier: many units, schools one after another', () => {
  // school A: 70 subjects of grade 5 in 2024, each with 1 of 2 below the minimum (50 %: holds);
  // school B: 3 subjects, 2 failing; school C: the same subject failing in 2023 and 2024;
  // school D: one subject failing in 2023, another in 2024.
  const ds = dataset({
    declaredSubjects,
    schools: ['A', 'B', 'C', 'D'],
    results: [
      ...SUBJECTS.map((s) => row('A', 2024, 'vpr', s, 5, 1, 2)),
      row('B', 2024, 'vpr', 'subject_0', 5, 1, 2),
      row('B', 2024, 'vpr', 'subject_1', 5, 2, 2),
      row('B', 2024, 'vpr', 'subject_2', 5, 0, 2),
      row('C', 2023, 'vpr', 'subject_5', 6, 1, 2),
      row('C', 2024, 'vpr', 'subject_5', 6, 1, 2),
      row('D', 2023, 'vpr', 'subject_5', 6, 1, 2),
      row('D', 2024, 'vpr', 'subject_6', 6, 1, 2),
      row('D', 2024, 'vpr', 'subject_5', 6, 0, 2),
    ],
  });
  const m = methodology({
    all70: quantifier({ mode: 'distinct', atLeast: 70, years: 1 }, 'procedure+grade+subject'),
    over70: quantifier({ mode: 'distinct', atLeast: 71, years: 1 }, 'procedure+grade+subject'),
    two: quantifier({ mode: 'distinct', atLeast: 2, years: 1 }, 'procedure+grade+subject'),
    sameTwoYears: quantifier({ mode: 'persistent', years: 2 }, 'procedure+grade+subject'),
    anyTwoYears: quantifier({ mode: 'persistent', years: 2 }, 'procedure'),
  });
  const r = identify(m, ds, 2024);

  it('counts 70 distinct units of one school (more than the evaluator first makes room for)', () => {
    expect(verdict(r, 'A', 'all70')).toBe(true);
    expect(verdict(r, 'A', 'over70')).toBe(false);
  });

  it('starts every school afresh: B counts its own 2 failing units, not A\u2019s', () => {
    expect(verdict(r, 'B', 'two')).toBe(true);
    expect(verdict(r, 'B', 'all70')).toBe(false);
    const trace = r.schools.find((s) => s.schoolId === 'B')?.categories.find((c) => c.categoryId === 'two')?.trace;
    expect(trace?.values).toMatchObject({ perYear: [{ year: 2024, yes: 2, unknown: 0 }] });
    expect(trace?.values?.found).toEqual([
      { year: 2024, procedure: 'vpr', grade: 5, subject: 'subject_0', count: 1, total: 2, subjectName: { ru: 'предмет 0' } },
      { year: 2024, procedure: 'vpr', grade: 5, subject: 'subject_1', count: 2, total: 2, subjectName: { ru: 'предмет 1' } },
    ]);
    // the hits are data only: no strings beside them to parse back
    expect(trace?.values).not.toHaveProperty('hits');
  });

  it('«в одной процедуре два года подряд»: the same unit both years (C), not two different ones (D)', () => {
    expect(verdict(r, 'C', 'sameTwoYears')).toBe(true);
    expect(verdict(r, 'D', 'sameTwoYears')).toBe(false);
    // with the whole ВПР as the unit, D fails in ВПР both years
    expect(verdict(r, 'D', 'anyTwoYears')).toBe(true);
    const trace = r.schools.find((s) => s.schoolId === 'D')?.categories.find((c) => c.categoryId === 'sameTwoYears')?.trace;
    expect(trace?.values?.units).toEqual(['vpr-6:subject_5', 'vpr-6:subject_6']);
  });

  it('gives the same verdicts whichever order the schools come in', () => {
    const reversed = identify(m, { ...ds, schools: [...ds.schools].reverse() }, 2024);
    for (const id of ['A', 'B', 'C', 'D']) for (const c of ['all70', 'over70', 'two', 'sameTwoYears', 'anyTwoYears']) expect(verdict(reversed, id, c)).toBe(verdict(r, id, c));
  });
});
