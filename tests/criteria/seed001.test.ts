import { describe, expect, it } from 'vitest';
import { BEREZOVSKY_DECLARED_FACTS, berezovskyMethodology, identify, parseMethodology, seed001Methodology } from '../../src/index.js';
import { dataset, verdict } from './helpers.js';

// Eight hand-made schools, evaluated for 2023 (window 2021–2023). Verdicts worked out by hand:
//  N1 (bottom 25 % of 8 = 2 schools by 3-year ОГЭ mean marks): K1 (3,1), K2 (3,2)
//  N2 (< 60 % continued to grade 10): K3 (11/20 = 55 %); K4 has exactly 60 % → no («менее»)
//  N3 (ЕГЭ mean > 20 below the region's: Russian 68, profile maths 62): K5 (Russian 45: 23 below);
//     K6 (48: exactly 20) → no («более»); every school's profile maths is 60 (2 below)
//  N4 (≤ 0,5 % olympiad participants over 3 years): K6 (1/300 = 0,33 %), K7 (3/600 = 0,5 % exactly → yes, «и ниже»);
//     K8 has only two years of data → unknown
//  N5 (≤ 40 % satisfied): K8 (40/100)
const ids = ['K1', 'K2', 'K3', 'K4', 'K5', 'K6', 'K7', 'K8'];
const ogeMean: Record<string, [number, number]> = { K1: [9, 1], K2: [8, 2], K3: [6, 4], K4: [5, 5], K5: [4, 6], K6: [3, 7], K7: [2, 8], K8: [1, 9] };
const egeRussian: Record<string, number> = { K1: 66, K2: 64, K3: 70, K4: 62, K5: 45, K6: 48, K7: 71, K8: 69 };
const results = ids.flatMap((id) =>
  [2021, 2022, 2023].flatMap((year) => [
    ...['russian', 'math'].map((subject) => {
      const [m3, m4] = ogeMean[id] as [number, number];
      return { schoolId: id, year, procedure: 'oge', subject, grade: 9, participants: 10, marks: { '2': 0, '3': m3, '4': m4, '5': 0 } };
    }),
    { schoolId: id, year, procedure: 'ege', subject: 'russian', grade: 11, participants: 8, mean: egeRussian[id] },
    { schoolId: id, year, procedure: 'ege', subject: 'math_profile', grade: 11, participants: 5, mean: 60 },
  ]),
);
const fact = (id: string, year: number, extra: Record<string, unknown>) => ({ schoolId: id, year, ...extra });
const facts = ids.flatMap((id) =>
  [2021, 2022, 2023]
    .filter((y) => !(id === 'K8' && y === 2021))
    .map((year) =>
      fact(id, year, {
        olympiadParticipants: id === 'K6' ? { count: year === 2021 ? 1 : 0, total: 100 } : id === 'K7' ? { count: 1, total: 200 } : { count: 10, total: 100 },
        ...(year === 2023
          ? {
              continuedToGrade10: id === 'K3' ? { count: 11, total: 20 } : id === 'K4' ? { count: 12, total: 20 } : { count: 15, total: 20 },
              parentsSatisfied: id === 'K8' ? { count: 40, total: 100 } : { count: 80, total: 100 },
            }
          : {}),
      }),
    ),
);
const textbooks: Record<string, number> = { K1: 10, K2: 15, K3: 30, K4: 40, K5: 50, K6: 60, K7: 65, K8: 70 };
const ds = dataset({
  schools: ids,
  territoryId: 'berezovsky',
  regionId: 'krasnoyarsk',
  results,
  territoryResults: [
    { territoryId: 'krasnoyarsk', year: 2023, procedure: 'ege', subject: 'russian', grade: 11, mean: 68 },
    { territoryId: 'krasnoyarsk', year: 2023, procedure: 'ege', subject: 'math_profile', grade: 11, mean: 62 },
  ],
  facts,
  resources: ids.map((id) => ({ schoolId: id, year: 2023, recentTextbooksPercent: textbooks[id] })),
});

