import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { boundaryConcentration, distributionAgainstRegion, failureSwings, listRepeats, parseDataset, vprAgainstSchoolMarks } from '../../src/index.js';

describe('the Rosobrnadzor list by year, with repeats (seed 004, L1822–L1841)', () => {
  const ds = parseDataset(JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'src', 'data', 'seed004-kemerovsky-2021.dataset.json'), 'utf8')));
  it('Береговская 2019–2020 «повторно», Верхотомская three years running', () => {
    const r = listRepeats(ds.external ?? []);
    const by = Object.fromEntries(r.map((x) => [x.schoolId, x]));
    expect(by['kem-beregovskaya']).toEqual({ schoolId: 'kem-beregovskaya', years: [2019, 2020], longestRun: 2, repeated: true });
    expect(by['kem-verkhotomskaya']).toMatchObject({ years: [2017, 2018, 2019], longestRun: 3 });
    expect(by['kem-kuzbasskaya']).toMatchObject({ repeated: false });
    expect(r.filter((x) => x.repeated)).toHaveLength(4);
  });
});

describe('objectivity signals on constructed cases', () => {
  it('ВПР against the school\u2019s marks', () => {
    expect(vprAgainstSchoolMarks({ confirmed: 40, vprLower: 25, vprHigher: 5 })).toMatchObject({ result: 'signal', numbers: { works: 70 } });
    expect(vprAgainstSchoolMarks({ confirmed: 60, vprLower: 10, vprHigher: 10 }).result).toBe('no_signal');
    // 12 works: too few, even though half were marked higher at school
    const small = vprAgainstSchoolMarks({ confirmed: 6, vprLower: 6, vprHigher: 0 });
    expect(small.result).toBe('not_applicable');
    expect(small.explanation.ru).toContain('слишком мало участников');
    expect(() => vprAgainstSchoolMarks({ confirmed: -1, vprLower: 0, vprHigher: 0 })).toThrowError(/INVALID_OPTION/);
  });

  it('the share of top marks against the region', () => {
    const s = distributionAgainstRegion({ count: 18, total: 30 }, 22);
    expect(s.result).toBe('signal');
    expect(s.numbers.excessPp).toBeCloseTo(38, 10);
    expect(distributionAgainstRegion({ count: 9, total: 30 }, 22).result).toBe('no_signal');
    expect(distributionAgainstRegion({ count: 5, total: 6 }, 22).result).toBe('not_applicable');
  });

  it('a concentration of scores just above a mark boundary', () => {
    // «3» from 8 points: 2 pupils at 6–7, 19 at 8–9
    expect(boundaryConcentration([0, 0, 1, 1, 1, 1, 1, 1, 12, 7, 3, 2], 8)).toMatchObject({ result: 'signal', numbers: { justAbove: 19, justBelow: 2 } });
    // a smooth distribution
    expect(boundaryConcentration([1, 2, 3, 4, 5, 6, 6, 6, 6, 5, 4, 3], 8).result).toBe('no_signal');
    expect(boundaryConcentration([0, 0, 0, 0, 0, 0, 1, 0, 3, 1, 0, 0], 8).result).toBe('not_applicable');
    expect(() => boundaryConcentration([1, 2, 3], 8)).toThrowError(/INVALID_OPTION/);
  });

  it('a failure rate that swings sharply (seed 004, L100)', () => {
    expect(failureSwings([{ year: 2019, count: 2, total: 50 }, { year: 2020, count: 9, total: 50 }, { year: 2021, count: 1, total: 50 }]).result).toBe('signal');
    expect(failureSwings([{ year: 2019, count: 9, total: 50 }, { year: 2020, count: 6, total: 50 }, { year: 2021, count: 4, total: 50 }]).result).toBe('no_signal');
    // 1 of 7 → 3 of 7 → 0 of 7 looks wild, but the groups are too small to judge
    const small = failureSwings([{ year: 2019, count: 1, total: 7 }, { year: 2020, count: 3, total: 7 }, { year: 2021, count: 0, total: 7 }]);
    expect(small.result).toBe('not_applicable');
    expect(small.explanation.en).toContain('too few to judge');
  });
});
