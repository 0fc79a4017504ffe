import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  type Dataset,
  checkDataset,
  countInBands,
  formatPercent,
  matchSchool,
  matchShareCounts,
  parseDataset,
  round,
  share,
} from '../../src/index.js';
import { FEDERAL_500_CATALOGUE, KEMEROVSKY_2022_2024_METHODOLOGY, identify, parseRiskProfile } from '../../src/index.js';

/**
 * The running-text figures (kinds percent, share, rounding, mean with bounds) follow the dataset's
 * table aggregates in `reported`, from the one with id `firstId`: their index there, and a warning's
 * index among them (or -1 for a warning elsewhere).
 */
const textFigures = (ds: Dataset, firstId: string) => {
  const from = (ds.reported ?? []).findIndex((r) => r.id === firstId);
  const figures = (ds.reported ?? []).slice(from);
  const indexOf = (w: { path: readonly (string | number)[] }): number => (w.path[0] === 'reported' && (w.path[1] as number) >= from ? (w.path[1] as number) - from : -1);
  return { from, figures, indexOf, own: (w: { path: readonly (string | number)[] }): boolean => indexOf(w) < 0 };
};

const fixture = (name: string): unknown => JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'src', 'data', name), 'utf8'));

describe('seed 004: ОГЭ 2021 per school (T13, T14), ЕГЭ 2021 (T1, T3) as a dataset', () => {
  const ds: Dataset = parseDataset(fixture('seed004-kemerovsky-2021.dataset.json'));
  const result = (schoolId: string, procedure: string, subject: string) =>
    ds.results?.find((r) => r.schoolId === schoolId && r.procedure === procedure && r.subject === subject);

  it('has the 18 schools (12 СОШ, 6 ООШ) and their results', () => {
    expect(ds.schools).toHaveLength(18);
    expect(ds.schools.filter((s) => s.type === 'ООШ')).toHaveLength(6);
    expect(ds.results?.filter((r) => r.procedure === 'oge')).toHaveLength(36);
  });

  it('Металлплощадская СОШ: ОГЭ maths 38 participants, «3» 10, «4» 28, mean 3,74, quality 73,7 %', () => {
    const r = result('kem-metallploschadskaya', 'oge', 'math');
    expect(r?.participants).toBe(38);
    expect(r?.marks).toEqual({ '2': 0, '3': 10, '4': 28, '5': 0 });
    expect(r?.mean).toBe(3.74);
    expect(formatPercent(share((r?.marks?.['4'] ?? 0) + (r?.marks?.['5'] ?? 0), r?.participants ?? 0), { decimals: 1 })).toBe('73,7\u00a0%');
  });

  it('the municipal totals: 398 in Russian (quality 67,8 %), 392 in maths (32,4 %), means 3,99 and 3,33', () => {
    const ru = ds.territoryResults?.find((t) => t.territoryId === 'kemerovsky-mo' && t.subject === 'russian' && t.procedure === 'oge');
    const ma = ds.territoryResults?.find((t) => t.territoryId === 'kemerovsky-mo' && t.subject === 'math');
    expect([ru?.participants, ru?.mean, ma?.participants, ma?.mean]).toEqual([398, 3.99, 392, 3.33]);
    expect(formatPercent(share(146 + 124, 398), { decimals: 1 })).toBe('67,8\u00a0%');
    expect(formatPercent(share(125 + 2, 392), { decimals: 1 })).toBe('32,4\u00a0%');
  });

  it("the tables are consistent: no warnings from the tables (every school mean reproduces, totals add up); the running text's come from `reported`", () => {
    expect(checkDataset(ds).filter((w) => w.path[0] !== 'reported')).toEqual([]);
  });

  it('the school rating by ЕГЭ (L117, L174) is the preset\u2019s data index: Ясногорская (83,5 + 59) / 2 = 71,25 first, Елыкаевская 49,65 last, 10 schools with both exams', () => {
    const rating = identify(KEMEROVSKY_2022_2024_METHODOLOGY, ds, 2021).indices['egeRating'] ?? {};
    const ranked = Object.entries(rating)
      .filter((e): e is [string, number] => e[1] !== null)
      .sort((a, b) => b[1] - a[1]);
    expect(ranked).toHaveLength(10);
    expect(ranked[0]?.[0]).toBe('kem-yasnogorskaya');
    expect(round(ranked[0]?.[1] ?? 0, 2)).toBe('71.25');
    expect(ranked[9]?.[0]).toBe('kem-elykaevskaya');
    expect(round(ranked[9]?.[1] ?? 0, 2)).toBe('49.65');
    // a school without profile maths has no rating (unknown), never a rating from Russian alone
    expect(Object.values(rating).filter((v) => v === null)).toHaveLength(8);
  });

  it('the 500+ risk profile of Металлплощадская СОШ (L1959–L1994) ships as data: Высокий ×5, Средний ×4, Низкий ×1', () => {
    const data = fixture('seed004-kemerovsky.risk-profiles.json') as { profiles: unknown[] };
    const profile = parseRiskProfile(data.profiles[0], FEDERAL_500_CATALOGUE);
    expect(profile.schoolId).toBe('kem-metallploschadskaya');
    const by = (l: string) => profile.factors.filter((f) => f.level === l).map((f) => f.factorId);
    expect(by('high')).toEqual(['rf01', 'rf02', 'rf04', 'rf05', 'rf09']);
    expect(by('medium')).toEqual(['rf03', 'rf06', 'rf08', 'rf10']);
    expect(by('low')).toEqual(['rf07']);
    expect(profile.factors.every((f) => f.priority === null)).toBe(true);
  });

  it('matches the spellings the seed uses for one school', () => {
    expect(matchSchool(ds.schools, 'МБОУ «Звёзденская СОШ»')?.id).toBe('kem-zvezdnenskaya');
    expect(matchSchool(ds.schools, 'МБОУ "Звездненская СОШ"')?.id).toBe('kem-zvezdnenskaya');
    expect(matchSchool(ds.schools, 'МБОУ «Береговкая СОШ»')?.id).toBe('kem-beregovskaya');
    expect(matchSchool(ds.schools, 'МБОУ  «Береговская СОШ»')?.id).toBe('kem-beregovskaya');
    expect(matchSchool(ds.schools, 'МБОУ «Берёзовская СОШ»')?.id).toBe('kem-berezovskaya');
    expect(matchSchool(ds.schools, 'МБОУ «Несуществующая СОШ»')).toBeUndefined();
  });

  it('the Rosobrnadzor list by year: Верхотомская 2017–2019, Береговская 2019–2020 («повторно»)', () => {
    const years = (id: string) => (ds.external ?? []).filter((e) => e.schoolId === id && e.lists?.rosobrnadzorBiased).map((e) => e.year);
    expect(years('kem-verkhotomskaya')).toEqual([2017, 2018, 2019]);
    expect(years('kem-beregovskaya')).toEqual([2019, 2020]);
    // each year's list is complete (L1822–L1841): 3 schools on it 2017–2020, 1 in 2021, every other school recorded as not on it
    const onList = (y: number) => (ds.external ?? []).filter((e) => e.year === y && e.lists?.rosobrnadzorBiased === true).length;
    expect([2017, 2018, 2019, 2020, 2021].map(onList)).toEqual([3, 3, 3, 3, 1]);
    expect((ds.external ?? []).filter((e) => e.year === 2021)).toHaveLength(18);
    expect((ds.external ?? []).filter((e) => e.year === 2021 && e.lists?.rosobrnadzorBiased === false)).toHaveLength(17);
  });
});

