import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type CategoryHistory, type Identification, categoryHistory } from '../../src/index.js';
import { HistoryBuilder } from '../../src/criteria/history.js';

// categoryHistory builds one history per distinct sequence of yearly values and shares it between
// the schools that have it. Here it is checked against the plain reading of the definition (a
// history built school by school, as before the sharing), on random identifications.

type V = boolean | string | null | 'missing' | 'not_applicable';

/** The reference: each school's values year by year, its transitions and its run, built afresh. */
function reference(results: readonly Identification[], categoryId: string, scale?: readonly string[]): unknown[] {
  const sorted = [...results].sort((a, b) => a.year - b.year);
  const bySchool = new Map<string, { year: number; value: V }[]>();
  for (const r of sorted) {
    for (const s of r.schools) {
      const v = s.categories.find((c) => c.categoryId === categoryId);
      if (v === undefined) continue;
      const value: V = v.outcome.status === 'value' ? v.outcome.value : v.outcome.status;
      const list = bySchool.get(s.schoolId) ?? [];
      list.push({ year: r.year, value });
      bySchool.set(s.schoolId, list);
    }
  }
  const isIn = (v: V): boolean | null => (v === 'missing' || v === 'not_applicable' ? null : v !== false && v !== null);
  return [...bySchool].map(([schoolId, years]) => {
    const transitions = years.slice(1).map((b, i) => {
      const a = years[i] as { year: number; value: V };
      const [ina, inb] = [isIn(a.value), isIn(b.value)];
      if (a.value === 'not_applicable' || b.value === 'not_applicable') return { fromYear: a.year, toYear: b.year, kind: 'not_applicable' };
      if (ina === null || inb === null) return { fromYear: a.year, toYear: b.year, kind: 'missing' };
      if (ina && inb && typeof a.value === 'string' && typeof b.value === 'string' && a.value !== b.value) {
        const [ia, ib] = [scale?.indexOf(a.value) ?? -1, scale?.indexOf(b.value) ?? -1];
        return ia >= 0 && ib >= 0 ? { fromYear: a.year, toYear: b.year, kind: 'changed', direction: ib > ia ? 'up' : 'down', steps: ib - ia } : { fromYear: a.year, toYear: b.year, kind: 'changed' };
      }
      return { fromYear: a.year, toYear: b.year, kind: ina ? (inb ? 'stayed_in' : 'left') : inb ? 'entered' : 'stayed_out' };
    });
    let consecutiveYears = 0;
    for (let i = years.length - 1; i >= 0; i--) {
      const y = years[i] as { year: number; value: V };
      const next = years[i + 1];
      if (isIn(y.value) !== true || (next !== undefined && next.year !== y.year + 1)) break;
      consecutiveYears++;
    }
    return { schoolId, years, transitions, consecutiveYears };
  });
}

const outcome = fc.oneof(
  fc.constantFrom(true, false, null, 'сильно низкие', 'умеренно низкие', 'другой класс').map((value) => ({ status: 'value' as const, value })),
  fc.constant({ status: 'missing' as const, missing: [] }),
  fc.constant({ status: 'not_applicable' as const, reason: { code: 'x', ru: 'не применяется', en: 'does not apply' } }),
);

/** Identifications of distinct years (some skipped), schools in any order, a category sometimes absent or elsewhere in the list. */
const identifications = fc
  .tuple(fc.uniqueArray(fc.integer({ min: 2018, max: 2025 }), { minLength: 1, maxLength: 6 }), fc.uniqueArray(fc.constantFrom('s1', 's2', 's3', 's4', 's5', 's6'), { minLength: 1, maxLength: 6 }))
  .chain(([years, schools]) =>
    fc.tuple(
      ...years.map((year) =>
        fc.tuple(fc.shuffledSubarray(schools), fc.array(fc.tuple(outcome, outcome, fc.boolean(), fc.boolean()), { minLength: schools.length, maxLength: schools.length })).map(
          ([present, verdicts]) =>
            ({
              year,
              schools: present.map((schoolId, i) => {
                const [a, b, swap, drop] = verdicts[i] as [never, never, boolean, boolean];
                const cats = [{ categoryId: 'shnor', outcome: a }, { categoryId: 'typology', outcome: b }];
                return { schoolId, categories: drop ? cats.slice(1) : swap ? cats.reverse() : cats };
              }),
            }) as unknown as Identification,
        ),
      ),
    ),
  );

describe('categoryHistory with shared histories', () => {
  it('gives what the definition gives, school by school, for flags and classes', () => {
    const scale = ['сильно низкие', 'умеренно низкие'];
    fc.assert(
      fc.property(identifications, (results) => {
        for (const [id, s] of [['shnor', undefined], ['typology', scale]] as const) {
          const got = categoryHistory(results, id, s);
          expect(JSON.parse(JSON.stringify(got))).toEqual(reference(results, id, s));
        }
      }),
      { seed: 13_2028, numRuns: 400 },
    );
  });

  it('gives the same histories when the years are added one at a time, latest first (as a program year reads them)', () => {
    const scale = ['сильно низкие', 'умеренно низкие'];
    fc.assert(
      fc.property(identifications, (results) => {
        const b = new HistoryBuilder([{ categoryId: 'shnor' }, { categoryId: 'typology', scale }]);
        for (const r of [...results].sort((x, y) => y.year - x.year)) b.add(r);
        const [shnor, typology] = b.finish();
        expect(shnor).toEqual(categoryHistory(results, 'shnor'));
        expect(typology).toEqual(categoryHistory(results, 'typology', scale));
      }),
      { seed: 13_2029, numRuns: 300 },
    );
  });

  it('shares one frozen history between the schools with the same years', () => {
    const year = (y: number, values: readonly boolean[]): Identification => ({ year: y, schools: values.map((v, i) => ({ schoolId: `s${i}`, categories: [{ categoryId: 'shnor', outcome: { status: 'value', value: v } }] })) }) as unknown as Identification;
    const h: CategoryHistory[] = categoryHistory([year(2023, [true, true, false]), year(2024, [true, true, true])], 'shnor');
    expect(h.map((x) => x.schoolId)).toEqual(['s0', 's1', 's2']);
    expect(h[0]?.years).toBe(h[1]?.years);
    expect(h[0]?.transitions).toBe(h[1]?.transitions);
    expect(h[2]?.transitions).toEqual([{ fromYear: 2023, toYear: 2024, kind: 'entered' }]);
    expect(Object.isFrozen(h[0]?.years)).toBe(true);
    expect(() => (h[0]?.transitions as unknown as unknown[]).push(1)).toThrow(TypeError);
  });
});
