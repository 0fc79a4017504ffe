import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Rule, identify, parseMethodology } from '../../src/index.js';
import { dataset, verdict } from './helpers.js';

// all / any / atLeast over parts that hold, fail, miss data, or do not apply for a reason of their
// own (a fact the dataset does not declare). The expected verdict is found by trying every
// completion: the missing parts and the parts that do not apply each as «yes» and as «no».

type Part = 'yes' | 'no' | 'missing' | 'na';

/** The verdict the completions agree on: a value, not applicable (it turns on the parts that do not apply whatever the missing data), or missing. */
function expected(kind: 'all' | 'any' | 'atLeast', k: number, parts: readonly Part[]): boolean | 'missing' | 'not_applicable' {
  const need = kind === 'all' ? parts.length : kind === 'any' ? 1 : k;
  const open = parts.map((p, i) => (p === 'missing' || p === 'na' ? i : -1)).filter((i) => i >= 0);
  const label = (missingFill: number): boolean | 'not_applicable' => {
    // with the missing parts filled in, the outcomes as the parts that do not apply vary
    const outcomes = new Set<boolean>();
    for (let naFill = 0; naFill < 2 ** open.length; naFill++) {
      let held = 0;
      parts.forEach((p, i) => {
        const bit = open.indexOf(i);
        if (p === 'yes' || (p === 'missing' && (missingFill >> bit) & 1) || (p === 'na' && (naFill >> bit) & 1)) held++;
      });
      outcomes.add(held >= need);
    }
    return outcomes.size === 1 ? ([...outcomes][0] as boolean) : 'not_applicable';
  };
  const labels = new Set<boolean | 'not_applicable'>();
  for (let fill = 0; fill < 2 ** open.length; fill++) labels.add(label(fill));
  return labels.size === 1 ? ([...labels][0] as boolean | 'not_applicable') : 'missing';
}

describe('combinations in four values, for any parts', () => {
  it('agree with every completion of the missing parts and of those that do not apply', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom<Part>('yes', 'no', 'missing', 'na'), { minLength: 1, maxLength: 5 }), fc.constantFrom('all' as const, 'any' as const, 'atLeast' as const), fc.integer({ min: 1, max: 6 }), (parts, kind, k0) => {
        const k = Math.min(k0, parts.length);
        const rules: Rule[] = parts.map((p, i) => ({ kind: 'status', fact: p === 'na' ? `undeclared${i}` : `f${i}`, in: [true] }));
        const rule: Rule = kind === 'atLeast' ? { kind, k, rules } : { kind, rules };
        const m = parseMethodology({ id: 'p', name: { ru: 'p' }, territories: ['mo'], validFrom: '2020-01-01', categories: [{ kind: 'flag', id: 'c', name: { ru: 'категория' }, rule }] });
        const ds = dataset({
          schools: ['s'],
          years: [2024],
          declaredFacts: parts.map((_, i) => ({ id: `f${i}`, kind: 'boolean', name: { ru: `условие ${i + 1}` } })),
          factValues: parts.flatMap((p, i) => (p === 'yes' || p === 'no' ? [{ schoolId: 's', year: 2024, fact: `f${i}`, value: p === 'yes' }] : [])),
        });
        const want = expected(kind, k, parts);
        // with traces and without (the early stop), the same verdict
        expect(verdict(identify(m, ds, 2024), 's', 'c')).toBe(want);
        expect(verdict(identify(m, ds, 2024, { trace: false, explain: false }), 's', 'c')).toBe(want);
      }),
      { numRuns: 300 },
    );
  });
});
