import { describe, expect, it } from 'vitest';
import {
  FEDERAL_500_CATALOGUE,
  FEDERAL_500_CATALOGUE_WITH_MOTIVATION,
  type RiskBands,
  type RiskProfile,
  compareRiskProfiles,
  computeRiskProfile,
  prepareDataset,
  parseRiskProfile,
  resourceDeficits,
  safeParseRiskProfile,
  subsetCatalogue,
  summarizeRiskProfiles,
} from '../../src/index.js';
import { dataset } from '../criteria/helpers.js';

// seed 004, L1959–L1994: «Выбор приоритетных рисков ОО участниками проекта «500+»», МБОУ «Металлплощадская СОШ»
const LEVELS: Record<string, 'high' | 'medium' | 'low'> = {
  rf01: 'high', rf02: 'high', rf03: 'medium', rf04: 'high', rf05: 'high', rf06: 'medium', rf07: 'low', rf08: 'medium', rf09: 'high', rf10: 'medium',
};
const LINES: Record<string, number> = { rf01: 1964, rf02: 1967, rf03: 1970, rf04: 1973, rf05: 1976, rf06: 1979, rf07: 1983, rf08: 1986, rf09: 1990, rf10: 1993 };
const metallploschadskaya: RiskProfile = parseRiskProfile(
  {
    schoolId: 'kem-metallploschadskaya',
    year: 2022,
    catalogueId: 'fioko-500-10',
    factors: Object.entries(LEVELS).map(([factorId, level]) => ({
      factorId,
      level,
      actual: true,
      priority: null, // the table's title says «выбор приоритетных», but it does not mark which
      origin: 'fioko',
      source: { seed: '004_aed2dab0861538cc.txt', line: LINES[factorId] },
    })),
  },
  FEDERAL_500_CATALOGUE,
);
// a synthetic neighbour school (not from the seeds)
const neighbour: RiskProfile = {
  schoolId: 'synthetic-neighbour',
  year: 2022,
  catalogueId: 'fioko-500-10',
  factors: [
    { factorId: 'rf01', level: 'high', actual: true, priority: true, origin: 'self' },
    { factorId: 'rf02', level: 'medium', actual: true, priority: false, origin: 'self' },
    { factorId: 'rf07', level: 'low', actual: false, priority: false, origin: 'self' },
    { factorId: 'rf10', level: null, actual: false, priority: null, origin: 'self' },
  ],
};

