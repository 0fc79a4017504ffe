import { describe, expect, it } from 'vitest';
import { SERGOKALINSKY_DECLARED_FACTS, identify, parseDataset, parseMethodology, seed002Methodology, sergokalinskyMethodology } from '../../src/index.js';
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
    expect(shnor({})).toEqual({ S1: true, S2: false, S3: true, S4: true, S5: false, S6: 'missing', S7: false });
  });

  it('two ВПР grades count as two procedures: S2 joins', () => {
    expect(shnor({ vprGradesAreDistinctProcedures: true })).toMatchObject({ S1: true, S2: true, S4: true });
  });

  it('Rule B needs the same subject in both years: S3 leaves, S4 stays', () => {
    expect(shnor({ ruleBSameSubject: true })).toMatchObject({ S3: false, S4: true, S1: true });
  });

  it('«и» instead of «или»: nobody satisfies both rules', () => {
    expect(shnor({ combine: 'all' })).toEqual({ S1: false, S2: false, S3: false, S4: false, S5: false, S6: 'missing', S7: false });
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
    expect(r.lists.shnor).toEqual({ yes: ['S1', 'S3', 'S4'], missing: ['S6'], notApplicable: [] });
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
    expect(verdict(r, 'H', 'riskZone')).toBe('missing');
    const isb = r.indices.isb as Record<string, number>;
    const order = Object.entries(isb).sort((a, b) => a[1] - b[1]).map(([id]) => id);
    expect(order.slice(0, 2)).toEqual(['A', 'B']);
  });

  it('clusters group the identified schools only (L81): rule B → № 2, rule A only → № 1, ШНСУ → № 3', () => {
    const r = identify(seed002Methodology(), ds2, 2024);
    // no results in this dataset: cluster 2 needs ШНОР (unknown without results), so the class is unknown
    expect(verdict(r, 'A', 'cluster')).toBe('missing');
    const r1 = identify(seed002Methodology(), ds, 2024);
    // S1: ШНОР by rule A only (ВПР-5 maths 7/20 and ОГЭ Russian 4/10 in 2024) → «группы неуспевающих»
    expect(verdict(r1, 'S1', 'cluster')).toBe('кластер № 1');
    // S4: ШНОР by rule B (ВПР-5 maths 8/20 in 2023, 7/20 in 2024) → «фактическая неуспеваемость»
    expect(verdict(r1, 'S4', 'cluster')).toBe('кластер № 2');
    // S5: not ШНОР (25 %), ШНСУ unknown without resources data → its cluster is unknown, never «кластер № 1»
    expect(verdict(r1, 'S5', 'cluster')).toBe('missing');
  });
});

