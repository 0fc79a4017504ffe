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
    expect(w[0]?.message.ru).toContain('Школа A, 2024, ОГЭ, математика, 9 класс: сумма отметок «2»–«5» (10) не равна числу участников (11)');
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

describe('checkStatedFigures: figures stated in running text, each kind with a seed\u2019s numbers', () => {
  it('a stated sum: exact for counts (41 vs 23 + 16 = 39), within rounding for printed decimals (64,50 vs 55,37 + 9,12 = 64,49)', async () => {
    const { checkStatedFigures } = await import('../../src/model/checkConsistency.js');
    const w = checkStatedFigures([
      { id: 'a', label: '41 ОО', kind: 'sum', value: 41, components: [23, 16] },
      { id: 'b', label: 'КДР8', kind: 'sum', value: '64.50', components: ['55.37', '9.12'] },
      { id: 'c', label: 'КДР8, 0,02 off', kind: 'sum', value: '64.51', components: ['55.37', '9.12'] },
      { id: 'd', label: 'ok', kind: 'sum', value: 77, components: [8, 69] },
    ]);
    expect(w.map((x) => [x.code, x.path.join('.'), x.severity ?? 'warning', x.numbers])).toEqual([
      ['TOTAL_MISMATCH', 'statements.0', 'warning', { stated: '41', sum: '39', difference: '2' }],
      ['SUM_WITHIN_ROUNDING', 'statements.1', 'note', { stated: '64.50', sum: '64.49', tolerance: '0.015' }],
      // 0,02 is beyond what rounding two parts and the total to hundredths can explain (0,015)
      ['TOTAL_MISMATCH', 'statements.2', 'warning', { stated: '64.51', sum: '64.49', difference: '0.02' }],
    ]);
  });

  it('a stated mean: outside its parts, away from their mean (73 vs 64,5), within rounding (75 vs 74,6), above a stated bound (70 > 67)', async () => {
    const { checkStatedFigures } = await import('../../src/model/checkConsistency.js');
    const w = checkStatedFigures([
      { id: 'a', label: '84', kind: 'mean', value: 84, components: [83, 65, 77] },
      { id: 'b', label: '73', kind: 'mean', value: 73, components: [61, 51, 71, 75] },
      { id: 'c', label: '75', kind: 'mean', value: 75, components: [83, 65, 77, '73.4'] },
      { id: 'd', label: '70', kind: 'mean', value: 70, bounds: { max: 67 } },
      { id: 'e', label: '40', kind: 'mean', value: 40, bounds: { min: 45 } },
    ]);
    expect(w.map((x) => [x.code, x.path[1]])).toEqual([
      ['AGGREGATE_OUT_OF_RANGE', 0],
      ['STATED_MEAN_MISMATCH', 1],
      ['AGGREGATE_OUT_OF_RANGE', 3],
      ['AGGREGATE_OUT_OF_RANGE', 4],
    ]);
    expect(w[1]?.numbers).toEqual({ stated: '73', meanOfComponents: '64.5', components: '61; 51; 71; 75' });
    expect(w[3]?.message.ru).toBe('«40»: среднее 40 меньше наименьшего из усредняемых значений (45)');
  });

  it('a percent above 100 («765 %») or below 0; 100 itself is fine', async () => {
    const { checkStatedFigures } = await import('../../src/model/checkConsistency.js');
    const w = checkStatedFigures([
      { id: 'a', label: 'биология', kind: 'percent', value: 765 },
      { id: 'b', label: 'явка', kind: 'percent', value: 100 },
      { id: 'c', label: 'минус', kind: 'percent', value: '-0.1' },
    ]);
    expect(w.map((x) => [x.code, x.path[1], x.numbers['stated']])).toEqual([
      ['PERCENT_OUT_OF_RANGE', 0, '765'],
      ['PERCENT_OUT_OF_RANGE', 2, '-0.1'],
    ]);
  });

  it('a stated share against its counts (168 of 839 is 20,0 %, not 21,6 %; 32 of 69 is 46 %), or with no count against its total (86 % of 18)', async () => {
    const { checkStatedFigures } = await import('../../src/model/checkConsistency.js');
    const w = checkStatedFigures([
      { id: 'a', label: 'молодые', kind: 'share', value: '21.6', count: 168, total: 839 },
      { id: 'b', label: 'профиль', kind: 'share', value: 46, count: 32, total: 69 },
      { id: 'c', label: '86 % ОО', kind: 'share', value: 86, total: 18 },
      { id: 'd', label: '83 % ОО', kind: 'share', value: 83, total: 18 },
    ]);
    expect(w.map((x) => [x.code, x.path[1], x.numbers])).toEqual([
      ['SHARE_MISMATCH', 0, { printed: '21.6', computed: '20.0', count: 168, total: 839, countsThatFit: '181; 182' }],
      ['SHARE_UNREACHABLE', 2, { printed: '86', total: 18 }],
    ]);
  });

  it('one share printed two ways: a note when both are roundings (5/16 as 31 and 31,3), a warning when one is not (5/16 as 31,2 truncated is a rounding; 32 is not)', async () => {
    const { checkStatedFigures } = await import('../../src/model/checkConsistency.js');
    const w = checkStatedFigures([
      { id: 'a', label: '5/16', kind: 'rounding', count: 5, total: 16, printed: [31, '31.3'] },
      { id: 'b', label: '5/16', kind: 'rounding', count: 5, total: 16, printed: ['31.3', '31.3'] },
      { id: 'c', label: '5/16', kind: 'rounding', count: 5, total: 16, printed: ['31.2', 32] },
    ]);
    expect(w.map((x) => [x.code, x.path[1], x.severity ?? 'warning', x.numbers['printed']])).toEqual([
      ['ROUNDING_VARIANTS', 0, 'note', '31; 31.3'],
      ['SHARE_MISMATCH', 2, 'warning', '32'],
    ]);
    expect(w[0]?.message.ru).toBe('«5/16»: одна доля 5 из 16 (31,25 %) напечатана по-разному: 31 и 31,3');
  });
});

