import { describe, expect, it } from 'vitest';
import { identify, isShnorError, prepareDataset, seed001Methodology } from '../../src/index.js';
import { dataset } from './helpers.js';

// identify(…, { schools }) evaluates only those schools, but ranks them in their whole pool: the
// way a national run shows one school's explanation after identifying everyone without them.

describe('identify for a subset of schools', () => {
  const ids = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H'];
  const ds = dataset({
    schools: ids,
    facts: ids.flatMap((id, i) => [2022, 2023, 2024].map((year) => ({ schoolId: id, year, continuedToGrade10: { count: 10 + i, total: 20 }, parentsSatisfied: { count: 50, total: 100 }, olympiadParticipants: { count: 5, total: 100 } }))),
    resources: ids.map((id, i) => ({ schoolId: id, year: 2024, recentTextbooksPercent: 40 + 5 * i })),
  });
  const m = seed001Methodology();
  const prepared = prepareDataset(ds);
  const all = identify(m, prepared, 2024, { explain: false });

  it('gives each school the verdict of the full run, ranked in the whole pool', () => {
    const one = identify(m, prepared, 2024, { schools: ['B'] });
    expect(one.schools.map((s) => s.schoolId)).toEqual(['B']);
    const full = all.schools.find((s) => s.schoolId === 'B');
    expect(one.schools[0]?.categories.map((c) => c.outcome)).toEqual(full?.categories.map((c) => c.outcome));
    // B has the second-lowest textbook share of 8: in the bottom 25 % (2 schools) of its municipality
    expect(one.lists.shnsu_resources?.yes).toEqual(['B']);
    expect(one.schools[0]?.categories.find((c) => c.categoryId === 'shnsu_resources')?.explanation?.ru).toContain('место 2 из 8');
  });

  it('rejects an unknown school before doing any work', () => {
    try {
      identify(m, prepared, 2024, { schools: ['A', 'Z'] });
      expect.unreachable();
    } catch (e) {
      expect(isShnorError(e, 'INVALID_OPTION')).toBe(true);
      expect((e as { details: { value: unknown } }).details.value).toBe('Z');
    }
  });

  it('rejects a year that is not an integer', () => {
    expect(() => identify(m, prepared, 2024.5)).toThrowError(/INVALID_YEAR/);
  });
});
