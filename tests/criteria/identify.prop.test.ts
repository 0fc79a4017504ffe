import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Dataset, type Methodology, identify, seed002Methodology } from '../../src/index.js';
import { dataset, verdict } from './helpers.js';

const threshold30: Methodology = {
  id: 'p',
  name: { ru: 'p' },
  territories: ['mo'],
  validFrom: '2020-01-01',
  categories: [
    {
      kind: 'flag',
      id: 'low',
      name: { ru: 'низкие' },
      rule: { kind: 'threshold', measure: { kind: 'result', procedures: ['vpr', 'oge'], subjects: ['math', 'russian'], metric: 'belowMinimumShare' }, op: 'gte', value: 30 },
    },
  ],
};

const rowArb = (schools: readonly string[]) =>
  fc.record({
    school: fc.constantFrom(...schools),
    year: fc.constantFrom(2023, 2024),
    procedure: fc.constantFrom('vpr', 'oge', 'ege'),
    subject: fc.constantFrom('math', 'russian'),
    grade: fc.constantFrom(5, 6, 9, 11),
    n: fc.integer({ min: 1, max: 40 }),
    below: fc.nat(40),
  });

function build(rows: readonly { school: string; year: number; procedure: string; subject: string; grade: number; n: number; below: number }[], schools: readonly string[]): Dataset {
  const seen = new Set<string>();
  const results = [];
  for (const r of rows) {
    const k = `${r.school}|${r.year}|${r.procedure}|${r.subject}|${r.grade}`;
    if (seen.has(k)) continue;
    seen.add(k);
    results.push({ schoolId: r.school, year: r.year, procedure: r.procedure, subject: r.subject, grade: r.grade, participants: r.n, belowMinimum: Math.min(r.below, r.n) });
  }
  return dataset({ schools: [...schools], results });
}

const SCHOOLS = ['a', 'b', 'c', 'd', 'e'];
const verdicts = (m: Methodology, ds: Dataset, cat: string) => Object.fromEntries(SCHOOLS.map((s) => [s, verdict(identify(m, ds, 2024, { explain: false }), s, cat)]));

describe('identification properties', () => {
  it('a "≥" verdict never turns from true to false when a school\u2019s failure count only grows', () => {
    fc.assert(
      fc.property(fc.array(rowArb(SCHOOLS), { maxLength: 25 }), fc.nat(24), fc.integer({ min: 1, max: 10 }), (rows, pick, extra) => {
        if (rows.length === 0) return;
        const ds = build(rows, SCHOOLS);
        const results = ds.results ?? [];
        const i = pick % results.length;
        const target = results[i] as NonNullable<Dataset['results']>[number];
        const worse = { ...ds, results: results.map((r, j) => (j === i ? { ...r, belowMinimum: Math.min((r.participants ?? 0), (r.belowMinimum ?? 0) + extra) } : r)) };
        for (const m of [threshold30, seed002Methodology(), seed002Methodology({ vprGradesAreDistinctProcedures: true, ruleBSameSubject: true })]) {
          const cat = m.categories[0]?.id as string;
          const before = verdict(identify(m, ds, 2024, { explain: false }), target.schoolId, cat);
          const after = verdict(identify(m, worse, 2024, { explain: false }), target.schoolId, cat);
          if (before === true) expect(after).toBe(true);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('verdicts do not depend on the order of schools or of records', () => {
    fc.assert(
      fc.property(fc.array(rowArb(SCHOOLS), { maxLength: 25 }), fc.integer(), (rows, seed) => {
        const ds = build(rows, SCHOOLS);
        const shuffle = <T,>(xs: readonly T[]): T[] => {
          const out = [...xs];
          let s = seed;
          for (let i = out.length - 1; i > 0; i--) {
            s = (s * 1103515245 + 12345) | 0;
            const j = Math.abs(s) % (i + 1);
            [out[i], out[j]] = [out[j] as T, out[i] as T];
          }
          return out;
        };
        const shuffled = { ...ds, schools: shuffle(ds.schools), results: shuffle(ds.results ?? []) };
        for (const m of [threshold30, seed002Methodology()]) {
          const cat = m.categories[0]?.id as string;
          expect(verdicts(m, shuffled, cat)).toEqual(verdicts(m, ds, cat));
        }
      }),
      { numRuns: 100 },
    );
  });

  it('unknown never turns into false: a value made missing changes a verdict only to unknown', () => {
    fc.assert(
      fc.property(fc.array(rowArb(SCHOOLS), { maxLength: 25 }), fc.nat(24), (rows, pick) => {
        if (rows.length === 0) return;
        const ds = build(rows, SCHOOLS);
        const results = ds.results ?? [];
        const i = pick % results.length;
        const target = results[i] as NonNullable<Dataset['results']>[number];
        const { belowMinimum: _drop, ...rest } = target;
        const less = { ...ds, results: results.map((r, j) => (j === i ? rest : r)) };
        for (const m of [threshold30, seed002Methodology(), seed002Methodology({ vprGradesAreDistinctProcedures: true })]) {
          const cat = m.categories[0]?.id as string;
          const before = verdict(identify(m, ds, 2024, { explain: false }), target.schoolId, cat);
          const after = verdict(identify(m, less, 2024, { explain: false }), target.schoolId, cat);
          if (after !== before) expect(after).toBe('missing');
        }
      }),
      { numRuns: 150 },
    );
  });

  it('a school with no results is unknown, never "no"', () => {
    const ds = build([{ school: 'a', year: 2024, procedure: 'vpr', subject: 'math', grade: 5, n: 20, below: 1 }], SCHOOLS);
    for (const m of [threshold30, seed002Methodology()]) {
      const r = identify(m, ds, 2024);
      for (const s of ['b', 'c', 'd', 'e']) expect(verdict(r, s, m.categories[0]?.id as string)).toBe('missing');
    }
  });
});