describe('seed 000: ВПР tables 1–3 and Appendix 4 as a dataset', () => {
  const ds: Dataset = parseDataset(fixture('seed000-rezh-2021.dataset.json'));

  it('Table 1: ВПР-4 mathematics, 507 participants, primary scores 1..20, median 11, mean 11,65, mode 13', () => {
    const r = ds.territoryResults?.find((t) => t.procedure === 'vpr' && t.grade === 4 && t.subject === 'math');
    expect(r).toMatchObject({ participants: 507, min: 1, max: 20, median: 11, mean: 11.65, mode: 13 });
  });

  it('Tables 1–3 hold 42 rows (22 ВПР)', () => {
    expect(ds.territoryResults).toHaveLength(42);
    expect(ds.territoryResults?.filter((t) => t.procedure === 'vpr')).toHaveLength(22);
  });

  it('Appendix 4: 14 schools with place, ИСБШ and quality groups; № 13 and № 30 absent from the analytics', () => {
    const app4 = (ds.external ?? []).filter((e) => e.antiRatingPlace !== undefined);
    expect(app4).toHaveLength(14);
    expect(app4.find((e) => e.schoolId === 'rezh-27')).toMatchObject({ antiRatingPlace: 1, isbshGroup: 1, qualityGroup: 2, typologyGroup: 'неблагополучная' });
    expect(app4.filter((e) => e.typologyGroup === 'резильентная').map((e) => e.schoolId)).toEqual(['rezh-1', 'rezh-44', 'rezh-2', 'rezh-9', 'rezh-7']);
    expect((ds.external ?? []).filter((e) => e.absentFromAnalytics).map((e) => e.schoolId)).toEqual(['rezh-13', 'rezh-30']);
  });

  it("the seed's own inconsistencies come out as warnings with their numbers", () => {
    const w = checkDataset(ds).filter(textFigures(ds, 'vpr8-biology-765').own);
    expect(w.map((x) => [x.code, x.path.join('.')])).toEqual([
      ['AGGREGATE_OUT_OF_RANGE', 'reported.0'],
      ['STATED_MEAN_MISMATCH', 'reported.1'],
      ['AGGREGATE_OUT_OF_RANGE', 'reported.2'],
      ['TOTAL_MISMATCH', 'reported.3'],
      ['TOTAL_MISMATCH', 'reported.5'],
      ['TOTAL_MISMATCH', 'reported.7'],
      ['TOTAL_MISMATCH', 'reported.8'],
      ['PARTICIPANTS_EXCEED_ADMITTED', 'territoryResults.12.participants'],
    ]);
    const at = (p: string) => w.find((x) => x.path.join('.') === p);
    // L338: «в среднем 84%» of 83, 65, 77 — outside their range
    expect(at('reported.0')?.numbers).toEqual({ stated: '84', min: '65', max: '83', meanOfComponents: '75.00' });
    expect(at('reported.0')?.message.ru).toContain('вне диапазона');
    // L345: «в среднем 73%» of 61, 51, 71, 75 — inside their range, but their mean is 64,5
    expect(at('reported.1')?.numbers).toEqual({ stated: '73', meanOfComponents: '64.5', components: '61; 51; 71; 75' });
    expect(at('reported.1')?.message.ru).toBe('«ВПР-5 2021: «в среднем 73% обучающихся 5-х классов успешно справились»»: указано среднее 73, а среднее указанных значений (61; 51; 71; 75) — 64,5');
    // L154, L162, L165, L174: the 2019 financing split is short by 1 000 450,00
    expect(at('reported.3')?.numbers).toEqual({ stated: '5220058.68', sum: '4219608.68', difference: '1000450' });
    expect(at('reported.3')?.message.ru).toContain('итог 5\u00a0220\u00a0058,68, а сумма слагаемых — 4\u00a0219\u00a0608,68; разница 1\u00a0000\u00a0450,00');
    // L153–L160: the seven years do add up to «Всего: 24 169 892,62» — no warning for reported.4
    expect(at('reported.4')).toBeUndefined();
    // L225: 41 organisations, 23 + 16 = 39 (and 10 + 31 = 41 holds: reported.6)
    expect(at('reported.5')?.numbers).toEqual({ stated: '41', sum: '39', difference: '2' });
    expect(at('reported.6')).toBeUndefined();
    // L795: «семь обучающихся», 1 + 1 + 2 + 1 + 3 = 8 places
    expect(at('reported.7')?.numbers).toEqual({ stated: '7', sum: '8', difference: '-1' });
    // L1693 «190 обучающихся 10 класса» + 165 in grade 11 (L285) against 305 in grades 10–11 (L256): about 140 in grade 10
    expect(at('reported.8')?.numbers).toEqual({ stated: '305', sum: '355', difference: '-50' });
    const oge = w.find((x) => x.code === 'PARTICIPANTS_EXCEED_ADMITTED');
    expect(oge?.numbers).toEqual({ participants: 557, admitted: 491 });
    expect(oge?.message.en).toContain('557 participants but only 491 admitted');
  });

  it('the figures of the running text, in the dataset\u2019s reported: «765 %», «в среднем 70 %» above 67, 168 = «21,6 %» of 839, «31» and «31,3» of 5/16', () => {
    const t = textFigures(ds, 'vpr8-biology-765');
    expect(t.from).toBe(14);
    const w = checkDataset(ds).filter((x) => !t.own(x));
    expect(w.map((x) => [x.code, t.indexOf(x), x.numbers, x.severity ?? 'warning'])).toEqual([
      ['PERCENT_OUT_OF_RANGE', 0, { stated: '765' }, 'warning'],
      ['AGGREGATE_OUT_OF_RANGE', 1, { stated: '70', max: '67' }, 'warning'],
      ['SHARE_MISMATCH', 2, { printed: '21.6', computed: '20.0', count: 168, total: 839, countsThatFit: '181; 182' }, 'warning'],
      // 3 of 16 = 18,75 → «19 %» (L267) holds: no warning for statements.3
      ['ROUNDING_VARIANTS', 4, { printed: '31; 31.3', computed: '31.25', count: 5, total: 16 }, 'note'],
    ]);
    expect(w[0]?.message.ru).toBe('«ВПР-8 2021: «биологии (765%)»»: 765 % — доля не может быть больше 100 %');
    expect(w[2]?.message.ru).toBe('««168 молодых специалистов в возрасте до 35 лет - 21,6 %» из 839 педагогических работников»: указано 21,6 %, а 168 из 839 — это 20,0 %');
  });
});