describe('checkDataset: a school row without its count is missing data, not a mismatch', () => {
  it('a total of 32 participants over schools that print only their means (seed 004, T1 and L535) is not «32 vs 0»', () => {
    const w = checkDataset(
      dataset({
        schools: ['A', 'B'],
        results: [
          { schoolId: 'A', year: 2024, procedure: 'ege', subject: 'math_profile', grade: 11, mean: 59 },
          { schoolId: 'B', year: 2024, procedure: 'ege', subject: 'math_profile', grade: 11, participants: 5, mean: 45 },
        ],
        territoryResults: [{ territoryId: 'mo', year: 2024, procedure: 'ege', subject: 'math_profile', grade: 11, participants: 32 }],
      }),
    );
    expect(w).toEqual([]);
  });
});

describe('checkDataset: a total\u2019s mean against its schools\u2019 weighted means (TOTAL_MEAN_MISMATCH)', () => {
  const ege = (schoolId: string, mean: number, participants: number) => ({ schoolId, year: 2024, procedure: 'ege', subject: 'russian', grade: 11, participants, mean });
  const at = (schools: [number, number][], mean: number) =>
    checkDataset(
      dataset({
        schools: ['A', 'B'],
        results: schools.map(([m, n], i) => ege(i === 0 ? 'A' : 'B', m, n)),
        territoryResults: [{ territoryId: 'mo', year: 2024, procedure: 'ege', subject: 'russian', grade: 11, participants: schools.reduce((a, [, n]) => a + n, 0), mean }],
      }),
    );

  it('school means and the total printed to tenths may be 0,1 apart: 50,1 and 50,2 is exactly at the tolerance (floating point alone says 0,10000000000000142), 50,3 is beyond', () => {
    expect(at([[50.1, 3], [50.1, 7]], 50.2)).toEqual([]);
    const w = at([[50.1, 3], [50.1, 7]], 50.3);
    expect(w.map((x) => [x.code, x.numbers])).toEqual([['TOTAL_MEAN_MISMATCH', { total: 50.3, weightedMeanOfSchools: '50.10', schools: 2 }]]);
    expect(w[0]?.message.ru).toBe('МО, 2024, ЕГЭ, русский язык, 11 класс: итоговый средний балл 50,3, а взвешенное по участникам среднее 2 школ — 50,10');
  });

  it('(3 · 50,1 + 7 · 50,2) / 10 = 50,17: a total printed to hundredths may be 0,055 away (50,22 is within, 50,23 is not)', () => {
    expect(at([[50.1, 3], [50.2, 7]], 50.22)).toEqual([]);
    expect(at([[50.1, 3], [50.2, 7]], 50.23).map((x) => x.numbers['weightedMeanOfSchools'])).toEqual(['50.17']);
  });
});