describe('the 500+ catalogue', () => {
  it('has ten factors, an eleventh in the cycles with motivation, and program subsets', () => {
    expect(FEDERAL_500_CATALOGUE.factors.map((f) => f.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(FEDERAL_500_CATALOGUE_WITH_MOTIVATION.factors).toHaveLength(11);
    // seed 000 (L887–L896) uses the first nine
    expect(subsetCatalogue(FEDERAL_500_CATALOGUE, ['rf01', 'rf02', 'rf03', 'rf04', 'rf05', 'rf06', 'rf07', 'rf08', 'rf09'], 'seed000').factors).toHaveLength(9);
  });
});

describe('seed 004: the profile of МБОУ «Металлплощадская СОШ»', () => {
  it('10 factors: 5 Высокий, 4 Средний, 1 Низкий', () => {
    const count = (l: string) => metallploschadskaya.factors.filter((f) => f.level === l).length;
    expect([count('high'), count('medium'), count('low')]).toEqual([5, 4, 1]);
    expect(metallploschadskaya.factors.every((f) => f.priority === null)).toBe(true);
  });

  it('the municipal summary over it and a neighbour', () => {
    const s = summarizeRiskProfiles([metallploschadskaya, neighbour], FEDERAL_500_CATALOGUE);
    const by = Object.fromEntries(s.map((r) => [r.factorId, r]));
    expect(by.rf01).toMatchObject({ counts: { high: 2, medium: 0, low: 0, missing: 0 }, actual: 2, priority: 1 });
    expect(by.rf02?.counts).toEqual({ high: 1, medium: 1, low: 0, missing: 0 });
    expect(by.rf07).toMatchObject({ counts: { high: 0, medium: 0, low: 2, missing: 0 }, actual: 1 });
    expect(by.rf10?.counts).toEqual({ high: 0, medium: 1, low: 0, missing: 1 });
    expect(by.rf03?.counts).toEqual({ high: 0, medium: 1, low: 0, missing: 0 });
  });

  it('the change against the previous year', () => {
    const next: RiskProfile = {
      ...metallploschadskaya,
      year: 2023,
      factors: metallploschadskaya.factors.map((f) =>
        f.factorId === 'rf01' ? { ...f, level: 'medium' } : f.factorId === 'rf02' ? { ...f, level: 'low', actual: false } : f.factorId === 'rf07' ? { ...f, level: 'medium' } : f,
      ),
    };
    const changes = Object.fromEntries(compareRiskProfiles(metallploschadskaya, next, FEDERAL_500_CATALOGUE).map((c) => [c.factorId, c.change]));
    expect(changes).toMatchObject({ rf01: 'down', rf02: 'resolved', rf07: 'up', rf04: 'same' });
    const s = summarizeRiskProfiles([next], FEDERAL_500_CATALOGUE, [metallploschadskaya]);
    expect(s.find((r) => r.factorId === 'rf01')?.change).toEqual({ high: -1, medium: 1, low: 0, missing: 0 });
  });

  it('an imported profile with an unknown or repeated factor is rejected with every issue', () => {
    const r = safeParseRiskProfile({ ...metallploschadskaya, factors: [...metallploschadskaya.factors, { factorId: 'rf99', level: 'high', actual: true, priority: null, origin: 'fioko' }, metallploschadskaya.factors[0]] }, FEDERAL_500_CATALOGUE);
    expect(r.success).toBe(false);
    if (!r.success) expect(r.issues.map((i) => i.code)).toEqual(['unknown_factor', 'duplicate_factor']);
  });
});

describe('computed levels through bands (hand-made data)', () => {
  // «Дефицит педагогических кадров»: the share of teachers on 1,5+ rates: ≥ 30 % → Высокий, ≥ 15 % → Средний, else Низкий.
  // «Низкий уровень оснащения»: equipment ≤ 50 % → Высокий, ≤ 75 % → Средний, else Низкий.
  const bands: RiskBands[] = [
    { factorId: 'rf02', measure: { kind: 'staffing', field: 'onOneAndHalfRates' }, bands: [{ level: 'high', op: 'gte', value: 30 }, { level: 'medium', op: 'gte', value: 15 }], otherwise: 'low' },
    { factorId: 'rf01', measure: { kind: 'resources', field: 'equipmentPercent' }, bands: [{ level: 'high', op: 'lte', value: 50 }, { level: 'medium', op: 'lte', value: 75 }], otherwise: 'low' },
  ];
  const ds = dataset({
    schools: ['A', 'B', 'C'],
    staffing: [
      { schoolId: 'A', year: 2024, teachers: 20, onOneAndHalfRates: 6 }, // 30 % exactly → high
      { schoolId: 'B', year: 2024, teachers: 20, onOneAndHalfRates: 2 }, // 10 % → low
    ],
    resources: [
      { schoolId: 'A', year: 2024, equipmentPercent: '75' }, // ≤ 75 → medium
      { schoolId: 'B', year: 2024, equipmentPercent: 90 },
      { schoolId: 'C', year: 2024, equipmentPercent: 40 },
    ],
  });

  it('gives the same profile from a prepared dataset (indexed once for many schools)', () => {
    const prepared = prepareDataset(ds);
    for (const id of ['A', 'B', 'C']) expect(computeRiskProfile(prepared, id, 2024, bands, FEDERAL_500_CATALOGUE)).toEqual(computeRiskProfile(ds, id, 2024, bands, FEDERAL_500_CATALOGUE));
  });

  it('gives the level the bands say, with the trace', () => {
    const { profile, trace } = computeRiskProfile(ds, 'A', 2024, bands, FEDERAL_500_CATALOGUE);
    expect(profile.factors).toEqual([
      { factorId: 'rf02', level: 'high', actual: true, priority: null, origin: 'computed' },
      { factorId: 'rf01', level: 'medium', actual: true, priority: null, origin: 'computed' },
    ]);
    expect(trace[0]?.text.ru).toBe('Дефицит педагогических кадров: доля учителей на 1,5 ставки и более = 30 % (6 из 20); ≥ 30 → Высокий');
    expect(trace[0]?.share).toEqual({ count: 6, total: 20 });
    const b = computeRiskProfile(ds, 'B', 2024, bands, FEDERAL_500_CATALOGUE).profile;
    expect(b.factors.map((f) => [f.factorId, f.level, f.actual])).toEqual([['rf02', 'low', false], ['rf01', 'low', false]]);
  });

  it('a factor without data is unknown, never Низкий', () => {
    const { profile, trace } = computeRiskProfile(ds, 'C', 2024, bands, FEDERAL_500_CATALOGUE);
    expect(profile.factors[0]).toMatchObject({ factorId: 'rf02', level: null, actual: false });
    expect(trace[0]?.missing).toEqual(['C: staffing.onOneAndHalfRates (2024)']);
    expect(profile.factors[1]).toMatchObject({ factorId: 'rf01', level: 'high' });
  });

  it('rejects a factor outside the catalogue', () => {
    expect(() => computeRiskProfile(ds, 'A', 2024, [{ ...bands[0]!, factorId: 'rf42' }], FEDERAL_500_CATALOGUE)).toThrowError(/INVALID_OPTION/);
  });
});

describe('resource deficits by kind (seed 002, L80, L132, L146–L147)', () => {
  it('identified and eliminated per school, municipal counts, schools without data listed', () => {
    const ds = dataset({
      schools: ['A', 'B', 'C'],
      resources: [
        { schoolId: 'A', year: 2024, deficits: [{ kind: 'staff', description: 'нет учителя физики' }, { kind: 'material', description: 'нет спортзала', eliminated: true }] },
        { schoolId: 'B', year: 2024, deficits: [] },
      ],
    });
    const r = resourceDeficits(ds, 2024);
    expect(r.schoolsWith).toEqual({ staff: 1, material: 1, financial: 0 });
    expect(r.schoolsEliminated).toEqual({ staff: 0, material: 1, financial: 0 });
    expect(r.missing).toEqual(['C']);
    expect(r.rows[0]?.identified.staff).toEqual(['нет учителя физики']);
  });
});
