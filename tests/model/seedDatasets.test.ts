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

  it("the tables are consistent: no warnings (every school mean reproduces, totals add up)", () => {
    expect(checkDataset(ds)).toEqual([]);
  });

  it('the school rating by ЕГЭ = mean of Russian and profile maths (L174): Ясногорская 71,25 first, Елыкаевская 49,65 last', () => {
    const rating = ds.schools
      .map((s) => {
        const ru = result(s.id, 'ege', 'russian')?.mean;
        const ma = result(s.id, 'ege', 'math_profile')?.mean;
        return ru === undefined || ma === undefined ? null : { id: s.id, score: round((ru + ma) / 2, 2) };
      })
      .filter((x) => x !== null)
      .sort((a, b) => Number(b.score) - Number(a.score));
    expect(rating).toHaveLength(10);
    expect(rating[0]).toEqual({ id: 'kem-yasnogorskaya', score: '71.25' });
    expect(rating[9]).toEqual({ id: 'kem-elykaevskaya', score: '49.65' });
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
    const w = checkDataset(ds);
    expect(w.map((x) => x.code).sort()).toEqual(['AGGREGATE_OUT_OF_RANGE', 'AGGREGATE_OUT_OF_RANGE', 'PARTICIPANTS_EXCEED_ADMITTED']);
    const avg = w.find((x) => x.path.join('.') === 'reported.0');
    expect(avg?.numbers).toEqual({ stated: '84', min: '65', max: '83', meanOfComponents: '75.00' });
    expect(avg?.message.ru).toContain('вне диапазона');
    const oge = w.find((x) => x.code === 'PARTICIPANTS_EXCEED_ADMITTED');
    expect(oge?.numbers).toEqual({ participants: 557, admitted: 491 });
    expect(oge?.message.en).toContain('557 participants but only 491 admitted');
  });
});

describe('seed 004\u2019s own inconsistencies in running text (seed-004-notes §7.1)', () => {
  const base = parseDataset(fixture('seed004-kemerovsky-2021.dataset.json'));
  const SEED = '004_aed2dab0861538cc.txt';
  const ds: Dataset = {
    ...base,
    reported: [
      // C4, L1397: «254 балла (русский язык- 86 балла, математика пр. - 82 балла, физика – 78 баллов)»
      { id: 'c4', label: 'Шлетгауэр А.А., сумма трёх ЕГЭ', kind: 'sum', value: 254, components: [86, 82, 78], source: { seed: SEED, line: 1397 } },
      // C3, L1396: 94 + 97 + 68 = 259: consistent
      { id: 'c3', label: 'Белова А.В., сумма трёх ЕГЭ', kind: 'sum', value: 259, components: [94, 97, 68], source: { seed: SEED, line: 1396 } },
      // C12, L1403: «398 выпускников … в форме ОГЭ, 6 … в форме ГВЭ» out of 398 in grade 9
      { id: 'c12', label: 'Девятиклассники: ОГЭ + ГВЭ', kind: 'sum', value: 398, components: [398, 6], source: { seed: SEED, line: 1403 } },
      // C1, L110–L111: 8 ГВЭ + 69 ЕГЭ = 77: consistent
      { id: 'c1', label: 'Выпускники 11 классов: ГВЭ + ЕГЭ', kind: 'sum', value: 77, components: [8, 69], source: { seed: SEED, line: '110-111' } },
    ],
  };

  it('reports the sums that do not add up, with their numbers, and not the ones that do', () => {
    const w = checkDataset(ds);
    expect(w.map((x) => [x.code, x.path.join('.'), x.numbers])).toEqual([
      ['TOTAL_MISMATCH', 'reported.0', { stated: '254', sum: '246' }],
      ['TOTAL_MISMATCH', 'reported.2', { stated: '398', sum: '404' }],
    ]);
  });

  it('C16, L99: «86 % ОО» is not k of the 18 schools for any k', async () => {
    const { matchShareCounts } = await import('../../src/index.js');
    expect(matchShareCounts(86, 18)).toEqual([]);
    expect(matchShareCounts(83, 18).map((m) => m.count)).toEqual([15]);
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
