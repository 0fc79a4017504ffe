/**
 * `cumulative` with an order measure (`orderBy`): the schools are ordered by one measure (a
 * poverty index, poorest first) and another is summed (their learners), as South Africa's national
 * poverty distribution table (NNSSF par. 111) cuts a province's quintiles. The cases are worked out
 * by hand; the property shows that a school whose order value is missing leaves a verdict open
 * exactly when its place could change it.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Dataset, type Identification, type Rule, RuleSchema, cumulativeShare, declaredFact, identify, parseMethodology } from '../../src/index.js';
import { ruleFileDataset, verdict } from './helpers.js';

const learners = declaredFact('learners');
const poverty = declaredFact('poverty');

function data(rows: Readonly<Record<string, { learners?: number | undefined; poverty?: number | undefined }>>): Dataset {
  return ruleFileDataset(
    {
      years: [2025],
      schools: Object.keys(rows),
      declaredFacts: [
        { id: 'learners', kind: 'number', unit: 'count', name: { ru: 'число обучающихся', en: 'number of learners' } },
        { id: 'poverty', kind: 'number', unit: 'points', name: { ru: 'индекс бедности', en: 'poverty index' } },
      ],
      factValues: Object.entries(rows).flatMap(([id, r]) => [
        ...(r.learners === undefined ? [] : [{ schoolId: id, year: 2025, fact: 'learners', value: r.learners }]),
        ...(r.poverty === undefined ? [] : [{ schoolId: id, year: 2025, fact: 'poverty', value: r.poverty }]),
      ]),
    },
    'cumulative-order',
    'порядок отбора',
  );
}

const methodologyOf = (rule: Rule) => parseMethodology({ id: 'm', name: { ru: 'm' }, territories: ['region'], validFrom: '2000-01-01', categories: [{ kind: 'flag', id: 'c', name: { ru: 'Квинтиль 1', en: 'Quintile 1' }, rule }] });
const run = (rule: Rule, ds: Dataset, opts?: { explain?: boolean; trace?: boolean }): Identification => identify(methodologyOf(rule), ds, 2025, opts);
const poorestFirst = (percent: number | string): Rule => cumulativeShare(learners, percent, { scope: 'municipality' }, { orderBy: { measure: poverty, first: 'highest' } });
const of = (r: Identification, id: string) => r.schools.find((s) => s.schoolId === id)?.categories[0];
const verdicts = (r: Identification): Record<string, unknown> => Object.fromEntries(r.schools.map((s) => [s.schoolId, verdict(r, s.schoolId, 'c')]));

// 1000 learners; P2 and P3 tie on the index (80)
const PLACED = { P1: { learners: 100, poverty: 90 }, P2: { learners: 300, poverty: 80 }, P3: { learners: 100, poverty: 80 }, P4: { learners: 400, poverty: 50 }, P5: { learners: 100, poverty: 20 } };
// the same and P6, 100 learners without an index: 1100 learners, P6's place unknown
const UNPLACED = { ...PLACED, P6: { learners: 100 } };

describe('cumulative share ordered by another measure', () => {
  it('the builder writes orderBy and stays backward compatible; the schema takes it and rejects a wrong end', () => {
    expect(cumulativeShare(learners, 50, { scope: 'municipality' })).toEqual({ kind: 'cumulative', measure: learners, percent: 50, pool: { scope: 'municipality' } });
    expect(cumulativeShare(learners, 50, { scope: 'municipality' }, { id: 'q1' })).toEqual({ kind: 'cumulative', measure: learners, percent: 50, pool: { scope: 'municipality' }, id: 'q1' });
    expect(RuleSchema.safeParse(poorestFirst('27.3')).success).toBe(true);
    expect(RuleSchema.safeParse({ ...poorestFirst(30), orderBy: { measure: poverty, first: 'poorest' } }).success).toBe(false);
  });

  it('poorest first: P1 (0 before it), then P2 and P3 tied at 80 (100 before them ≤ 300 of 1000), not P4 (500 before it) nor P5', () => {
    const r = run(poorestFirst(30), data(PLACED));
    expect(verdicts(r)).toEqual({ P1: true, P2: true, P3: true, P4: false, P5: false });
    expect(of(r, 'P2')?.explanation?.ru).toContain(
      'число обучающихся = 300; индекс бедности = 80; вместе со школами перед ней (по убыванию показателя «индекс бедности») — 400 из 1000 (40 %) по 5 школам среди школ той же территории; отбираются школы, пока их доля не превысит 30 % — входит',
    );
    expect(of(r, 'P2')?.explanation?.en).toContain('poverty index = 80; with the schools before it (by poverty index, highest first), 400 of 1000 (40 %) over 5 schools');
    // the trace shows the order value beside the count and the sums
    expect(of(r, 'P4')?.trace?.values).toEqual({ value: 400, total: 1000, poolSize: 5, cumulative: 900, order: 50 });
    expect(of(r, 'P4')?.trace?.params).toEqual({ percent: 30, pool: { scope: 'municipality' }, orderBy: { first: 'highest', what: { ru: 'индекс бедности', en: 'poverty index' } } });
  });

  it('lowest first takes the other end: P5 (0 before it) and P4 (100 ≤ 300)', () => {
    const r = run(cumulativeShare(learners, 30, { scope: 'municipality' }, { orderBy: { measure: poverty, first: 'lowest' } }), data(PLACED));
    expect(verdicts(r)).toEqual({ P1: false, P2: false, P3: false, P4: true, P5: true });
    expect(of(r, 'P4')?.explanation?.ru).toContain('(по возрастанию показателя «индекс бедности») — 500 из 1000 (50 %)');
  });

  it('without orderBy the order is the summed count, largest first (the rule as it was)', () => {
    const r = run(cumulativeShare(learners, 30, { scope: 'municipality' }), data(PLACED));
    expect(verdicts(r)).toEqual({ P1: false, P2: false, P3: false, P4: true, P5: false });
    expect(of(r, 'P4')?.explanation?.ru).toContain('число обучающихся = 400; вместе со школами, где больше, — 400 из 1000 (40 %) по 5 школам среди школ той же территории; отбираются школы, пока их доля не превысит 30 % — входит');
    expect(of(r, 'P4')?.trace?.values).toEqual({ value: 400, cumulative: 400, total: 1000, poolSize: 5 });
  });

  it('a school without a count is unknown and left out of the total, its order value known or not', () => {
    const r = run(poorestFirst(30), data({ ...PLACED, P7: { poverty: 99 } }));
    expect(verdicts(r)).toEqual({ P1: true, P2: true, P3: true, P4: false, P5: false, P7: 'missing' });
    expect(of(r, 'P7')?.outcome).toEqual({ status: 'missing', missing: ['P7: learners (2025)'] });
    expect(of(r, 'P7')?.missingInputs).toEqual([expect.objectContaining({ kind: 'declared', school: 'P7', fact: 'learners' })]);
  });

  it('a missing order value: P6 keeps its 100 learners in the total (1100) but may stand anywhere; at 30 % (330) every other verdict is decided either way', () => {
    const r = run(poorestFirst(30), data(UNPLACED));
    expect(verdicts(r)).toEqual({ P1: true, P2: true, P3: true, P4: false, P5: false, P6: 'missing' });
    expect(of(r, 'P6')?.outcome).toEqual({ status: 'missing', missing: ['P6: poverty (2025)'] });
    expect(of(r, 'P6')?.missingInputs).toEqual([expect.objectContaining({ kind: 'declared', school: 'P6', fact: 'poverty' })]);
    // P2, P3: 100 before them without P6, 200 with it — both ≤ 330: taken either way, with the range shown
    expect(of(r, 'P2')?.trace?.values).toMatchObject({ before: { lo: 100, hi: 200 }, unplaced: 1, absent: [expect.objectContaining({ kind: 'declared', school: 'P6', fact: 'poverty' })], order: 80 });
    expect(of(r, 'P2')?.explanation?.ru).toContain(
      'индекс бедности = 80; место ещё 1 школы (Школа P6) в порядке неизвестно (нет данных: «индекс бедности» (2025 г.)); школы перед ней (по убыванию показателя «индекс бедности») могут набрать от 100 до 200 из 1100 (от 9,09 до 18,18 %) по 6 школам среди школ той же территории; отбираются школы, пока их доля не превысит 30 % — входит',
    );
    expect(of(r, 'P6')?.explanation?.ru).toContain('число обучающихся = 100; место школы в порядке неизвестно (нет данных: «индекс бедности» (2025 г.)); школы перед ней (по убыванию показателя «индекс бедности») могут набрать от 0 до 1000 из 1100');
    expect(of(r, 'P6')?.explanation?.ru).toContain('— неизвестно, входит ли');
  });

  it('at 15 % (165) P6 could stand before P2 and P3 (200 before them: out) or after (100: in): they are unknown, with P6’s index named; P1 and P4 stay decided', () => {
    const r = run(poorestFirst(15), data(UNPLACED));
    expect(verdicts(r)).toEqual({ P1: true, P2: 'missing', P3: 'missing', P4: false, P5: false, P6: 'missing' });
    expect(of(r, 'P2')?.outcome).toEqual({ status: 'missing', missing: ['P6: poverty (2025)'] });
    expect(of(r, 'P2')?.missingInputs).toEqual([expect.objectContaining({ kind: 'declared', school: 'P6', fact: 'poverty' })]);
    expect(of(r, 'P2')?.trace?.outcome).toBe('missing');
    // either completion of P6's index agrees with the decided verdicts and splits the open ones
    const before = verdicts(run(poorestFirst(15), data({ ...UNPLACED, P6: { learners: 100, poverty: 95 } })));
    const after = verdicts(run(poorestFirst(15), data({ ...UNPLACED, P6: { learners: 100, poverty: 10 } })));
    expect(before).toMatchObject({ P1: true, P2: false, P3: false, P4: false, P5: false });
    expect(after).toMatchObject({ P1: true, P2: true, P3: true, P4: false, P5: false });
  });

  it('at 95 % (1045) the schools before any school hold at most 1000: all taken, P6 too, though its place is unknown', () => {
    const r = run(poorestFirst(95), data(UNPLACED));
    expect(verdicts(r)).toEqual({ P1: true, P2: true, P3: true, P4: true, P5: true, P6: true });
    expect(of(r, 'P6')?.outcome).toEqual({ status: 'value', value: true });
  });

  it('a school whose order value does not apply (no ЕГЭ at an ООШ) is out of the order: not applicable, and its count is left out of the total', () => {
    const ds = ruleFileDataset(
      {
        years: [2025],
        schools: ['S1', 'S2', { id: 'S3', type: 'ООШ' }],
        declaredFacts: [{ id: 'learners', kind: 'number', unit: 'count', name: { ru: 'число обучающихся' } }],
        factValues: [
          { schoolId: 'S1', year: 2025, fact: 'learners', value: 100 },
          { schoolId: 'S2', year: 2025, fact: 'learners', value: 300 },
          { schoolId: 'S3', year: 2025, fact: 'learners', value: 600 },
        ],
        results: [
          { schoolId: 'S1', year: 2025, procedure: 'ege', subject: 'math', grade: 11, participants: 20, mean: 40 },
          { schoolId: 'S2', year: 2025, procedure: 'ege', subject: 'math', grade: 11, participants: 20, mean: 70 },
        ],
      },
      'cumulative-order',
      'порядок отбора',
    );
    // lowest mean score first, 20 % of 400 (S3's 600 are not counted): S1 (0 before it) in, S2 (100 > 80) out
    const r = run(cumulativeShare(learners, 20, { scope: 'municipality' }, { orderBy: { measure: { kind: 'result', procedures: ['ege'], subjects: ['math'], metric: 'meanScore' }, first: 'lowest' } }), ds);
    expect(verdicts(r)).toEqual({ S1: true, S2: false, S3: 'not_applicable' });
    expect(of(r, 'S2')?.trace?.values).toMatchObject({ total: 400, poolSize: 2, cumulative: 400 });
  });

  it('a verdict is decided exactly when every place of the schools without an order value gives it', () => {
    const school = fc.record({ n: fc.integer({ min: 0, max: 30 }), o: fc.option(fc.integer({ min: 0, max: 3 }), { nil: undefined, freq: 3 }) });
    fc.assert(
      fc.property(fc.array(school, { minLength: 1, maxLength: 7 }), fc.integer({ min: 1, max: 99 }), fc.constantFrom('highest', 'lowest'), (rows, percent, first) => {
        const unknown = rows.map((x, i) => (x.o === undefined ? i : -1)).filter((i) => i >= 0);
        fc.pre(unknown.length <= 3);
        const rule = cumulativeShare(learners, percent, { scope: 'municipality' }, { orderBy: { measure: poverty, first } });
        const ds = (fill: readonly number[]) => data(Object.fromEntries(rows.map((x, i) => [`s${i}`, { learners: x.n, poverty: x.o ?? fill[unknown.indexOf(i)] }])));
        const partial = verdicts(run(rule, ds([]), { explain: false, trace: false }));
        // every completion: each unknown index before all (−1 or 4 by the end that comes first), tied with a known value, or after all
        const seen = rows.map(() => new Set<unknown>());
        const values = [-1, 1, 2, 4];
        for (let k = 0; k < values.length ** unknown.length; k++) {
          const fill = unknown.map((_, j) => values[Math.floor(k / values.length ** j) % values.length] as number);
          const full = verdicts(run(rule, ds(fill), { explain: false, trace: false }));
          rows.forEach((_, i) => seen[i]?.add(full[`s${i}`]));
        }
        rows.forEach((_, i) => {
          const p = partial[`s${i}`];
          // decided: every completion agrees; unknown: some completions disagree
          if (p === true || p === false) expect([...(seen[i] as Set<unknown>)]).toEqual([p]);
          else expect(seen[i]?.size).toBe(2);
        });
      }),
      { numRuns: 60 },
    );
  });
});
