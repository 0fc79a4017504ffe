// Issue #15, «Must show»: for any dataset the schemas accept, extreme values included, every
// number in the output of `identify` and `evaluateProgram` is finite, and the verdicts and index
// values are the same under any order of schools and records.
// The datasets are the shipped sample with numeric fields replaced by the schemas' extremes
// (0, 100 for percents, 10¹⁵ − 1 for decimals, 2⁵³ − 1 for counts, tiny fractions), then shuffled.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Dataset, SEED_000_METHODOLOGY, SEED_000_PROGRAM, evaluateProgram, identify, parseDatasetPartial, seed001Methodology } from '../../src/index.js';
import { SEED, mutate, nonFinite, pathsOf } from './_harness.js';

const sample: unknown = JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'src', 'data', 'sample-rezh.dataset.json'), 'utf8'));
const RUNS = Math.max(1, Math.round(Number(process.env.SHNOR_FUZZ_RUNS ?? 10_000) / 100));

// numeric leaves that are not years or grades: the values a careless export or an attacker controls
const numericPaths = pathsOf(sample).filter((p) => {
  const last = p[p.length - 1];
  let v: unknown = sample;
  for (const k of p) v = (v as Record<string | number, unknown>)[k];
  return typeof v === 'number' && typeof last === 'string' && !['year', 'grade', 'line', 'number'].includes(last);
});
const extreme = fc.constantFrom<unknown>(0, 1, 100, 99.99999999, 1e-12, 999_999_999_999_999, Number.MAX_SAFE_INTEGER, '100,0', '0,0000001', '999999999999999,99');

/** A deterministic shuffle of an array by a seed (Fisher–Yates over a small LCG). */
function shuffle<T>(xs: readonly T[], seed: number): T[] {
  const a = [...xs];
  let s = seed >>> 0 || 1;
  for (let i = a.length - 1; i > 0; i--) {
    s = (Math.imul(s, 1_664_525) + 1_013_904_223) >>> 0;
    const j = s % (i + 1);
    [a[i], a[j]] = [a[j] as T, a[i] as T];
  }
  return a;
}

function reorder(ds: Dataset, seed: number): Dataset {
  const out: Record<string, unknown> = { ...ds };
  for (const [k, v] of Object.entries(ds)) if (Array.isArray(v) && k !== 'years') out[k] = shuffle(v as readonly unknown[], seed + k.length);
  return out as Dataset;
}

const verdicts = (r: ReturnType<typeof identify>) =>
  Object.fromEntries([...r.schools].sort((a, b) => (a.schoolId < b.schoolId ? -1 : 1)).map((s) => [s.schoolId, Object.fromEntries(s.categories.map((c) => [c.categoryId, c.outcome]))]));
const lists = (r: ReturnType<typeof identify>) => Object.fromEntries(Object.entries(r.lists).map(([k, v]) => [k, { yes: [...v.yes].sort(), missing: [...v.missing].sort(), notApplicable: [...v.notApplicable].sort() }]));

describe('identify and evaluateProgram over the schemas’ extremes', () => {
  it('every number is finite, and verdicts and lists do not depend on the order of schools and records', () => {
    let checked = 0;
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(numericPaths.length - 1), extreme), { minLength: 1, maxLength: 12 }), fc.integer({ min: 1, max: 2 ** 31 - 1 }), (changes, seed) => {
        const input = changes.reduce<unknown>((acc, [i, v]) => mutate(acc, numericPaths[i] as (string | number)[], v), sample);
        const { dataset } = parseDatasetPartial(input);
        if (dataset === null) return; // the header itself was made invalid: nothing to compute
        checked++;
        const shuffled = reorder(dataset, seed);
        for (const m of [SEED_000_METHODOLOGY, seed001Methodology()]) {
          for (const year of [2022, 2024]) {
            const a = identify(m, dataset, year, { explain: true });
            const b = identify(m, shuffled, year, { explain: false });
            expect(nonFinite(a)).toBeNull();
            expect(nonFinite(b)).toBeNull();
            expect(verdicts(b)).toEqual(verdicts(identify(m, dataset, year, { explain: false })));
            expect(lists(b)).toEqual(lists(a));
          }
        }
        const e = evaluateProgram(SEED_000_PROGRAM, dataset, 2023);
        expect(nonFinite(e)).toBeNull();
        const f = evaluateProgram(SEED_000_PROGRAM, shuffled, 2023);
        expect(nonFinite(f)).toBeNull();
        expect(f.identification && verdicts(f.identification)).toEqual(e.identification && verdicts(e.identification));
      }),
      { seed: SEED, numRuns: RUNS, endOnFailure: true },
    );
    expect(checked).toBeGreaterThan(RUNS / 2);
  }, 300_000);

  // Fails until index sums are made order-independent (src/criteria, src/indices: issue #15
  // «Floating order»): the composite index values differ in the last bits when the records come in
  // another order. Minimal failing input (fast-check, seed 15015): the unchanged shipped sample with
  // its records shuffled by `reorder(dataset, 2147483640)`: `indices.results` differ (0.62105969250992
  // against 0.6210596925099183 for rezh-1).
  it('index values are identical, to the last bit, under any order of schools and records', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(numericPaths.length - 1), extreme), { maxLength: 6 }), fc.integer({ min: 1, max: 2 ** 31 - 1 }), (changes, seed) => {
        const input = changes.reduce<unknown>((acc, [i, v]) => mutate(acc, numericPaths[i] as (string | number)[], v), sample);
        const { dataset } = parseDatasetPartial(input);
        if (dataset === null) return;
        for (const m of [SEED_000_METHODOLOGY, seed001Methodology()]) {
          expect(identify(m, reorder(dataset, seed), 2024, { explain: false }).indices).toEqual(identify(m, dataset, 2024, { explain: false }).indices);
        }
      }),
      { seed: SEED, numRuns: RUNS, endOnFailure: true },
    );
  }, 300_000);
});
