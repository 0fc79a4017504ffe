import { describe, expect, it } from 'vitest';
import { type PupilResult, aggregatePupils } from '../../src/index.js';

describe('aggregatePupils', () => {
  const ege = (id: string, school: string, score: number): PupilResult => ({ pupilId: id, schoolId: school, year: 2021, procedure: 'ege', subject: 'chemistry', grade: 11, score });

  it('counts participants below the threshold of that year (ЕГЭ chemistry 2021: 36, seed 004 L1257)', () => {
    const pupils = [ege('a', 's1', 30), ege('b', 's1', 36), ege('c', 's1', 50), ege('d', 's1', 86), ege('e', 's2', 20)];
    const out = aggregatePupils(pupils, [{ year: 2021, procedure: 'ege', subject: 'chemistry', minScore: 36, scoreKind: 'test' }]);
    expect(out).toHaveLength(2);
    expect(out[0]).toEqual({
      schoolId: 's1', year: 2021, procedure: 'ege', subject: 'chemistry', grade: 11,
      participants: 4, belowMinimum: 1, scoreKind: 'test', mean: 50.5, median: 43, mode: 86, min: 30, max: 86,
    });
    expect(out[1]).toMatchObject({ schoolId: 's2', participants: 1, belowMinimum: 1 });
  });

  it('a different threshold another year gives a different count: the threshold is data', () => {
    const pupils = [ege('a', 's1', 35)];
    expect(aggregatePupils(pupils, [{ year: 2021, procedure: 'ege', subject: 'chemistry', minScore: 36, scoreKind: 'test' }])[0]?.belowMinimum).toBe(1);
    expect(aggregatePupils(pupils, [{ year: 2021, procedure: 'ege', subject: 'chemistry', minScore: 34, scoreKind: 'test' }])[0]?.belowMinimum).toBe(0);
    // with no threshold known, «below the minimum» is unknown, not zero
    expect(aggregatePupils(pupils)[0]).not.toHaveProperty('belowMinimum');
  });

  it('ВПР marks: the distribution, and «2» as below the minimum', () => {
    const marks = [2, 3, 3, 4, 5, 5, 2];
    const pupils: PupilResult[] = marks.map((mark, i) => ({ pupilId: `p${i}`, schoolId: 's1', year: 2022, procedure: 'vpr', subject: 'russian', grade: 5, mark }));
    const [r] = aggregatePupils(pupils);
    expect(r).toMatchObject({ participants: 7, marks: { '2': 2, '3': 2, '4': 1, '5': 2 }, belowMinimum: 2 });
  });

  it('the mode is the largest of several (seed 000: «Мода (наибольшая из всех возможных)»)', () => {
    const [r] = aggregatePupils([ege('a', 's', 10), ege('b', 's', 10), ege('c', 's', 20), ege('d', 's', 20), ege('e', 's', 5)]);
    expect(r?.mode).toBe(20);
    expect(r?.median).toBe(10);
  });
});
