import { describe, expect, it } from 'vitest';
import { nationalDataset } from '../../bench/generate.js';
import { type AssessmentResult, type Dataset, checkDataset, packResults, parseDataset, prepareColumns } from '../../src/index.js';
import { dataset } from '../criteria/helpers.js';

// A warning about a result row writes its words when they are read (a national file has hundreds of
// thousands): to every reader it is the warning written at once — the same keys in the same order,
// the same JSON, spreads and clones included — and the words are those of its own row, however the
// rows are held (objects, or packed columns read through one moving cursor).

const row = (schoolId: string, subject: string, grade: number, marks: Record<'2' | '3' | '4' | '5', number>, extra: Record<string, unknown> = {}) => ({
  schoolId, year: 2024, procedure: 'oge', subject, grade, marks, ...extra,
});

const rows = [
  row('A', 'math', 9, { '2': 1, '3': 2, '4': 3, '5': 4 }, { participants: 11 }),
  row('B', 'russian', 9, { '2': 0, '3': 1, '4': 1, '5': 1 }, { participants: 3, mean: 3.5 }),
  row('C', 'math', 9, { '2': 2, '3': 0, '4': 0, '5': 0 }, { participants: 2, belowMinimum: 3, min: 5, max: 4, reported: { qualityPercent: 40, belowMinimumPercent: 10 } }),
];
const ds = dataset({ schools: ['A', 'B', 'C'], results: rows });

const expected = [
  { code: 'MARKS_SUM', path: ['results', 0, 'marks'], numbers: { sum: 10, participants: 11 }, message: { ru: 'Школа A, 2024, ОГЭ, математика, 9 класс: сумма отметок «2»–«5» (10) не равна числу участников (11)', en: 'Школа A, 2024, OGE, Mathematics, grade 9: marks 2–5 add up to 10, not to the 11 participants' } },
  { code: 'MEAN_MISMATCH', path: ['results', 1, 'mean'], numbers: { printed: '3.5', computed: '4' }, message: { ru: 'Школа B, 2024, ОГЭ, русский язык, 9 класс: средняя отметка 3,5 не совпадает с вычисленной по распределению (4,00)', en: 'Школа B, 2024, OGE, Russian, grade 9: mean mark 3.5 differs from the distribution\'s (4.00)' } },
];

describe('warnings about result rows, written when read', () => {
  it('read in any order, each speaks of its own row: objects and packed columns alike', () => {
    const columns = prepareColumns({ ...ds, results: [] }, packResults(ds.results ?? [])).dataset;
    for (const d of [ds, columns]) {
      const w = checkDataset(d);
      // the last first: a text must not depend on where a cursor was left
      const texts = [...w].reverse().map((x) => x.message.ru).reverse();
      expect(texts.slice(0, 2)).toEqual(expected.map((e) => e.message.ru));
      expect(texts.slice(2).every((t) => t.startsWith('Школа C, 2024, ОГЭ, математика, 9 класс: '))).toBe(true);
      expect(w.slice(0, 2)).toEqual(expected);
    }
    expect(JSON.stringify(checkDataset(columns))).toBe(JSON.stringify(checkDataset(ds)));
  });

  it('the same keys in the same order for JSON, spreads, clones and deep equality', () => {
    const w = checkDataset(ds);
    expect(w.length).toBeGreaterThan(4);
    for (const x of w) {
      expect(Object.keys(x)).toEqual(['code', 'path', 'numbers', 'message']);
      const plain = JSON.parse(JSON.stringify(x)) as unknown;
      expect({ ...x }).toEqual(plain);
      expect(structuredClone(x)).toEqual(plain);
      expect(x).toEqual(plain);
      // read twice: the same object
      expect(x.message).toBe(x.message);
    }
    expect(JSON.stringify(w.slice(0, 2))).toBe(JSON.stringify(expected));
  });
});

describe('packed columns checked from the columns first', () => {
  it('the same warnings as the rows as objects, every kind a packed row can have, years asked or not', () => {
    const base = parseDataset(nationalDataset(60));
    const results = (base.results ?? []).map((r, i): AssessmentResult => {
      const m = r.marks ?? { '2': 0, '3': 0, '4': 0, '5': 0 };
      switch (i % 11) {
        case 1: return { ...r, participants: (r.participants ?? 0) + 1 }; // marks do not add up
        case 2: return { ...r, belowMinimum: (r.participants ?? 0) + 2 }; // more than the participants
        case 3: return { ...r, min: 10, max: 5 }; // min above max, mean outside
        case 4: return { ...r, min: 0, max: 100 };
        case 5: return { ...r, procedure: 'gve9', mean: 2 }; // a printed mean mark of ГВЭ-9
        case 6: { const { marks: _m, ...rest } = r; return rest as AssessmentResult; } // no marks
        case 7: return { ...r, marks: { '2': m['2'], '3': m['3'] } as AssessmentResult['marks'] }; // part of the marks: extras
        case 8: return { ...r, participants: 0, marks: { '2': 0, '3': 0, '4': 0, '5': 0 } };
        default: return r;
      }
    });
    const objects: Dataset = { ...base, results };
    const columns = prepareColumns({ ...objects, results: [] }, packResults(results)).dataset;
    for (const options of [{}, { years: [2021, 2023] }, { years: [] as number[] }]) {
      const a = checkDataset(objects, options);
      const b = checkDataset(columns, options);
      expect(JSON.stringify(b)).toBe(JSON.stringify(a));
      if (options.years?.length !== 0) expect(new Set(a.map((w) => w.code))).toEqual(new Set(['MARKS_SUM', 'MEAN_MISMATCH', 'COUNT_EXCEEDS_PARTICIPANTS', 'STAT_OUT_OF_RANGE']));
    }
  });
});

describe('a mean mark to four places in integers', () => {
  it('is what the decimals give, for every distribution of up to 300 participants (objects and packed columns)', async () => {
    const { toDec, toPlainString } = await import('../../src/numbers/decimal.js');
    const rows: AssessmentResult[] = [];
    const want: string[] = [];
    for (let sum = 1; sum <= 300; sum++) {
      for (let extra = 0; extra <= 3 * sum; extra++) {
        // sum participants with 2·sum + extra points: «5» as many as fit, then one «3» or «4»
        const n5 = Math.floor(extra / 3);
        const n4 = extra % 3 === 2 ? 1 : 0;
        const n3 = extra % 3 === 1 ? 1 : 0;
        rows.push({ schoolId: 'A', year: 2024, procedure: 'oge', subject: 'math', grade: 9, participants: sum, marks: { '2': sum - n5 - n4 - n3, '3': n3, '4': n4, '5': n5 }, mean: 1 });
        want.push(toPlainString(toDec(2 * sum + extra).div(sum).toDecimalPlaces(4)));
      }
    }
    const objects = { ...ds, results: rows } as Dataset;
    for (const d of [objects, prepareColumns({ ...ds, results: [] }, packResults(rows)).dataset]) {
      const w = checkDataset(d);
      expect(w.length).toBe(rows.length);
      const got = w.map((x) => x.numbers.computed);
      expect(got.filter((c, i) => c !== want[i])).toEqual([]);
    }
  });
});
