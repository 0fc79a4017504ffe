import { describe, expect, it } from 'vitest';
import { identify, parseMethodology, seed002Methodology } from '../../src/index.js';
import { dataset, row, verdict } from './helpers.js';

// Hand-made schools for seed 002's ШНОР rule (L125). Each is built to separate the readings.
//  S1: 2024 ВПР-5 maths 7/20 (35 %) and ОГЭ Russian 4/10 (40 %)          → A (two procedures in one year)
//  S2: 2024 ВПР-5 maths 6/20 (30 %, exactly) and ВПР-6 Russian 10/25 (40 %) → A only if ВПР grades are distinct procedures
//  S3: 2023 ОГЭ maths 5/12 (41,7 %), 2024 ОГЭ Russian 4/10 (40 %)          → B if the subject may change, not if it must stay
//  S4: 2023 ВПР-5 maths 8/20 (40 %), 2024 ВПР-5 maths 7/20 (35 %)          → B either way; not A
//  S5: 25 % everywhere (5/20)                                               → no
//  S6: results only in 2023                                                → unknown for 2024, never "no"
//  S7: 2024 ВПР-5 maths 2/7 (28,6 %), ОГЭ Russian 3/10 (30 %); 2023 clean   → no (one procedure only)
const ds = dataset({
  schools: ['S1', 'S2', 'S3', 'S4', 'S5', 'S6', 'S7'],
  results: [
    row('S1', 2024, 'vpr', 'math', 5, 7, 20), row('S1', 2024, 'oge', 'russian', 9, 4, 10), row('S1', 2023, 'vpr', 'math', 5, 1, 20),
    row('S2', 2024, 'vpr', 'math', 5, 6, 20), row('S2', 2024, 'vpr', 'russian', 6, 10, 25), row('S2', 2023, 'vpr', 'math', 5, 2, 20),
    row('S3', 2023, 'oge', 'math', 9, 5, 12), row('S3', 2024, 'oge', 'russian', 9, 4, 10), row('S3', 2024, 'oge', 'math', 9, 1, 12),
    row('S4', 2023, 'vpr', 'math', 5, 8, 20), row('S4', 2024, 'vpr', 'math', 5, 7, 20),
    row('S5', 2023, 'vpr', 'math', 5, 5, 20), row('S5', 2024, 'vpr', 'math', 5, 5, 20), row('S5', 2024, 'oge', 'math', 9, 5, 20),
    row('S6', 2023, 'vpr', 'math', 5, 9, 20),
    row('S7', 2024, 'vpr', 'math', 5, 2, 7), row('S7', 2024, 'oge', 'russian', 9, 3, 10), row('S7', 2023, 'vpr', 'math', 5, 0, 7),
  ],
});

const shnor = (options: Parameters<typeof seed002Methodology>[0]) => {
  const r = identify(seed002Methodology(options), ds, 2024);
  return Object.fromEntries(['S1', 'S2', 'S3', 'S4', 'S5', 'S6', 'S7'].map((s) => [s, verdict(r, s, 'shnor')]));
};

describe('seed 002 ШНОР (L125), checked by hand', () => {
  it('is valid data', () => {
    expect(parseMethodology(seed002Methodology())).toEqual(seed002Methodology());
  });

  it('default reading: a procedure is ВПР/ОГЭ/ЕГЭ, Rule B any subject, A «или» B', () => {
    expect(shnor({})).toEqual({ S1: true, S2: false, S3: true, S4: true, S5: false, S6: 'unknown', S7: false });
  });

  it('two ВПР grades count as two procedures: S2 joins', () => {
    expect(shnor({ vprGradesAreDistinctProcedures: true })).toMatchObject({ S1: true, S2: true, S4: true });
  });

  it('Rule B needs the same subject in both years: S3 leaves, S4 stays', () => {
    expect(shnor({ ruleBSameSubject: true })).toMatchObject({ S3: false, S4: true, S1: true });
  });

  it('«и» instead of «или»: nobody satisfies both rules', () => {
    expect(shnor({ combine: 'all' })).toEqual({ S1: false, S2: false, S3: false, S4: false, S5: false, S6: 'unknown', S7: false });
  });

  it('6 of 20 is exactly 30 %, so it counts («не менее 30 %»)', () => {
    const r = identify(seed002Methodology({ vprGradesAreDistinctProcedures: true }), ds, 2024);
    const s2 = r.schools.find((s) => s.schoolId === 'S2')?.categories[0];
    expect(s2?.explanation?.ru).toContain('ВПР 2024, математика, 5 класс: 6 из 20 (30 %)');
  });

  it('explains the verdict in Russian and English, with the seed line of the rule', () => {
    const r = identify(seed002Methodology(), ds, 2024);
    const s1 = r.schools.find((s) => s.schoolId === 'S1')?.categories.find((c) => c.categoryId === 'shnor');
    expect(s1?.explanation?.ru.split('\n')[0]).toBe('ШНОР: да');
    expect(s1?.explanation?.ru).toContain('в один год не менее чем в 2 оценочных процедурах (процедурой считается её вид, при любом классе и предмете)');
    expect(s1?.explanation?.en).toContain('Low-results school (ШНОР): yes');
    expect(s1?.trace?.children?.[0]?.source).toEqual({ seed: '002_2244a13e5dbe77ea.txt', line: 125, note: '«в один год минимум в двух различных оценочных процедурах»' });
    const s6 = r.schools.find((s) => s.schoolId === 'S6')?.categories.find((c) => c.categoryId === 'shnor');
    expect(s6?.outcome).toMatchObject({ status: 'missing' });
    expect(s6?.explanation?.ru).toContain('неизвестно — нет данных');
  });

  it('the lists name the schools', () => {
    const r = identify(seed002Methodology(), ds, 2024);
    expect(r.lists.shnor).toEqual({ yes: ['S1', 'S3', 'S4'], unknown: ['S6'] });
  });
});

