import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Dataset, type Methodology, type Rule, identify, parseMethodology } from '../../src/index.js';
import { dataset, verdict } from './helpers.js';

const methodology = (rule: Rule): Methodology =>
  parseMethodology({ id: 'p', name: { ru: 'p' }, territories: ['mo'], validFrom: '2020-01-01', categories: [{ kind: 'flag', id: 'c', name: { ru: 'категория' }, rule }] });

/** A dataset of schools with declared facts: `values[school][fact]` (undefined: no value). */
function withFacts(values: readonly Readonly<Record<string, number | boolean | undefined>>[], facts: readonly { id: string; kind: 'number' | 'boolean'; unit?: 'percent' | 'count' }[], order?: readonly number[]): Dataset {
  const ids = values.map((_, i) => `s${i}`);
  const idx = order ?? ids.map((_, i) => i);
  const ds = dataset({ schools: idx.map((i) => ids[i] as string) });
  const factValues = idx.flatMap((i) =>
    Object.entries(values[i] as Record<string, number | boolean | undefined>)
      .filter(([, v]) => v !== undefined)
      .map(([fact, v]) => ({ schoolId: ids[i] as string, year: 2024, fact, value: v as number | boolean })),
  );
  return { ...ds, declaredFacts: facts.map((f) => ({ ...f, name: { ru: f.id } })), factValues } as Dataset;
}

const OPS = ['gte', 'gt', 'lte', 'lt', 'eq'] as const;

