import { describe, expect, it } from 'vitest';
import { identify, isShnorError, openIdentification, prepareDataset, seed001Methodology } from '../../src/index.js';
import { dataset } from './helpers.js';

// identify(…, { schools }) evaluates only those schools, but ranks them in their whole pool: the
// way a national run shows one school's explanation after identifying everyone without them.

// eight schools of one municipality under seed 001; the textbook shares 40, 45, … 75 % rank them
const ids = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H'];
const ds = dataset({
  schools: ids,
  facts: ids.flatMap((id, i) => [2022, 2023, 2024].map((year) => ({ schoolId: id, year, continuedToGrade10: { count: 10 + i, total: 20 }, parentsSatisfied: { count: 50, total: 100 }, olympiadParticipants: { count: 5, total: 100 } }))),
  resources: ids.map((id, i) => ({ schoolId: id, year: 2024, recentTextbooksPercent: 40 + 5 * i })),
});
const m = seed001Methodology();

describe('identify for a subset of schools', () => {
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

describe('openIdentification: rank once, explain on demand', () => {

  it('a national run without texts, then one school with them: the same verdicts as identify', () => {
    const session = openIdentification(m, prepareDataset(ds), 2024);
    const bare = session.all({ trace: false, explain: false });
    expect(bare.schools.every((s) => s.categories.every((c) => c.explanation === undefined && c.trace === undefined))).toBe(true);
    const full = identify(m, ds, 2024);
    expect(bare.lists).toEqual(full.lists);
    expect(bare.indices).toEqual(full.indices);
    for (const id of ids) expect(session.school(id)).toEqual(full.schools.find((s) => s.schoolId === id));
    expect(session.school('B', { explain: false }).categories[0]?.explanation).toBeUndefined();
    expect(session.school('B', { explain: false }).categories[0]?.trace).toBeDefined();
  });

  it('one school first, then all: the verdicts of a separate run', () => {
    const session = openIdentification(m, ds, 2024);
    const one = session.school('H');
    const all = session.all();
    expect(all.schools.find((s) => s.schoolId === 'H')).toEqual(one);
    expect(all).toEqual(identify(m, ds, 2024));
  });

  it('gives plain data: verdicts, traces and explanations survive a JSON round trip strictly equal', () => {
    const r = identify(m, ds, 2024);
    const node = r.schools[0]?.categories[0]?.trace;
    expect(Object.getPrototypeOf(node)).toBe(Object.prototype);
    // verdicts and traces are plain objects; the keyed outputs (lists, indices) have no prototype,
    // so that a category or school id such as `__proto__` is an own key like any other
    const back = JSON.parse(JSON.stringify(r)) as typeof r;
    expect(back.schools).toStrictEqual(r.schools);
    expect(Object.getPrototypeOf(r.lists)).toBe(null);
    expect({ ...back, lists: { ...back.lists }, indices: { ...back.indices } }).toEqual({ ...r, lists: { ...r.lists }, indices: { ...r.indices } });
  });

  it('rejects a school the dataset does not have, and a year that is not an integer', () => {
    const session = openIdentification(m, ds, 2024);
    expect(() => session.school('Z')).toThrowError(/INVALID_OPTION/);
    expect(() => openIdentification(m, ds, Number.NaN)).toThrowError(/INVALID_YEAR/);
  });
});