describe('seed 002 ШНСУ (L80, L133): resource deficit AND ИСБ in the bottom quartile of the region', () => {
  // 8 schools; ИСБ from the social passport. Bottom 25 % of 8 = 2 schools: the two with the most
  // large families, non-native speakers and КДН registrations and the fewest parents with higher education.
  const soc = (id: string, bad: number, good: number) => ({
    schoolId: id,
    year: 2024,
    pupils: 100,
    counts: { parent_higher_education_one: good, large_family: bad, non_native_russian: bad, foster_care: Math.round(bad / 4), kdn_registered: Math.round(bad / 5) },
  });
  const res = (id: string, open: boolean) => ({ schoolId: id, year: 2024, deficits: [{ kind: 'staff', description: 'нет учителя физики', eliminated: !open }] });
  const ids = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H'];
  const ds2 = dataset({
    schools: ids,
    social: [soc('A', 40, 10), soc('B', 35, 12), soc('C', 10, 40), soc('D', 12, 35), soc('E', 15, 30), soc('F', 8, 50), soc('G', 20, 25), soc('H', 5, 60)],
    resources: [res('A', true), res('B', false), res('C', true), res('D', false), res('E', false), res('F', false), res('G', true)],
  });

  it('A: deficit and lowest ИСБ → ШНСУ; B: lowest ИСБ but deficit eliminated → not; C: deficit, high ИСБ → not; H: no resources data → unknown only if it could matter', () => {
    const r = identify(seed002Methodology(), ds2, 2024);
    expect(verdict(r, 'A', 'shnsu')).toBe(true);
    expect(verdict(r, 'B', 'shnsu')).toBe(false);
    expect(verdict(r, 'C', 'shnsu')).toBe(false);
    // H has the highest ИСБ, so «и» is false whatever its resources
    expect(verdict(r, 'H', 'shnsu')).toBe(false);
    expect(verdict(r, 'A', 'riskZone')).toBe(true);
    expect(verdict(r, 'B', 'riskZone')).toBe(true);
    expect(verdict(r, 'H', 'riskZone')).toBe('unknown');
    const isb = r.indices.isb as Record<string, number>;
    const order = Object.entries(isb).sort((a, b) => a[1] - b[1]).map(([id]) => id);
    expect(order.slice(0, 2)).toEqual(['A', 'B']);
  });

  it('clusters group the identified schools only (L81): rule B → № 2, rule A only → № 1, ШНСУ → № 3', () => {
    const r = identify(seed002Methodology(), ds2, 2024);
    // no results in this dataset: cluster 2 needs ШНОР (unknown without results), so the class is unknown
    expect(verdict(r, 'A', 'cluster')).toBe('unknown');
    const r1 = identify(seed002Methodology(), ds, 2024);
    // S1: ШНОР by rule A only (ВПР-5 maths 7/20 and ОГЭ Russian 4/10 in 2024) → «группы неуспевающих»
    expect(verdict(r1, 'S1', 'cluster')).toBe('кластер № 1');
    // S4: ШНОР by rule B (ВПР-5 maths 8/20 in 2023, 7/20 in 2024) → «фактическая неуспеваемость»
    expect(verdict(r1, 'S4', 'cluster')).toBe('кластер № 2');
    // S5: not ШНОР (25 %), ШНСУ unknown without resources data → its cluster is unknown, never «кластер № 1»
    expect(verdict(r1, 'S5', 'cluster')).toBe('unknown');
  });
});