describe('seed 001 ШНОР (L221), checked by hand', () => {
  it('is valid data', () => {
    expect(parseMethodology(seed001Methodology())).toEqual(seed001Methodology());
  });

  // N3 on ЕГЭ alone (the scale argument): this dataset has no ОГЭ or ВПР mean scores, which the
  // as-written default of N3 also compares (see tests/programs/seedReadings.test.ts)
  it('any one of N1–N5 (default combination; N3 on ЕГЭ only)', () => {
    const r = identify(seed001Methodology({ n3: 'egeOnly' }), ds, 2023);
    expect(Object.fromEntries(ids.map((id) => [id, verdict(r, id, 'shnor')]))).toEqual({
      K1: true, K2: true, K3: true, K4: false, K5: true, K6: true, K7: true, K8: true,
    });
  });

  it('at least 2 of 5: nobody has two; K8 has one and one unknown, so it stays unknown', () => {
    const r = identify(seed001Methodology({ combine: 'atLeast', k: 2, n3: 'egeOnly' }), ds, 2023);
    expect(Object.fromEntries(ids.map((id) => [id, verdict(r, id, 'shnor')]))).toEqual({
      K1: false, K2: false, K3: false, K4: false, K5: false, K6: false, K7: false, K8: 'missing',
    });
  });

  it('the explanation names each criterion with its numbers', () => {
    const r = identify(seed001Methodology(), ds, 2023);
    const k7 = r.schools.find((s) => s.schoolId === 'K7')?.categories[0]?.explanation?.ru ?? '';
    expect(k7).toContain('доля обучающихся — участников олимпиад за 3 года = 0,5 % (3 из 600) ≤ 0,5 % — выполнено');
    const k6 = r.schools.find((s) => s.schoolId === 'K6')?.categories[0]?.explanation?.ru ?? '';
    expect(k6).toContain('школа 48, регион 68; отставание 20 баллов > 20 баллов — не выполнено');
    const k1 = r.schools.find((s) => s.schoolId === 'K1')?.categories[0]?.explanation?.ru ?? '';
    expect(k1).toContain('место 1 из 8 среди школ той же территории (нижние 25 % — 2 школы, с округлением вверх');
  });

  it('rounding of 25 % of 7 schools: ceil takes 2, floor takes 1', () => {
    const seven = { ...ds, schools: ds.schools.filter((s) => s.id !== 'K8'), results: ds.results?.filter((r) => r.schoolId !== 'K8'), facts: ds.facts?.filter((f) => f.schoolId !== 'K8'), resources: ds.resources?.filter((f) => f.schoolId !== 'K8') };
    const n1 = (rounding: 'ceil' | 'floor') =>
      identify(seed001Methodology({ rounding }), seven, 2023).schools.map((s) => [s.schoolId, s.categories[0]?.trace?.children?.[0]?.outcome]);
    expect(n1('ceil').filter(([, o]) => o === 'true').map(([id]) => id)).toEqual(['K1', 'K2']);
    expect(n1('floor').filter(([, o]) => o === 'true').map(([id]) => id)).toEqual(['K1']);
  });
});

describe('seed 001 ШНСУ (L222–L224)', () => {
  it('the resource sub-type: bottom 25 % by textbooks not older than 3 years; the others missing without data', () => {
    const r = identify(seed001Methodology(), ds, 2023);
    expect(r.lists.shnsu_resources?.yes).toEqual(['K1', 'K2']);
    expect(r.lists.shnsu_social).toEqual({ yes: [], missing: ids, notApplicable: [] });
    // ШНСУ is any sub-type: yes for K1, K2; missing (never "no") for the rest
    expect(r.lists.shnsu).toEqual({ yes: ['K1', 'K2'], missing: ['K3', 'K4', 'K5', 'K6', 'K7', 'K8'], notApplicable: [] });
  });
});

describe('ЕГЭ criteria at an ООШ do not apply', () => {
  it('an ООШ without grade 11 is judged on the other criteria', () => {
    // without the ЕГЭ rows, N3 would be unknown for an СОШ; for an ООШ it does not apply
    const oosh = { ...ds, schools: ds.schools.map((s) => (s.id === 'K4' ? { ...s, type: 'ООШ' as const } : s)), results: ds.results?.filter((r) => !(r.schoolId === 'K4' && r.procedure === 'ege')) };
    const r = identify(seed001Methodology({ n3: 'egeOnly' }), oosh, 2023);
    expect(verdict(r, 'K4', 'shnor')).toBe(false);
    const text = r.schools.find((s) => s.schoolId === 'K4')?.categories[0]?.explanation?.ru ?? '';
    expect(text).toContain('в школе нет 11 класса (ООШ)');
  });
});