describe('seed 000: the low-results list (L883), the contingent table (L232–L264), ГИА-9 admission (L284), the olympiad and Рисунок 2 (L1946)', () => {
  const ds: Dataset = parseDataset(fixture('seed000-rezh-2021.dataset.json'));
  const t = textFigures(ds, 'vpr8-biology-765');
  const statements = t.figures;

  it('№ 5 moved from «сильно низкие» (2021) to «умеренно низкие» (2022); № 2 and № 30 are not on the 2022 list', () => {
    const ext = (ds.external ?? []).filter((e) => e.lists?.shnor !== undefined);
    expect(ext.map((e) => [e.schoolId, e.year, e.lists?.shnor, e.severity ?? null])).toEqual([
      ['rezh-5', 2021, true, 'сильно низкие'],
      ['rezh-5', 2022, true, 'умеренно низкие'],
      ['rezh-2', 2022, false, null],
      ['rezh-30', 2022, false, null],
    ]);
  });

  it('the contingent rows add up (5225, 5187, 5186), 497 = 491 + 6 and 491 = 463 + 28; 1629 of 2939 is «55 %», 491 of 497 is «98.8»: no warning', () => {
    const ids = ['contingent-2019', 'contingent-2020', 'contingent-2021', 'gia9-admission', 'gia9-attestats'];
    const idx = ids.map((id) => ds.reported?.findIndex((r) => r.id === id));
    const w = checkDataset(ds);
    expect(w.filter((x) => x.path[0] === 'reported' && idx.includes(x.path[1] as number))).toEqual([]);
    const later = ['olympiad-school-stage', 'figure2-grade9-2021', 'figure2-grade11-2021'].map((id) => statements.findIndex((s) => s.id === id));
    expect(later.every((i) => i >= 0)).toBe(true);
    expect(w.filter((x) => later.includes(t.indexOf(x)))).toEqual([]);
    expect(formatPercent(share(1629, 2681 + 258), { decimals: 1 })).toBe('55,4\u00a0%');
    expect(formatPercent(share(491, 497), { decimals: 1 })).toBe('98,8\u00a0%');
  });
});

