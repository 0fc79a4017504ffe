import type { Methodology, Rule } from '../../criteria/schema.js';

const SEED = '001_c89cd0ea27c20a17.txt';

/**
 * The readings of seed 001 that the text leaves open (seed-001-notes §2.2–2.3).
 *
 * @category Programs
 */
export interface Seed001MethodologyOptions {
  /** How the five ШНОР criteria combine; the seed does not say. `any` by default; `atLeast` needs `k`. */
  readonly combine?: 'any' | 'all' | 'atLeast';
  /** For `combine: 'atLeast'`: how many criteria. */
  readonly k?: number;
  /** Rounding of 25 % of N schools (25 % of 11 is 2,75): `ceil` by default (3 schools). */
  readonly rounding?: 'floor' | 'ceil' | 'nearest';
  /** The pool of the bottom-25 % rules: the municipality (the default; the program is municipal) or the region. */
  readonly pool?: 'municipality' | 'region';
  /**
   * ЕГЭ base mathematics in N1: `exclude` by default (the index takes profile mathematics, a test
   * score 0–100); `separate` adds it as its own component, a mean mark on the 2–5 scale z-scored
   * on its own. It is never pooled with profile scores in one mean.
   */
  readonly baseMaths?: 'exclude' | 'separate';
  /**
   * N3 «Расхождение между средним баллом ЕГЭ, ОГЭ и ВПР по региону и средним баллом школы
   * составляет более 20 баллов»: `asWritten` (the default) compares the school's mean with the
   * region's in each procedure the seed names — ЕГЭ (test score), ОГЭ and ВПР (primary score) — in
   * Russian and mathematics, any gap above 20 counts; `egeOnly` keeps ЕГЭ alone, the one 100-point
   * scale on which 20 points is a comparable gap (an ОГЭ or ВПР primary score rarely spans 20).
   */
  readonly n3?: 'asWritten' | 'egeOnly';
}

/**
 * The old name of an options type, kept for one release.
 *
 * @deprecated Renamed {@link Seed001MethodologyOptions} (one options type per function, named after it); the old name goes in the next minor release.
 * @category Programs
 */
export type Seed001Options = Seed001MethodologyOptions;

const rank = (index: string, id: string, line: number, rounding: 'floor' | 'ceil' | 'nearest', scope: 'municipality' | 'region', label: { ru: string; en: string }): Rule => ({
  kind: 'rank',
  id,
  label,
  measure: { kind: 'index', index },
  better: 'higher',
  position: 'bottom',
  percent: 25,
  pool: { scope },
  rounding,
  ties: 'include',
  minPoolSize: 4,
  source: { seed: SEED, line },
});

/**
 * Березовский район, 2021–2024 (seed 001) as a methodology (a factory of its documented options): the identification table of L218–L224.
 * ШНОР has five criteria (N1–N5); ШНСУ three sub-types, each the bottom 25 % of an index. Every
 * parameter carries its seed line. What the seed leaves open, and the defaults taken:
 * - how N1–N5 combine: `any` (an option);
 * - N1 «25 % школ с самыми низкими результатами ЕГЭ, ОГЭ по русскому языку, математике … за последние
 *   3 года»: an index of the school's 3-year ОГЭ mean marks and ЕГЭ mean scores in Russian and
 *   mathematics, each z-scored against the pool (the scales differ), equal weights, schools
 *   without ЕГЭ (ООШ) on their ОГЭ components alone; ВПР is «по согласованию» and left out; ЕГЭ
 *   mathematics is profile mathematics only (a test score): base mathematics is a mark 2–5 and is
 *   never averaged with scores (option `baseMaths: 'separate'` adds it as a component of its own);
 * - 25 % of N is rounded up (`ceil`), ties at the boundary are included, the pool is the municipality;
 * - N3 «расхождение между средним баллом ЕГЭ, ОГЭ и ВПР по региону и средним баллом школы … более
 *   20 баллов»: as written, the school's mean score in ЕГЭ (Russian, profile mathematics), ОГЭ and
 *   ВПР (Russian, mathematics) more than 20 points below the region's in any of them; option
 *   `n3: 'egeOnly'` keeps ЕГЭ alone, the 100-point scale (the scale argument);
 * - N4 participation in olympiads pooled over 3 years, every year needed;
 * - ШНСУ indices: components as the seed lists them, directions as seed-001-notes §2.3 infers,
 *   min–max normalised in the pool, equal weights; the social index uses the social passport
 *   (low income, parents' education, non-native speakers, КДН) and the school's distance and size.
 *
 * @param options - The open readings.
 * @returns The methodology as data.
 * @example
 * ```ts
 * berezovskyMethodology().categories.map((c) => c.name.ru) //=> ['ШНОР', 'ШНСУ: социальные условия', 'ШНСУ: кадровый потенциал', 'ШНСУ: ресурсная обеспеченность', 'ШНСУ']
 * berezovskyMethodology({ n3: 'egeOnly' }).id //=> 'seed001.n3ege'
 * ```
 * @category Programs
 */
