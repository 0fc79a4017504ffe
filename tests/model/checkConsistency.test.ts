import { describe, expect, it } from 'vitest';
import { checkDataset } from '../../src/index.js';
import { dataset } from '../criteria/helpers.js';

// Row-level warnings: the data's own numbers disagree, the data is kept, the warning carries them.

const oge = (schoolId: string, marks: Record<'2' | '3' | '4' | '5', number>, extra: Record<string, unknown> = {}) => ({
  schoolId, year: 2024, procedure: 'oge', subject: 'math', grade: 9, marks, ...extra,
});

describe('checkDataset: one row against itself', () => {
  it('marks that do not add up to the participants (MARKS_SUM)', () => {
    const w = checkDataset(dataset({ schools: ['A'], results: [oge('A', { '2': 1, '3': 2, '4': 3, '5': 4 }, { participants: 11 })] }));
    expect(w).toHaveLength(1);
    expect(w[0]).toMatchObject({ code: 'MARKS_SUM', path: ['results', 0, 'marks'], numbers: { sum: 10, participants: 11 } });
    expect(w[0]?.message.ru).toContain('A, 2024, oge math 9');
  });

  it('a printed ОГЭ mean against the distribution (MEAN_MISMATCH), at the tolerance exactly', () => {
    // 1×«3» + 1×«4» + 1×«5» → 4,0 exactly; tolerance 0,005: 4.005 is within, 4.0051 is not
    const marks = { '2': 0, '3': 1, '4': 1, '5': 1 };
    const w = checkDataset(dataset({ schools: ['A', 'B', 'C'], results: [oge('A', marks, { mean: 4.005 }), oge('B', marks, { mean: 4.0051 }), oge('C', marks, { mean: 3.99 })] }));
    expect(w.map((x) => [x.code, x.path.join('.')])).toEqual([
      ['MEAN_MISMATCH', 'results.1.mean'],
      ['MEAN_MISMATCH', 'results.2.mean'],
    ]);
    expect(w[0]?.numbers).toEqual({ printed: '4.0051', computed: '4' });
  });

  it('printed percents against their counts (SHARE_MISMATCH), exactly near the boundary', () => {
    // quality 1 of 3 = 33,333… %; tolerance 0,5 п.п.: 33,83333333333 is 0,49999999999667 away (kept),
    // 33,83333333334 is 0,50000000000667 away (reported): a difference floating point alone cannot settle
    const marks = { '2': 1, '3': 1, '4': 1, '5': 0 };
    const w = checkDataset(
      dataset({
        schools: ['A', 'B'],
        results: [oge('A', marks, { reported: { qualityPercent: '33.83333333333' } }), oge('B', marks, { reported: { qualityPercent: '33.83333333334' } })],
      }),
    );
    expect(w).toHaveLength(1);
    expect(w[0]).toMatchObject({ code: 'SHARE_MISMATCH', path: ['results', 1, 'reported', 'qualityPercent'], numbers: { count: 1, total: 3, computed: '33.33' } });
  });

  it('counts above the participants and statistics outside min..max', () => {
    const w = checkDataset(
      dataset({
        schools: ['A'],
        results: [{ schoolId: 'A', year: 2024, procedure: 'ege', subject: 'russian', grade: 11, participants: 5, belowMinimum: 6, mean: 90, min: 40, max: 80 }],
      }),
    );
    expect(w.map((x) => [x.code, x.path.join('.')])).toEqual([
      ['COUNT_EXCEEDS_PARTICIPANTS', 'results.0.belowMinimum'],
      ['STAT_OUT_OF_RANGE', 'results.0.mean'],
    ]);
  });
});

describe('checkDataset: municipal totals against their schools', () => {
  const rows = [oge('A', { '2': 1, '3': 2, '4': 3, '5': 4 }, { participants: 10 }), oge('B', { '2': 0, '3': 5, '4': 5, '5': 0 }, { participants: 10 })];

  it('a total that is not the sum of its schools (TOTAL_MISMATCH), by participants and by mark', () => {
    const w = checkDataset(
      dataset({
        schools: ['A', 'B'],
        results: rows,
        territoryResults: [{ territoryId: 'mo', year: 2024, procedure: 'oge', subject: 'math', grade: 9, participants: 21, marks: { '2': 1, '3': 7, '4': 8, '5': 5 } }],
      }),
    );
    expect(w.map((x) => [x.code, x.path.join('.'), x.numbers])).toEqual([
      ['TOTAL_MISMATCH', 'territoryResults.0.participants', { total: 21, sumOfSchools: 20, schools: 2 }],
      ['TOTAL_MISMATCH', 'territoryResults.0.marks.5', { total: 5, sumOfSchools: 4 }],
    ]);
  });

  it('no warning when the totals add up, and a region without totals of its own is not summed', () => {
    const w = checkDataset(
      dataset({
        schools: ['A', 'B'],
        results: rows,
        territoryResults: [
          { territoryId: 'mo', year: 2024, procedure: 'oge', subject: 'math', grade: 9, participants: 20, marks: { '2': 1, '3': 7, '4': 8, '5': 4 } },
          // the region's total covers other municipalities too: its schools are not in this dataset's municipality
          { territoryId: 'region', year: 2024, procedure: 'oge', subject: 'math', grade: 9, participants: 900 },
        ],
      }),
    );
    expect(w).toEqual([]);
  });
});