describe('seed 001: the social and staff indices as the seed words them (L222, L223)', () => {
  const four = ['T1', 'T2', 'T3', 'T4'];
  const F = (schoolId: string, fact: string, value: number) => ({ schoolId, year: 2023, fact, value });

  it('L222 «отсутствием учебной мотивации»: with equal passports, the school with the most unmotivated pupils (60 %) has the lowest ИСБ', () => {
    const passport = (id: string) => ({ schoolId: id, year: 2023, pupils: 100, counts: { low_income: 20, parent_higher_education_one: 30, kdn_registered: 2, non_native_russian: 5 } });
    const base = { schools: four, social: four.map(passport) };
    const withFacts = dataset({ ...base, declaredFacts: BEREZOVSKY_DECLARED_FACTS, factValues: [F('T1', 'pupilsWithoutMotivation', 10), F('T2', 'pupilsWithoutMotivation', 20), F('T3', 'pupilsWithoutMotivation', 30), F('T4', 'pupilsWithoutMotivation', 60)] });
    const r = identify(berezovskyMethodology(), withFacts, 2023);
    // min–max: every passport component is equal (0,5 each); motivation (60 − x) / 50 → T1 1, T2 0,8, T3 0,6, T4 0;
    // these schools give no distance and no class size, so 5 of the 7 components are averaged (reweighted):
    // T4 (4 × 0,5 + 0) / 5 = 0,4 is the lowest, T1 (4 × 0,5 + 1) / 5 = 0,6; 25 % of 4 rounded up is 1 school
    expect((r.indices.social as Record<string, number>).T4).toBeCloseTo(0.4, 6);
    expect((r.indices.social as Record<string, number>).T1).toBeCloseTo(0.6, 6);
    expect(r.lists.shnsu_social?.yes).toEqual(['T4']);
    const component = berezovskyMethodology().indices?.find((i) => i.id === 'social')?.components.find((c) => c.id === 'without_motivation');
    expect(component).toMatchObject({ measure: { kind: 'declared', fact: 'pupilsWithoutMotivation' }, direction: 'negative' });
    // without the fact the passports tie: every school is in the bottom quartile (ties included)
    expect(identify(berezovskyMethodology(), dataset(base), 2023).lists.shnsu_social?.yes).toEqual(four);
  });

  it('L223: category confirmed or raised within 3 years (+), 1,5 rates (−), contests within 3 years (+), outside the diploma (−)', () => {
    const staff = (id: string, rates: number, outside: number) => ({ schoolId: id, year: 2023, teachers: 20, onOneAndHalfRates: rates, outsideDiploma: outside });
    const base = { schools: four, staffing: [staff('T1', 2, 2), staff('T2', 2, 2), staff('T3', 3, 3), staff('T4', 0, 0)] };
    const facts = [
      F('T1', 'teachersCategoryIn3Years', 40), F('T1', 'teachersInContestsIn3Years', 5),
      F('T2', 'teachersCategoryIn3Years', 80), F('T2', 'teachersInContestsIn3Years', 30),
      F('T3', 'teachersCategoryIn3Years', 60), F('T3', 'teachersInContestsIn3Years', 20),
      F('T4', 'teachersCategoryIn3Years', 90), F('T4', 'teachersInContestsIn3Years', 40),
    ];
    const r = identify(berezovskyMethodology(), dataset({ ...base, declaredFacts: BEREZOVSKY_DECLARED_FACTS, factValues: facts }), 2023);
    // min–max by hand (rates and outside: 10 %, 10 %, 15 %, 0 % of 20 teachers, turned round: 1 − x / 15):
    //  T1 (0 + 1/3 + 0 + 1/3) / 4 = 0,1667; T2 (0,8 + 1/3 + 25/35 + 1/3) / 4 = 0,5452; T3 (0,4 + 0 + 15/35 + 0) / 4 = 0,2071; T4 1
    const staffIndex = r.indices.staff as Record<string, number>;
    expect(staffIndex.T1).toBeCloseTo(1 / 6, 6);
    expect(staffIndex.T2).toBeCloseTo((0.8 + 1 / 3 + 25 / 35 + 1 / 3) / 4, 6);
    expect(staffIndex.T3).toBeCloseTo((0.4 + 15 / 35) / 4, 6);
    expect(staffIndex.T4).toBeCloseTo(1, 6);
    expect(r.lists.shnsu_staff?.yes).toEqual(['T1']);
    // on the staffing fields alone T3 (most on 1,5 rates and outside the diploma) would be the lowest
    expect(identify(berezovskyMethodology(), dataset(base), 2023).lists.shnsu_staff?.yes).toEqual(['T3']);
    expect(berezovskyMethodology().indices?.find((i) => i.id === 'staff')?.components.map((c) => [c.id, c.direction])).toEqual([
      ['category_in_3_years', 'positive'],
      ['one_and_half_rates', 'negative'],
      ['contests_in_3_years', 'positive'],
      ['outside_diploma', 'negative'],
    ]);
  });
});