export function berezovskyMethodology(options: Seed001MethodologyOptions = {}): Methodology {
  const rounding = options.rounding ?? 'ceil';
  const scope = options.pool ?? 'municipality';
  const window = { last: 3, combine: 'pool' as const };
  const n1 = rank('results', 'seed001.N1', 221, rounding, scope, { ru: 'N1: 25 % школ с самыми низкими результатами ЕГЭ, ОГЭ за 3 года', en: 'N1: bottom 25 % by ЕГЭ and ОГЭ over 3 years' });
  const n2: Rule = {
    kind: 'threshold',
    id: 'seed001.N2',
    label: { ru: 'N2: менее 60 % продолжили обучение на старшей ступени', en: 'N2: fewer than 60 % continued to upper school' },
    measure: { kind: 'fact', field: 'continuedToGrade10' },
    op: 'lt',
    value: 60,
    source: { seed: SEED, line: 221 },
  };
  const gap = (procedure: 'ege' | 'oge' | 'vpr', subject: string): Rule => ({
    kind: 'gap',
    id: `seed001.N3.${procedure}.${subject}`,
    measure: { kind: 'result', procedures: [procedure], subjects: [subject], metric: 'meanScore' },
    reference: 'region',
    below: true,
    op: 'gt',
    value: 20,
    source: { seed: SEED, line: 221 },
  });
  const n3Gaps =
    options.n3 === 'egeOnly'
      ? [gap('ege', 'russian'), gap('ege', 'math_profile')]
      : [gap('ege', 'russian'), gap('ege', 'math_profile'), gap('oge', 'russian'), gap('oge', 'math'), gap('vpr', 'russian'), gap('vpr', 'math')];
  const n3: Rule = {
    kind: 'any',
    id: 'seed001.N3',
    label:
      options.n3 === 'egeOnly'
        ? { ru: 'N3: средний балл ЕГЭ школы более чем на 20 баллов ниже регионального', en: 'N3: the school\u2019s ЕГЭ mean more than 20 points below the region\u2019s' }
        : { ru: 'N3: средний балл школы по ЕГЭ, ОГЭ или ВПР более чем на 20 баллов ниже регионального', en: 'N3: the school\u2019s ЕГЭ, ОГЭ or ВПР mean more than 20 points below the region\u2019s' },
    rules: n3Gaps,
    source: { seed: SEED, line: 221 },
  };
  const n4: Rule = {
    kind: 'threshold',
    id: 'seed001.N4',
    label: { ru: 'N4: 0,5 % и ниже участников олимпиад за 3 года', en: 'N4: 0.5 % or fewer olympiad participants over 3 years' },
    measure: { kind: 'fact', field: 'olympiadParticipants', years: window },
    op: 'lte',
    value: '0.5',
    source: { seed: SEED, line: 221 },
  };
  const n5: Rule = {
    kind: 'threshold',
    id: 'seed001.N5',
    label: { ru: 'N5: удовлетворённость 40 % и ниже', en: 'N5: satisfaction 40 % or lower' },
    measure: { kind: 'fact', field: 'parentsSatisfied' },
    op: 'lte',
    value: 40,
    source: { seed: SEED, line: 221 },
  };
  const criteria = [n1, n2, n3, n4, n5];
  const combined: Rule =
    options.combine === 'all'
      ? { kind: 'all', rules: criteria, source: { seed: SEED, line: 221 } }
      : options.combine === 'atLeast'
        ? { kind: 'atLeast', k: options.k ?? 2, rules: criteria, source: { seed: SEED, line: 221 } }
        : { kind: 'any', rules: criteria, source: { seed: SEED, line: 221, note: 'the seed does not say how the criteria combine' } };
  const minmax = { normalization: 'minmax' as const, pool: { scope } };
  return {
    id: `seed001${options.combine && options.combine !== 'any' ? `.${options.combine}${options.k ?? ''}` : ''}${options.baseMaths === 'separate' ? '.baseMaths' : ''}${options.n3 === 'egeOnly' ? '.n3ege' : ''}`,
    name: { ru: 'Березовский район: идентификация ШНОР и ШНСУ (2021–2024)', en: 'Berezovsky district: identifying ШНОР and ШНСУ (2021–2024)' },
    territories: ['berezovsky'],
    validFrom: '2021-01-01',
    validTo: '2024-12-31',
    source: { act: 'Программа поддержки школ с низкими результатами Березовского района (2021–2024)', seed: SEED, line: '218-224' },
    indices: [
      {
        id: 'results',
        name: { ru: 'Результаты ЕГЭ и ОГЭ по русскому языку и математике за 3 года', en: 'ЕГЭ and ОГЭ results in Russian and mathematics over 3 years' },
        components: [
          { id: 'oge_russian', measure: { kind: 'result', procedures: ['oge'], subjects: ['russian'], metric: 'meanMark', years: window }, direction: 'positive', weight: 1 },
          { id: 'oge_math', measure: { kind: 'result', procedures: ['oge'], subjects: ['math'], metric: 'meanMark', years: window }, direction: 'positive', weight: 1 },
          { id: 'ege_russian', measure: { kind: 'result', procedures: ['ege'], subjects: ['russian'], metric: 'meanScore', years: window }, direction: 'positive', weight: 1 },
          // profile mathematics only: base mathematics is a mark (2–5), never averaged with test scores (0–100)
          { id: 'ege_math', measure: { kind: 'result', procedures: ['ege'], subjects: ['math_profile'], metric: 'meanScore', years: window }, direction: 'positive', weight: 1 },
          ...(options.baseMaths === 'separate'
            ? [{ id: 'ege_math_base', measure: { kind: 'result' as const, procedures: ['ege' as const], subjects: ['math_base'], metric: 'meanMark' as const, years: window }, direction: 'positive' as const, weight: 1 }]
            : []),
        ],
        normalization: 'zscore',
        pool: { scope },
        missing: { policy: 'reweight', minComponents: 2 },
        source: { seed: SEED, line: 221 },
      },
      {
        id: 'social',
        name: { ru: 'Индекс социального благополучия', en: 'Social well-being index' },
        components: [
          { id: 'low_income', measure: { kind: 'social', factor: 'low_income' }, direction: 'negative', weight: 1 },
          { id: 'parent_higher_education_one', measure: { kind: 'social', factor: 'parent_higher_education_one' }, direction: 'positive', weight: 1 },
          { id: 'non_native_russian', measure: { kind: 'social', factor: 'non_native_russian' }, direction: 'negative', weight: 1 },
          { id: 'kdn_registered', measure: { kind: 'social', factor: 'kdn_registered' }, direction: 'negative', weight: 1 },
          { id: 'distance', measure: { kind: 'school', field: 'distanceToCentreKm' }, direction: 'negative', weight: 1 },
          { id: 'small_class', measure: { kind: 'school', field: 'smallClass' }, direction: 'negative', weight: 1 },
        ],
        ...minmax,
        missing: { policy: 'reweight', minComponents: 3 },
        source: { seed: SEED, line: 222 },
      },
      {
        id: 'staff',
        name: { ru: 'Индекс качества кадрового потенциала', en: 'Staff potential index' },
        components: [
          { id: 'qualified', measure: { kind: 'staffing', field: 'qualified' }, direction: 'positive', weight: 1 },
          { id: 'one_and_half_rates', measure: { kind: 'staffing', field: 'onOneAndHalfRates' }, direction: 'negative', weight: 1 },
          { id: 'outside_diploma', measure: { kind: 'staffing', field: 'outsideDiploma' }, direction: 'negative', weight: 1 },
        ],
        ...minmax,
        missing: { policy: 'reweight', minComponents: 2 },
        source: { seed: SEED, line: 223 },
      },
      {
        id: 'resources',
        name: { ru: 'Индекс качества образовательного потенциала', en: 'Resource potential index' },
        components: [{ id: 'recent_textbooks', measure: { kind: 'resources', field: 'recentTextbooksPercent' }, direction: 'positive', weight: 1 }],
        ...minmax,
        missing: { policy: 'unknown' },
        source: { seed: SEED, line: 224 },
      },
    ],
    categories: [
      { kind: 'flag', id: 'shnor', name: { ru: 'ШНОР', en: 'Low-results school (ШНОР)' }, rule: combined, source: { seed: SEED, line: 221 } },
      { kind: 'flag', id: 'shnsu_social', name: { ru: 'ШНСУ: социальные условия', en: 'ШНСУ: social conditions' }, rule: rank('social', 'seed001.S1', 222, rounding, scope, { ru: '25 % школ с самым низким ИСБ', en: 'bottom 25 % by the social index' }), source: { seed: SEED, line: 222 } },
      { kind: 'flag', id: 'shnsu_staff', name: { ru: 'ШНСУ: кадровый потенциал', en: 'ШНСУ: staff potential' }, rule: rank('staff', 'seed001.S2', 223, rounding, scope, { ru: '25 % школ с самым низким индексом кадрового потенциала', en: 'bottom 25 % by the staff index' }), source: { seed: SEED, line: 223 } },
      { kind: 'flag', id: 'shnsu_resources', name: { ru: 'ШНСУ: ресурсная обеспеченность', en: 'ШНСУ: resources' }, rule: rank('resources', 'seed001.S3', 224, rounding, scope, { ru: '25 % школ с самым низким индексом образовательного потенциала', en: 'bottom 25 % by the resource index' }), source: { seed: SEED, line: 224 } },
      {
        kind: 'flag',
        id: 'shnsu',
        name: { ru: 'ШНСУ', en: 'School in unfavourable social conditions (ШНСУ)' },
        rule: {
          kind: 'any',
          rules: [
            { kind: 'threshold', measure: { kind: 'category', category: 'shnsu_social' }, op: 'eq', value: 1 },
            { kind: 'threshold', measure: { kind: 'category', category: 'shnsu_staff' }, op: 'eq', value: 1 },
            { kind: 'threshold', measure: { kind: 'category', category: 'shnsu_resources' }, op: 'eq', value: 1 },
          ],
          source: { seed: SEED, line: '222-224' },
        },
        source: { seed: SEED, line: '222-224' },
      },
    ],
  };
}

/**
 * @deprecated Use {@link berezovskyMethodology}; this alias will be removed in the next major release.
 * @param options - The open readings.
 * @returns The methodology as data.
 * @example
 * ```ts
 * seed001Methodology().id //=> 'seed001'
 * ```
 * @category Programs
 */
export const seed001Methodology: (options?: Seed001MethodologyOptions) => Methodology = berezovskyMethodology;