describe('seed 004: ГВЭ-11 (T2, T5) and the ЕГЭ elective subjects with score bands (T7–T12)', () => {
  const ds: Dataset = parseDataset(fixture('seed004-kemerovsky-2021.dataset.json'));
  const total = (procedure: string, subject: string) => ds.territoryResults?.find((t) => t.territoryId === 'kemerovsky-mo' && t.procedure === procedure && t.subject === subject && t.participants !== undefined);

  it('ГВЭ: 8 in Russian, «2»–«5» 0/3/5/0, mean 3,625 (text: «3,6», L177); 8 in mathematics, 0/1/7/0, mean 3,875 (L476)', () => {
    expect(total('gve11', 'russian')).toMatchObject({ participants: 8, marks: { '2': 0, '3': 3, '4': 5, '5': 0 }, reported: { mean: 3.625 } });
    expect(total('gve11', 'math')).toMatchObject({ participants: 8, marks: { '2': 0, '3': 1, '4': 7, '5': 0 }, reported: { mean: 3.875 } });
    expect(ds.results?.filter((r) => r.procedure === 'gve11').map((r) => r.schoolId)).toEqual([
      'kem-baranovskaya', 'kem-elykaevskaya', 'kem-zvezdnenskaya', 'kem-yagunovskaya',
      'kem-baranovskaya', 'kem-elykaevskaya', 'kem-zvezdnenskaya', 'kem-yagunovskaya',
    ]);
  });

  it('electives: 30 social studies, 17 history, 16 physics, 15 biology, 7 chemistry (T7, L559–L601), the totals of their tables; chemistry «Не справились 3 выпускника» below 36', () => {
    expect(['social_studies', 'history', 'physics', 'biology', 'chemistry'].map((s) => total('ege', s)?.participants)).toEqual([30, 17, 16, 15, 7]);
    expect(total('ege', 'chemistry')?.belowMinimum).toBe(3);
    expect(ds.thresholds?.find((t) => t.subject === 'chemistry')?.minScore).toBe(36);
    expect(ds.thresholds?.find((t) => t.subject === 'social_studies')?.minScore).toBe(42);
    // every school row adds up to the total of its table
    for (const s of ['social_studies', 'history', 'physics', 'biology', 'chemistry']) {
      const n = (ds.results ?? []).filter((r) => r.procedure === 'ege' && r.subject === s).reduce((a, r) => a + (r.participants ?? 0), 0);
      expect(n, s).toBe(total('ege', s)?.participants);
    }
  });

  it('the subjects printed in text only (L1374–L1387) and profile maths (L534–L536): informatics 6 (mean 58, 2 below 40), literature 5 (61), geography 4 (44, 1 below 40), English 1 (49), profile maths 32 (1 below 27)', () => {
    expect(['informatics', 'literature', 'geography', 'english', 'math_profile'].map((s) => [total('ege', s)?.participants, total('ege', s)?.mean, total('ege', s)?.belowMinimum])).toEqual([
      [6, 58, 2],
      [5, 61, undefined],
      [4, 44, 1],
      [1, 49, 0],
      [32, undefined, 1],
    ]);
    expect(['informatics', 'literature', 'geography', 'english', 'math_profile'].map((s) => ds.thresholds?.find((t) => t.subject === s)?.minScore)).toEqual([40, 32, 40, 22, 27]);
    // T7 (L559–L601): the participant counts of the elective subjects are those of the totals
    expect([32, 30, 17, 16, 15, 7, 6, 5, 4, 1]).toEqual(['math_profile', 'social_studies', 'history', 'physics', 'biology', 'chemistry', 'informatics', 'literature', 'geography', 'english'].map((s) => total('ege', s)?.participants));
  });

  it('the totals\u2019 means against their schools\u2019: social studies 56,47 against «57», history 54,59 against «54,4» are rounding (integer school means); «60» would not be', () => {
    expect(checkDataset(ds).filter((w) => w.code === 'TOTAL_MEAN_MISMATCH')).toEqual([]);
    const i = ds.territoryResults?.findIndex((t) => t.territoryId === 'kemerovsky-mo' && t.procedure === 'ege' && t.subject === 'social_studies' && t.participants === 30) ?? -1;
    const moved = { ...ds, reported: [], territoryResults: ds.territoryResults?.map((t, j) => (j === i ? { ...t, mean: 60 } : t)) };
    expect(checkDataset(moved).filter((w) => w.code === 'TOTAL_MEAN_MISMATCH').map((w) => w.numbers)).toEqual([{ total: 60, weightedMeanOfSchools: '56.47', schools: 10 }]);
    const h = ds.territoryResults?.findIndex((t) => t.territoryId === 'kemerovsky-mo' && t.subject === 'history') ?? -1;
    const movedH = { ...ds, reported: [], territoryResults: ds.territoryResults?.map((t, j) => (j === h ? { ...t, mean: 55.4 } : t)) };
    expect(checkDataset(movedH).filter((w) => w.code === 'TOTAL_MEAN_MISMATCH').map((w) => w.numbers)).toEqual([{ total: 55.4, weightedMeanOfSchools: '54.59', schools: 8 }]);
  });

  it('the score bands are checked: every row adds up and every mean is possible within its bands (Ясногорская social studies 77 with 1/3/2 in 60–89)', () => {
    expect(checkDataset(ds).filter((w) => w.code === 'BANDS_SUM' || w.code === 'MEAN_OUTSIDE_BANDS')).toEqual([]);
    const y = ds.results?.find((r) => r.schoolId === 'kem-yasnogorskaya' && r.subject === 'social_studies');
    expect(y?.scoreBands?.filter((b) => b.count > 0).map((b) => [b.from, b.to, b.count])).toEqual([[60, 69, 1], [70, 79, 3], [80, 89, 2]]);
    // the same row with a mean of 90 is impossible: at least (60 + 3·70 + 2·80) / 6 = 71,67, at most (69 + 3·79 + 2·89) / 6 = 80,67
    const bad = { ...ds, results: [{ ...y!, mean: 90 }] };
    expect(checkDataset(bad).filter((w) => w.path[0] === 'results').map((w) => [w.code, w.numbers])).toEqual([['MEAN_OUTSIDE_BANDS', { mean: 90, lowest: '71.67', highest: '80.67' }]]);
  });
});

