import { describe, expect, it } from 'vitest';
import { type Methodology, identify } from '../../src/index.js';
import { dataset, verdict } from './helpers.js';

// «Устойчиво низкие» as data: in the bottom 25 % this year AND on the list the year before — a
// category that refers to itself one year back (`category` measure with `yearOffset: -1`).
const methodology: Methodology = {
  id: 'persistent-low',
  name: { ru: 'Устойчиво низкие результаты' },
  territories: ['mo'],
  validFrom: '2020-01-01',
  categories: [
    {
      kind: 'flag',
      id: 'low',
      name: { ru: 'Низкие результаты (нижние 25 %)' },
      rule: {
        kind: 'rank',
        measure: { kind: 'result', procedures: ['oge'], subjects: ['math'], metric: 'meanMark' },
        better: 'higher',
        position: 'bottom',
        percent: 25,
        pool: { scope: 'municipality' },
        rounding: 'floor',
        ties: 'include',
        minPoolSize: 4,
      },
    },
    {
      kind: 'flag',
      id: 'persistent',
      name: { ru: 'Устойчиво низкие (два года подряд)' },
      rule: {
        kind: 'all',
        rules: [
          { kind: 'threshold', measure: { kind: 'category', category: 'low' }, op: 'eq', value: 1 },
          { kind: 'threshold', measure: { kind: 'category', category: 'low', yearOffset: -1 }, op: 'eq', value: 1 },
        ],
      },
    },
  ],
};

describe('«устойчиво низкие» over two years, as data', () => {
  // 8 schools, bottom 25 % = 2. 2023: A, B lowest; 2024: A, C lowest → A is persistent, C is not, B left.
  const mark = (id: string, year: number, mean3share: number) => ({
    schoolId: id, year, procedure: 'oge', subject: 'math', grade: 9, participants: 10, marks: { '2': 0, '3': mean3share, '4': 10 - mean3share, '5': 0 },
  });
  const order2023: Record<string, number> = { A: 10, B: 9, C: 6, D: 5, E: 4, F: 3, G: 2, H: 1 };
  const order2024: Record<string, number> = { A: 10, C: 9, B: 6, D: 5, E: 4, F: 3, G: 2, H: 1 };
  const ids = Object.keys(order2023);
  const ds = dataset({ schools: ids, results: [...ids.map((id) => mark(id, 2023, order2023[id] as number)), ...ids.map((id) => mark(id, 2024, order2024[id] as number))] });

  it('A stays in the bottom two years running; C enters; B leaves', () => {
    const r = identify(methodology, ds, 2024);
    expect(r.lists.low?.yes).toEqual(['A', 'C']);
    expect(r.lists.persistent?.yes).toEqual(['A']);
    expect(verdict(r, 'C', 'persistent')).toBe(false);
    expect(verdict(r, 'B', 'persistent')).toBe(false);
  });

  it('without the previous year\u2019s data the verdict is unknown, unless this year already says no', () => {
    const r = identify(methodology, ds, 2023);
    expect(verdict(r, 'A', 'persistent')).toBe('missing');
    expect(verdict(r, 'H', 'persistent')).toBe(false);
  });
});
