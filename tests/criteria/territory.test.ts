import { describe, expect, it } from 'vitest';
import { identify, parseMethodology, territoryVerdicts } from '../../src/index.js';
import { dataset, row } from './helpers.js';

const m = parseMethodology({
  id: 'm', name: { ru: 'м' }, territories: ['mo'], validFrom: '2020-01-01',
  categories: [{ kind: 'flag', id: 'shnor', name: { ru: 'ШНОР' }, rule: { kind: 'threshold', measure: { kind: 'result', procedures: ['vpr'], subjects: ['math'], metric: 'belowMinimumShare' }, op: 'gte', value: 30 } }],
});
const rule = { id: 'troubled', name: { ru: 'Муниципалитет с преобладанием ШНОР', en: 'Mostly low-results municipality' }, category: 'shnor', level: 'municipality' as const, op: 'gt' as const, percent: 50 };

describe('territory verdicts from the schools\' verdicts', () => {
  it('more than half of the rated schools: 3 of 5 → yes; exactly half → no', () => {
    const ds = dataset({ schools: ['A', 'B', 'C', 'D', 'E'], results: ['A', 'B', 'C', 'D', 'E'].map((s, i) => row(s, 2024, 'vpr', 'math', 5, i < 3 ? 8 : 2, 20)) });
    const [t] = territoryVerdicts(identify(m, ds, 2024), ds, rule);
    expect(t?.outcome).toEqual({ status: 'value', value: true });
    expect(t?.explanation.ru).toContain('в категории 3 из 5 оценённых школ (60 %), требуется более 50 %');
    const ds2 = dataset({ schools: ['A', 'B', 'C', 'D'], results: ['A', 'B', 'C', 'D'].map((s, i) => row(s, 2024, 'vpr', 'math', 5, i < 2 ? 8 : 2, 20)) });
    expect(territoryVerdicts(identify(m, ds2, 2024), ds2, rule)[0]?.outcome).toEqual({ status: 'value', value: false });
  });

  it('unknown schools decide nothing unless they could change the verdict', () => {
    // A, B, C yes; D no; E unknown: 3 of 5 already > 50 % → yes whatever E is
    const ds = dataset({ schools: ['A', 'B', 'C', 'D', 'E'], results: ['A', 'B', 'C', 'D'].map((s, i) => row(s, 2024, 'vpr', 'math', 5, i < 3 ? 8 : 2, 20)) });
    expect(territoryVerdicts(identify(m, ds, 2024), ds, rule)[0]?.outcome).toEqual({ status: 'value', value: true });
    // A, B yes; C, D no; E unknown: 2 or 3 of 5 → unknown, E listed
    const ds2 = dataset({ schools: ['A', 'B', 'C', 'D', 'E'], results: ['A', 'B', 'C', 'D'].map((s, i) => row(s, 2024, 'vpr', 'math', 5, i < 2 ? 8 : 2, 20)) });
    expect(territoryVerdicts(identify(m, ds2, 2024), ds2, rule)[0]?.outcome).toEqual({ status: 'missing', missing: ['E: shnor'] });
  });
});