describe('seed 004\u2019s own inconsistencies in running text (seed-004-notes §7.1), from the shipped dataset', () => {
  const ds: Dataset = parseDataset(fixture('seed004-kemerovsky-2021.dataset.json'));
  const t = textFigures(ds, 'c11');
  const statements = t.figures;

  it('C4 254 ≠ 86 + 82 + 78 = 246, C7 174 ≠ 94 + 82 = 176, C10 «45,5» against the subject means (53,29), C12 398 ≠ 398 + 6; C1, C2, C3, C5, C6, C18 add up', () => {
    const w = checkDataset(ds).filter(t.own);
    expect(w.map((x) => [x.code, x.path.join('.'), x.numbers])).toEqual([
      ['TOTAL_MISMATCH', 'reported.3', { stated: '254', sum: '246', difference: '8' }],
      ['TOTAL_MISMATCH', 'reported.6', { stated: '174', sum: '176', difference: '-2' }],
      ['STATED_MEAN_MISMATCH', 'reported.7', { stated: '45.5', meanOfComponents: '53.29', components: '68.1; 57; 54.4; 44.4; 49; 48; 58; 61; 44; 49' }],
      ['TOTAL_MISMATCH', 'reported.8', { stated: '398', sum: '404', difference: '-6' }],
    ]);
    expect(ds.reported?.slice(0, t.from).map((r) => r.id)).toEqual(['c1', 'c2', 'c3', 'c4', 'c5', 'c6', 'c7', 'c10', 'c12', 'c18']);
  });

  it('C16 «86 % ОО» is no count of 18; C20: 51 / 32 / 17 % are 44,4 / 35,0 / 20,6 % of 286, «84 %» is 79,4 %, «36 %» is 44,8 %, «8 %» are 9,4 % and 6,6 %; C11 46 % of 69 and the 59 %, 9 %, 11 %, 5 % hold', () => {
    const w = checkDataset(ds).filter((x) => !t.own(x));
    expect(w.map((x) => [x.code, statements[t.indexOf(x)]?.id, x.numbers['printed'], x.numbers['computed']])).toEqual([
      ['SHARE_UNREACHABLE', 'c16', '86', undefined],
      ['SHARE_MISMATCH', 'c20-highest', '51', '44.4'],
      ['SHARE_MISMATCH', 'c20-first', '32', '35.0'],
      ['SHARE_MISMATCH', 'c20-position', '17', '20.6'],
      ['SHARE_MISMATCH', 'c20-categories', '84', '79.4'],
      ['SHARE_MISMATCH', 'c20-age50', '36', '44.8'],
      ['SHARE_MISMATCH', 'c20-service15', '8', '9.4'],
      ['SHARE_MISMATCH', 'c20-service0', '8', '6.6'],
    ]);
  });

  it('C16, L99: «86 % ОО» is not k of the 18 schools for any k', () => {
    expect(matchShareCounts(86, 18)).toEqual([]);
    expect(matchShareCounts(83, 18).map((m) => m.count)).toEqual([15]);
  });
});

