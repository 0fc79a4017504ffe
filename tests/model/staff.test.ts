import { describe, expect, it } from 'vitest';
import { type Methodology, checkDataset, countInBands, identify } from '../../src/index.js';
import { dataset } from '../criteria/helpers.js';

describe('countInBands', () => {
  // out of order on purpose: the bands are sorted by their lower ends
  const bands = [{ from: 35, count: 6 }, { below: 25, count: 2 }, { from: 25, below: 35, count: 4 }];

  it('counts the bands inside a range, out of all of them; open ends on either side', () => {
    expect(countInBands(bands, { from: 25 })).toEqual({ status: 'value', value: { count: 10, total: 12 } });
    expect(countInBands(bands, { below: 35 })).toEqual({ status: 'value', value: { count: 6, total: 12 } });
    expect(countInBands(bands, {})).toEqual({ status: 'value', value: { count: 12, total: 12 } });
    expect(countInBands(bands.slice(0, 1), { below: 35 })).toEqual({ status: 'value', value: { count: 0, total: 6 } });
    // «70 and older» cuts the open band «35 and older»: no exact count
    expect(countInBands(bands, { from: 70 }).status).toBe('not_applicable');
  });

  it('is not applicable when the range cuts a band, or the bands overlap or are empty', () => {
    expect(countInBands(bands, { from: 30 })).toMatchObject({ status: 'not_applicable', reason: { code: 'BANDS_DO_NOT_ALIGN' } });
    expect(countInBands([{ below: 30, count: 1 }, { from: 25, count: 1 }], { from: 40 })).toMatchObject({ status: 'not_applicable', reason: { code: 'BANDS_OVERLAP' } });
    expect(countInBands([{ from: 30, below: 30, count: 1 }], {})).toMatchObject({ status: 'not_applicable', reason: { code: 'BAND_EMPTY' } });
  });
});

describe('checkDataset: staff distributions against the number of teachers (DISTRIBUTION_SUM)', () => {
  it('bands and education must add up; categories may fall short, not exceed', () => {
    const w = checkDataset(
      dataset({
        schools: ['A'],
        staffing: [{ schoolId: 'A', year: 2024, teachers: 20, ageBands: [{ below: 35, count: 5 }, { from: 35, count: 14 }] }],
        territoryFacts: [
          { territoryId: 'mo', year: 2024, staff: { teachers: 30, serviceBands: [{ below: 10, count: 10 }, { from: 10, count: 20 }], education: { higher: 25, secondaryVocational: 6 }, qualification: { highest: 10, first: 10, matchesPosition: 5 } } },
          { territoryId: 'mo', year: 2023, staff: { teachers: 30, qualification: { highest: 20, first: 10, matchesPosition: 5 } } },
        ],
      }),
    );
    expect(w.map((x) => [x.code, x.path.join('.'), x.numbers])).toEqual([
      ['DISTRIBUTION_SUM', 'staffing.0.ageBands', { sum: 19, teachers: 20 }],
      ['DISTRIBUTION_SUM', 'territoryFacts.0.staff.education', { sum: 31, teachers: 30 }],
      ['DISTRIBUTION_SUM', 'territoryFacts.1.staff.qualification', { sum: 35, teachers: 30 }],
    ]);
    expect(w[0]?.message.ru).toBe('Школа A, 2024: распределение «возраст» даёт 19 педагогов из 20');
  });
});

describe('a staffBand measure in a rule: «доля педагогов 50 лет и старше не менее 40 %»', () => {
  const ds = dataset({
    schools: ['A', 'B', 'C'],
    staffing: [
      { schoolId: 'A', year: 2024, teachers: 30, ageBands: [{ below: 35, count: 8 }, { from: 35, below: 50, count: 10 }, { from: 50, count: 12 }] },
      { schoolId: 'B', year: 2024, teachers: 20 },
      { schoolId: 'C', year: 2024, teachers: 20, ageBands: [{ below: 45, count: 10 }, { from: 45, below: 55, count: 6 }, { from: 55, count: 4 }] },
    ],
  });
  const m: Methodology = {
    id: 'ageing',
    name: { ru: 'Старение кадров' },
    territories: ['mo'],
    validFrom: '2024-01-01',
    categories: [{ kind: 'flag', id: 'ageing', name: { ru: 'Старение кадров' }, rule: { kind: 'threshold', measure: { kind: 'staffBand', distribution: 'age', from: 50 }, op: 'gte', value: 40 } }],
  };
  const r = identify(m, ds, 2024);
  const of = (id: string) => r.schools.find((s) => s.schoolId === id)?.categories[0];

  it('12 of 30 is 40 %: yes, exactly at the threshold, with the counts in the trace', () => {
    expect(of('A')?.outcome).toEqual({ status: 'value', value: true });
    expect(of('A')?.trace?.values).toMatchObject({ count: 12, total: 30 });
    expect(of('A')?.explanation?.ru).toContain('доля педагогов в возрасте 50 и более лет = 40 % (12 из 30)');
  });

  it('no bands: unknown with what is missing; bands that 50 cuts: not applicable, with why', () => {
    expect(of('B')?.outcome).toEqual({ status: 'missing', missing: ['B: staffing.ageBands (2024)'] });
    expect(of('C')?.outcome).toMatchObject({ status: 'not_applicable', reason: { code: 'BANDS_DO_NOT_ALIGN' } });
  });
});
