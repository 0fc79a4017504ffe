/**
 * The evaluator of statuses only (a program year's earlier years, issue #14) names no missing input:
 * its lists are one shared placeholder where a list would not be empty. For any rules over any data
 * its statuses must be those of the verdicts of a full identification, in four values: a value,
 * missing, not applicable. Random rule trees over facts that hold, fail, are absent or undeclared,
 * and result rows with a share, without a count, with no participants, or absent — combined with
 * `all` / `any` / `atLeast` / `not` / `persist`, with the `ifMissing` policies, over three years.
 * The results are read as objects and as packed columns (`prepareColumns`: the quantifier's loop over
 * row numbers), whose identification with traces and explanations must equal the one over objects.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Rule, identify, packResults, parseMethodology, prepareColumns, prepareDataset } from '../../src/index.js';
import { openIdentification, statusesOfYear } from '../../src/criteria/identify.js';
import { dataset } from './helpers.js';

const YEARS = [2022, 2023, 2024] as const;
const SCHOOLS = ['a', 'b', 'c', 'd'];

type Fact = 'yes' | 'no' | 'absent';
type Row = 'high' | 'low' | 'noCount' | 'noParticipants' | 'marksOnly' | 'marksNoParticipants' | 'absent';

const leaf: fc.Arbitrary<Rule> = fc.oneof(
  fc.integer({ min: 0, max: 2 }).map((i): Rule => ({ kind: 'status', fact: `f${i}`, in: [true] })),
  fc.constant<Rule>({ kind: 'status', fact: 'undeclared', in: [true] }),
  fc.record({ atLeast: fc.integer({ min: 1, max: 2 }), years: fc.integer({ min: 1, max: 3 }), persistent: fc.boolean() }).map(
    ({ atLeast, years, persistent }): Rule => ({
      kind: 'results',
      select: { procedures: ['vpr', 'oge'], subjects: ['math'], unit: 'procedure' },
      metric: 'belowMinimumShare',
      op: 'gte',
      value: 30,
      require: persistent ? { mode: 'persistent', years } : { mode: 'distinct', atLeast, years },
    }),
  ),
);

const withPolicy = (r: fc.Arbitrary<Rule>): fc.Arbitrary<Rule> => fc.tuple(r, fc.constantFrom(undefined, 'unknown' as const, 'holds' as const, 'fails' as const)).map(([x, p]) => (p === undefined ? x : ({ ...x, ifMissing: p } as Rule)));

const rule: fc.Arbitrary<Rule> = fc.letrec<{ rule: Rule }>((tie) => ({
  rule: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    withPolicy(leaf),
    withPolicy(fc.tuple(fc.constantFrom('all' as const, 'any' as const), fc.array(tie('rule'), { minLength: 1, maxLength: 3 })).map(([kind, rules]): Rule => ({ kind, rules }))),
    fc.tuple(fc.integer({ min: 1, max: 3 }), fc.array(tie('rule'), { minLength: 1, maxLength: 3 })).map(([k, rules]): Rule => ({ kind: 'atLeast', k: Math.min(k, rules.length), rules })),
    tie('rule').map((r): Rule => ({ kind: 'not', rule: r })),
    fc.tuple(tie('rule'), fc.integer({ min: 1, max: 3 })).map(([r, years]): Rule => ({ kind: 'persist', rule: r, atLeast: Math.max(1, years - 1), years })),
  ),
})).rule;

const data = fc.record({
  facts: fc.array(fc.constantFrom<Fact>('yes', 'no', 'absent'), { minLength: SCHOOLS.length * YEARS.length * 3, maxLength: SCHOOLS.length * YEARS.length * 3 }),
  rows: fc.array(fc.constantFrom<Row>('high', 'low', 'noCount', 'noParticipants', 'marksOnly', 'marksNoParticipants', 'absent'), { minLength: SCHOOLS.length * YEARS.length * 2, maxLength: SCHOOLS.length * YEARS.length * 2 }),
});

describe('statuses only, for any rules over any data', () => {
  it('are the statuses of a full identification of each year', () => {
    fc.assert(
      fc.property(fc.array(rule, { minLength: 1, maxLength: 3 }), data, (rules, d) => {
        const m = parseMethodology({ id: 'p', name: { ru: 'p' }, territories: ['mo'], validFrom: '2020-01-01', categories: rules.map((r, i) => ({ kind: 'flag', id: `c${i}`, name: { ru: `категория ${i + 1}` }, rule: r })) });
        let q = 0;
        let w = 0;
        const objects = dataset({
            schools: SCHOOLS,
            declaredFacts: [0, 1, 2].map((i) => ({ id: `f${i}`, kind: 'boolean', name: { ru: `условие ${i + 1}` } })),
            factValues: SCHOOLS.flatMap((s) => YEARS.flatMap((y) => [0, 1, 2].flatMap((i) => {
              const f = d.facts[q++] as Fact;
              return f === 'absent' ? [] : [{ schoolId: s, year: y, fact: `f${i}`, value: f === 'yes' }];
            }))),
            results: SCHOOLS.flatMap((s) => YEARS.flatMap((y) => (['vpr', 'oge'] as const).flatMap((procedure): Record<string, unknown>[] => {
              const r = d.rows[w++] as Row;
              const base = { schoolId: s, year: y, procedure, subject: 'math', grade: procedure === 'vpr' ? 5 : 9 };
              if (r === 'absent') return [];
              if (r === 'noCount') return [{ ...base, participants: 20 }];
              if (r === 'noParticipants') return [{ ...base, participants: 0, belowMinimum: 0 }];
              // marks without a count: a marked procedure's «2» is the count; without participants, the marks summed
              if (r === 'marksOnly') return [{ ...base, participants: 20, marks: { '2': 7, '3': 8, '4': 4, '5': 1 } }];
              if (r === 'marksNoParticipants') return [{ ...base, marks: { '2': 1, '3': 8, '4': 4, '5': 1 } }];
              return [{ ...base, participants: 20, belowMinimum: r === 'high' ? 10 : 1 }];
            }))),
          });
        const ds = prepareDataset(objects);
        const columns = prepareColumns({ ...objects, results: [] }, packResults(objects.results ?? []));
        expect(JSON.stringify(identify(m, columns, 2024))).toBe(JSON.stringify(identify(m, ds, 2024)));
        const session = openIdentification(m, ds, 2024);
        const packedSession = openIdentification(m, columns, 2024);
        // latest first, as a program year reads them
        for (const y of [...YEARS].reverse()) {
          const fast = statusesOfYear(session, y);
          const full = identify(m, ds, y, { trace: false, explain: false });
          expect(statusesOfYear(packedSession, y)).toEqual(fast);
          for (const c of fast.categories) {
            const got = Array.from(c.codes, (code) => c.values[code]);
            const want = full.schools.map((s) => {
              const o = s.categories.find((x) => x.categoryId === c.categoryId)?.outcome;
              return o === undefined ? undefined : o.status === 'value' ? o.value : o.status;
            });
            expect(got).toEqual(want);
          }
        }
      }),
      { numRuns: 250 },
    );
  }, 120_000);
});