describe('seed 001: ГИА 2018–2020 (L169–L185) and the КДР8 table (L82–L105) as a dataset', () => {
  const ds: Dataset = parseDataset(fixture('seed001-berezovsky-2018-2020.dataset.json'));
  const t = textFigures(ds, 'kdr8-below');
  const statements = t.figures;

  it('64,50 against 55,37 + 9,12 = 64,49 is a rounding artefact within tolerance, a note and not an error; so is 99,99 against 100', () => {
    const w = checkDataset(ds).filter((x) => x.path[0] === 'reported');
    expect(w.map((x) => [x.code, x.severity, x.numbers])).toEqual([
      ['SUM_WITHIN_ROUNDING', 'note', { stated: '64.50', sum: '64.49', tolerance: '0.015' }],
      ['SUM_WITHIN_ROUNDING', 'note', { stated: '100.00', sum: '99.99', tolerance: '0.02' }],
    ]);
    expect(w[0]?.message.ru).toContain('расхождение 0,01 в пределах округления');
  });

  it('the КДР8 levels are exactly 109, 170 and 28 of 307 (and 198 «базового и выше»); «96,8 %» is 91 of 94: every printed share fits its count', () => {
    expect(checkDataset(ds).filter((x) => !t.own(x))).toEqual([]);
    expect(statements.slice(0, 4).map((s) => (s.kind === 'share' ? [s.count, s.total] : null))).toEqual([[109, 307], [170, 307], [28, 307], [198, 307]]);
    expect(109 + 170 + 28).toBe(307);
    expect(formatPercent(share(198, 307), { decimals: 2 })).toBe('64,50\u00a0%');
    expect(formatPercent(share(109, 307), { decimals: 2 })).toBe('35,50\u00a0%');
  });

  it('ГИА pass/fail counts recomputed: 7/57 = 12,3 % («12%»), 6/65 = 9,2 % («9%»), 70/407 = 17,2 %, 62/407 = 15,2 %; 2019 base maths «6%» is 3/46 = 6,52 %, truncated', () => {
    const rows = ds.territoryResults ?? [];
    expect(rows).toHaveLength(9);
    const pct = (i: number) => formatPercent(share(rows[i]?.belowMinimum ?? 0, rows[i]?.participants ?? 1), { decimals: 1 });
    expect([1, 4, 5, 6, 7, 8].map(pct)).toEqual(['12,3\u00a0%', '9,2\u00a0%', '17,2\u00a0%', '15,2\u00a0%', '14,0\u00a0%', '13,8\u00a0%']);
    const w = checkDataset(ds).filter((x) => x.path[0] === 'territoryResults');
    expect(w.map((x) => [x.code, x.path.join('.'), x.numbers['printed'], x.numbers['computed']])).toEqual([['SHARE_MISMATCH', 'territoryResults.2.reported.belowMinimumPercent', '6', '6.52']]);
  });
});