describe('rule constructs, for any data', () => {
  it('a scope never turns "not applicable" into "no", however the rule is wrapped', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ flag: fc.option(fc.boolean(), { nil: undefined }), x: fc.option(fc.integer({ min: 0, max: 100 }), { nil: undefined }) }), { minLength: 1, maxLength: 8 }),
        fc.constantFrom(...OPS),
        fc.integer({ min: 0, max: 100 }),
        fc.integer({ min: 0, max: 3 }),
        (rows, op, t, wrap) => {
          const inner: Rule = { kind: 'threshold', measure: { kind: 'declared', fact: 'x' }, op, value: t };
          const scoped: Rule = { kind: 'scope', when: { kind: 'status', fact: 'flag', in: [true] }, rule: inner, reason: { ru: 'вне сферы' } };
          const rule: Rule = wrap === 0 ? scoped : wrap === 1 ? { kind: 'not', rule: scoped } : wrap === 2 ? { kind: 'all', rules: [scoped] } : { kind: 'not', rule: { kind: 'any', rules: [scoped, { kind: 'not', rule: scoped }] } };
          const ds = withFacts(rows.map((r) => ({ flag: r.flag, x: r.x })), [{ id: 'flag', kind: 'boolean' }, { id: 'x', kind: 'number' }]);
          const r = identify(methodology(rule), ds, 2024, { explain: false, trace: false });
          rows.forEach((row, i) => {
            if (row.flag === false) expect(verdict(r, `s${i}`, 'c')).toBe('not_applicable');
          });
        },
      ),
      { numRuns: 150 },
    );
  });

  it('a weighted sum decided with unknown terms agrees with every completion of them', () => {
    const term = fc.record({ weight: fc.integer({ min: -5, max: 5 }), value: fc.option(fc.integer({ min: 0, max: 100 }), { nil: undefined }) });
    fc.assert(
      fc.property(fc.array(term, { minLength: 1, maxLength: 4 }), fc.constantFrom(...OPS), fc.integer({ min: -300, max: 300 }), fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 4, maxLength: 4 }), (terms, op, t, fill) => {
        const facts = terms.map((_, i) => ({ id: `f${i}`, kind: 'number' as const, unit: 'percent' as const }));
        const rule: Rule = { kind: 'threshold', measure: { kind: 'sum', terms: terms.map((x, i) => ({ measure: { kind: 'declared', fact: `f${i}` }, weight: x.weight })) }, op, value: t };
        const m = methodology(rule);
        const partial = verdict(identify(m, withFacts([Object.fromEntries(terms.map((x, i) => [`f${i}`, x.value]))], facts), 2024), 's0', 'c');
        if (partial === 'missing') return;
        // every completion: the extremes of each unknown term (0 and 100) and a random one
        const unknown = terms.map((x, i) => (x.value === undefined ? i : -1)).filter((i) => i >= 0);
        const completions: number[][] = [unknown.map((_, j) => fill[j] as number)];
        for (let mask = 0; mask < 2 ** unknown.length; mask++) completions.push(unknown.map((_, j) => ((mask >> j) & 1 ? 100 : 0)));
        for (const c of completions) {
          const full = Object.fromEntries(terms.map((x, i) => [`f${i}`, x.value ?? c[unknown.indexOf(i)]]));
          expect(verdict(identify(m, withFacts([full], facts), 2024), 's0', 'c')).toBe(partial);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('selection by cumulative share holds just above the stated share of the total, with or without an order measure', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ n: fc.integer({ min: 0, max: 50 }), o: fc.integer({ min: 0, max: 4 }) }), { minLength: 1, maxLength: 12 }),
        fc.integer({ min: 1, max: 99 }),
        fc.constantFrom('none', 'highest', 'lowest'),
        (rows, percent, first) => {
          // without orderBy the schools are ordered by the count itself, largest first
          const rule: Rule =
            first === 'none'
              ? { kind: 'cumulative', measure: { kind: 'declared', fact: 'n' }, percent, pool: { scope: 'municipality' } }
              : { kind: 'cumulative', measure: { kind: 'declared', fact: 'n' }, percent, pool: { scope: 'municipality' }, orderBy: { measure: { kind: 'declared', fact: 'o' }, first } };
          const facts = [{ id: 'n', kind: 'number' as const, unit: 'count' as const }, { id: 'o', kind: 'number' as const }];
          const r = identify(methodology(rule), withFacts(rows, facts), 2024, { explain: false, trace: false });
          // the order key: larger comes first
          const key = (x: { n: number; o: number }): number => (first === 'none' ? x.n : first === 'highest' ? x.o : -x.o);
          const total = rows.reduce((s, x) => s + x.n, 0);
          const selected = rows.filter((_, i) => verdict(r, `s${i}`, 'c') === true);
          const sum = selected.reduce((s, x) => s + x.n, 0);
          if (total === 0) {
            expect(selected).toEqual([]);
            return;
          }
          // the selection holds more than the share…
          expect(sum * 100).toBeGreaterThan(percent * total);
          // …and without its last tie group (in the order) it would not: it stops just above the share
          const last = Math.min(...selected.map(key));
          const rest = selected.filter((x) => key(x) !== last).reduce((s, x) => s + x.n, 0);
          expect(rest * 100).toBeLessThanOrEqual(percent * total);
          // every school before a selected one in the order, or tied with it, is selected too
          rows.forEach((x, i) => {
            if (key(x) >= last) expect(verdict(r, `s${i}`, 'c')).toBe(true);
          });
        },
      ),
      { numRuns: 200 },
    );
  });

  it('selection by cumulative share does not depend on the order of the schools, ties and missing order values included', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ n: fc.integer({ min: 0, max: 20 }), o: fc.option(fc.integer({ min: 0, max: 3 }), { nil: undefined }) }), { minLength: 2, maxLength: 10 }),
        fc.integer({ min: 1, max: 99 }),
        fc.constantFrom('none', 'highest', 'lowest'),
        fc.integer(),
        (rows, percent, first, seed) => {
          const rule: Rule =
            first === 'none'
              ? { kind: 'cumulative', measure: { kind: 'declared', fact: 'n' }, percent, pool: { scope: 'municipality' } }
              : { kind: 'cumulative', measure: { kind: 'declared', fact: 'n' }, percent, pool: { scope: 'municipality' }, orderBy: { measure: { kind: 'declared', fact: 'o' }, first } };
          const m = methodology(rule);
          const facts = [{ id: 'n', kind: 'number' as const, unit: 'count' as const }, { id: 'o', kind: 'number' as const }];
          const order = rows.map((_, i) => i).sort((a, b) => ((a * 7919 + seed) % 13) - ((b * 7919 + seed) % 13) || b - a);
          const a = identify(m, withFacts(rows, facts), 2024, { explain: false, trace: false });
          const b = identify(m, withFacts(rows, facts, order), 2024, { explain: false, trace: false });
          rows.forEach((_, i) => expect(verdict(b, `s${i}`, 'c')).toBe(verdict(a, `s${i}`, 'c')));
        },
      ),
      { numRuns: 200 },
    );
  });

  it('ranking verdicts do not depend on the order of the schools, ties included', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 4 }), { minLength: 2, maxLength: 12 }),
        fc.integer({ min: 1, max: 60 }),
        fc.constantFrom('floor', 'ceil', 'nearest'),
        fc.constantFrom('include', 'exclude'),
        fc.integer(),
        (values, percent, rounding, ties, seed) => {
          const rule: Rule = { kind: 'rank', measure: { kind: 'declared', fact: 'x' }, better: 'higher', position: 'bottom', percent, pool: { scope: 'municipality' }, rounding, ties, minPoolSize: 1 };
          const m = methodology(rule);
          const facts = [{ id: 'x', kind: 'number' as const }];
          const rows = values.map((x) => ({ x }));
          const order = values.map((_, i) => i).sort((a, b) => ((a * 7919 + seed) % 13) - ((b * 7919 + seed) % 13) || a - b);
          const a = identify(m, withFacts(rows, facts), 2024, { explain: false, trace: false });
          const b = identify(m, withFacts(rows, facts, order), 2024, { explain: false, trace: false });
          values.forEach((_, i) => expect(verdict(b, `s${i}`, 'c')).toBe(verdict(a, `s${i}`, 'c')));
        },
      ),
      { numRuns: 200 },
    );
  });
});