describe('seed 002: the third risk-zone flag (L134) and «нуждающиеся в профилактике учебной неуспешности» (L136–L139)', () => {
  // Hand-made schools, year 2024, no results, resources or social passports: only the declared facts decide.
  //  P1: risk prevention not organised (L134)                                  → risk zone yes
  //  P2: risk prevention organised, 0 factors eliminated                       → risk zone unknown (the other flags have no data); with the parenthesis reading → yes
  //  P3: prevention system yes; 12 weak pupils, 12 with a route; 4 failing, 4 in extra classes → needs prevention: no
  //  P4: no prevention system (L137)                                           → yes
  //  P5: system yes; 10 weak pupils, 9 with a route (90 %); 3 failing, 3 in extra classes     → yes (L138); with 90 % coverage → no
  //  P6: system yes; 0 weak, 0 failing pupils                                 → no (nobody to cover)
  //  P7: system yes; 8 weak, 8 with a route; 5 failing, 2 in extra classes (40 %)              → yes (L139), with 40 % coverage still … no: 40 is not below 40
  const F = (schoolId: string, fact: string, value: number | boolean) => ({ schoolId, year: 2024, fact, value });
  const ds3 = dataset({
    schools: ['P1', 'P2', 'P3', 'P4', 'P5', 'P6', 'P7'],
    declaredFacts: SERGOKALINSKY_DECLARED_FACTS,
    factValues: [
      F('P1', 'riskPreventionOrganised', false), F('P1', 'riskFactorsEliminated', 2),
      F('P2', 'riskPreventionOrganised', true), F('P2', 'riskFactorsEliminated', 0),
      F('P3', 'riskPreventionOrganised', true), F('P3', 'failurePreventionSystem', true), F('P3', 'lowAchievers', 12), F('P3', 'lowAchieversWithRoute', 12), F('P3', 'failingPupils', 4), F('P3', 'failingInExtraClasses', 4),
      F('P4', 'failurePreventionSystem', false),
      F('P5', 'failurePreventionSystem', true), F('P5', 'lowAchievers', 10), F('P5', 'lowAchieversWithRoute', 9), F('P5', 'failingPupils', 3), F('P5', 'failingInExtraClasses', 3),
      F('P6', 'failurePreventionSystem', true), F('P6', 'lowAchievers', 0), F('P6', 'lowAchieversWithRoute', 0), F('P6', 'failingPupils', 0), F('P6', 'failingInExtraClasses', 0),
      F('P7', 'failurePreventionSystem', true), F('P7', 'lowAchievers', 8), F('P7', 'lowAchieversWithRoute', 8), F('P7', 'failingPupils', 5), F('P7', 'failingInExtraClasses', 2),
    ],
  });
  const verdicts = (category: string, options: Parameters<typeof sergokalinskyMethodology>[0] = {}) => {
    const r = identify(sergokalinskyMethodology(options), ds3, 2024);
    return Object.fromEntries(['P1', 'P2', 'P3', 'P4', 'P5', 'P6', 'P7'].map((s) => [s, verdict(r, s, category)]));
  };

  it('L134 read by its name: a school that has not organised risk prevention is in the risk zone', () => {
    const v = verdicts('riskZone');
    expect(v.P1).toBe(true);
    // P2 organised prevention; without resources or ИСБ data the other two flags are unknown, never «нет»
    expect(v.P2).toBe('missing');
  });

  it('L134 read by its parenthesis («с перечислением устраненных факторов риска»): no factor eliminated → risk zone', () => {
    const v = verdicts('riskZone', { riskPrevention: 'noFactorEliminated' });
    expect(v.P2).toBe(true);
    expect(v.P1).toBe('missing');
    expect(sergokalinskyMethodology({ riskPrevention: 'noFactorEliminated' }).id).toBe('seed002.l134eliminated');
  });

  it('L136–L139: no system (L137), or a weak pupil without a route (L138), or a failing pupil out of extra classes (L139)', () => {
    expect(verdicts('needsPrevention')).toEqual({ P1: 'missing', P2: 'missing', P3: false, P4: true, P5: true, P6: false, P7: true });
  });

  it('with a 90 % coverage: P5 (9 of 10 = 90 %) no longer needs it; P7 (2 of 5 = 40 %) still does', () => {
    expect(verdicts('needsPrevention', { preventionCoverage: 90 })).toMatchObject({ P5: false, P7: true, P4: true, P3: false });
    expect(verdicts('needsPrevention', { preventionCoverage: 40 })).toMatchObject({ P7: false });
  });

  it('explains the verdict with the seed line and the counts', () => {
    const r = identify(sergokalinskyMethodology(), ds3, 2024, { explain: true, trace: true });
    const p5 = r.schools.find((s) => s.schoolId === 'P5')?.categories.find((c) => c.categoryId === 'needsPrevention');
    expect(p5?.explanation?.ru.split('\n')[0]).toBe('Нуждается в профилактике учебной неуспешности: да');
    // 9 of 10 weak pupils have a route: 90 % < 100 %; 3 of 3 failing pupils attend extra classes: 100 %
    expect(p5?.explanation?.ru).toContain('индивидуальный образовательный маршрут разработан не для всех слабоуспевающих и неуспевающих: доля: слабоуспевающие и неуспевающие с индивидуальным образовательным маршрутом = 90 % < 100 % — выполнено');
    expect(p5?.explanation?.ru).toContain('доля: неуспевающие на дополнительных занятиях = 100 % < 100 % — не выполнено');
    const lines = (p5?.trace?.children ?? []).map((c) => c.source?.line);
    expect(lines).toEqual([137, 138, 139]);
  });

  it('a dataset that does not declare the facts: the category does not apply, the risk zone keeps its other two flags, the old verdicts stand', () => {
    const r = identify(sergokalinskyMethodology(), ds, 2024, { explain: true });
    expect(verdict(r, 'S1', 'needsPrevention')).toBe('not_applicable');
    const text = r.schools.find((s) => s.schoolId === 'S1')?.categories.find((c) => c.categoryId === 'needsPrevention')?.explanation?.ru ?? '';
    expect(text).toContain('в данных нет сведений о внутришкольной системе профилактики учебной неуспешности');
    // (the engine's own message under it still names the fact by its id: «набор данных не объявляет показатель «…»»)
    expect(text).toContain('сведения о внутришкольной системе профилактики учебной неуспешности: ');
    const zone = r.schools.find((s) => s.schoolId === 'S1')?.categories.find((c) => c.categoryId === 'riskZone')?.explanation?.ru ?? '';
    expect(zone).toContain('в данных нет сведений о профилактике рисков снижения образовательных результатов');
    expect(zone.split('\n')[0]).not.toContain('riskPreventionOrganised');
    expect(r.lists.shnor).toEqual({ yes: ['S1', 'S3', 'S4'], missing: ['S6'], notApplicable: [] });
  });

  it('rejects a coverage outside (0, 100]', () => {
    expect(() => sergokalinskyMethodology({ preventionCoverage: 0 })).toThrow(/preventionCoverage/);
    expect(() => sergokalinskyMethodology({ preventionCoverage: 120 })).toThrow(/preventionCoverage/);
  });
});

describe('seed 002 on the sample dataset (2023): the declared facts of L134 and L136–L139', () => {
  it('needs prevention: № 4 (15 of 18 with a route), № 5, 8, 27 (no system), № 13 (0 of 1 failing in extra classes), № 28 (5 of 6)', async () => {
    const { default: sample } = await import('../../src/data/sample-rezh.dataset.json');
    const r = identify(sergokalinskyMethodology(), parseDataset(sample), 2023);
    expect([...r.lists.needsPrevention!.yes].sort()).toEqual(['rezh-13', 'rezh-27', 'rezh-28', 'rezh-4', 'rezh-5', 'rezh-8']);
    // L134: № 4, 8 and 23 have not organised risk prevention, so they are in the risk zone whatever the other flags say
    for (const s of ['rezh-4', 'rezh-8', 'rezh-23']) expect(verdict(r, s, 'riskZone'), s).toBe(true);
  });
});