describe('seed 004, T20: the staff charts against the staff text (seed-004-notes §T20, C20)', () => {
  const ds = parseDataset(fixture('seed004-kemerovsky-2021.dataset.json'));
  const staff = ds.territoryFacts?.find((f) => f.territoryId === 'kemerovsky-mo')?.staff;
  const pct = (o: ReturnType<typeof countInBands>): string => (o.status === 'value' ? formatPercent(o.value, { decimals: 1 }) : o.status);

  it('every chart adds up to the 286 teachers (no DISTRIBUTION_SUM warning)', () => {
    expect(staff?.teachers).toBe(286);
    expect(checkDataset(ds).filter((w) => w.code === 'DISTRIBUTION_SUM')).toEqual([]);
  });

  it('L1857 «возраст которых более 50 лет, составляет 36%»: the chart gives 44,8 % at 50+ and 31,8 % at 55+, neither 36 %', () => {
    const ages = staff?.ageBands ?? [];
    expect(countInBands(ages, { from: 50 })).toEqual({ status: 'value', value: { count: 128, total: 286 } });
    expect(pct(countInBands(ages, { from: 50 }))).toBe('44,8\u00a0%');
    expect(pct(countInBands(ages, { from: 55 }))).toBe('31,8\u00a0%');
    // the counts of the 286 that print as 36 % under some rounding are 101–105; the chart's band edges give 91 (55+) and 128 (50+)
    expect(matchShareCounts(36, 286).map((m) => m.count)).toEqual([101, 102, 103, 104, 105]);
    // «15 педагогов в возрасте до 25 лет … «65+», там 28»: these match
    expect(countInBands(ages, { below: 25 })).toEqual({ status: 'value', value: { count: 15, total: 286 } });
    expect(countInBands(ages, { from: 65 })).toEqual({ status: 'value', value: { count: 28, total: 286 } });
    // a range the bands cannot answer exactly is not applicable, not guessed
    expect(countInBands(ages, { from: 52 })).toMatchObject({ status: 'not_applicable', reason: { code: 'BANDS_DO_NOT_ALIGN' } });
  });

  it('L1897–L1902 length of service: 59 % at 20+ holds; «15-20 лет … 8 %» and «до 3 лет … 8%» are 9,4 % and 6,6 %', () => {
    const service = staff?.serviceBands ?? [];
    expect(formatPercent(share(168, 286), { decimals: 0 })).toBe('59\u00a0%');
    expect(pct(countInBands(service, { from: 15, below: 20 }))).toBe('9,4\u00a0%');
    expect(pct(countInBands(service, { below: 3 }))).toBe('6,6\u00a0%');
  });

  it('L1941–L1944 «84% педагогов округа имеют квалификационные категории»: (127 + 100) of 286 is 79,4 %', () => {
    const q = staff?.qualification;
    expect(formatPercent(share((q?.highest ?? 0) + (q?.first ?? 0), 286), { decimals: 1 })).toBe('79,4\u00a0%');
  });
});
