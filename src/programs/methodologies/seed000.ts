import type { Methodology } from '../../criteria/schema.js';

const SEED = '000_b832483057b0243e.txt';

/**
 * Режевской ГО, 2019–2025 (seed 000) as a methodology (a constant: it has no options). The municipality takes the regional
 * identification of ИРО (Свердловская область): each school's ИСБШ group and quality group, and
 * its place in the regional anti-rating, arrive as external facts (Appendix 4, L1833–L1945).
 * - `typology`: Группа ИСБШ × Группа качества → «неблагополучная» / «резильентная» / «условно
 *   благополучная». The seed states no rule; the cells are the rule consistent with all 14 rows
 *   (seed-000-notes §2.2): ИСБШ ≤ 4 with quality ≤ 5 → неблагополучная; quality ≥ 6 with ИСБШ ≤ 4
 *   → резильентная; quality ≥ 6 with ИСБШ 5 → условно благополучная. ИСБШ 5 with quality ≤ 5 never
 *   occurs in Appendix 4, so no cell covers it: such a school gets no type rather than a guessed
 *   one (the program's own defaults say so).
 * - `band`: the schools «с индексом качества от 3 до 5 и индексом социального благополучия от 3 до
 *   4» (L803), both edges inclusive.
 * - `lowResults`: the yearly «перечень школ, демонстрирующих низкие результаты» with its classes
 *   «сильно низкие» / «умеренно низкие» (L883), read from the dataset's categorical fact
 *   `lowResultsCategory` (see the seed datasets); a school «не в перечне» has no class, a school the
 *   list does not mention is unknown. The 2022 moves of L883 follow with `categoryHistory` over
 *   the scale worst to best: № 5 «сильно низкие» → «умеренно низкие» (up one step), № 2 and № 30
 *   left the list.
 * The anti-rating order is reproduced by `rankByKeys` on (ИСБШ ↑, quality ↑).
 * Schools «отсутствуют в аналитических материалах» (L1945) are unknown, not «благополучные».
 *
 * @example
 * ```ts
 * // школы в полосе «качество 3–5, ИСБШ 3–4» (L803) по Приложению 4 за 2021 год
 * [...identify(REZH_2019_2025_METHODOLOGY, seed000Dataset, 2021).lists.band.yes].sort() //=> ['rezh-23', 'rezh-28', 'rezh-4', 'rezh-46', 'rezh-5', 'rezh-8']
 * ```
 * @category Programs
 */
export const REZH_2019_2025_METHODOLOGY: Methodology = {
  id: 'seed000',
  name: { ru: 'Режевской ГО: типологическая группировка школ ИРО (2021)', en: 'Rezh urban okrug: the ИРО typology of schools (2021)' },
  territories: ['rezh-go', 'sverdlovsk'],
  validFrom: '2019-01-01',
  validTo: '2025-12-31',
  source: { act: 'Муниципальная программа Режевского ГО по поддержке ШНОР и ШНСУ (2019–2025), Приложение № 4', seed: SEED, line: '1833-1945' },
  categories: [
    {
      kind: 'classifier',
      id: 'typology',
      name: { ru: 'Типологическая группа', en: 'Typology group' },
      classifier: {
        kind: 'matrix',
        rows: { kind: 'external', field: 'isbshGroup' },
        columns: { kind: 'external', field: 'qualityGroup' },
        cells: [
          { rows: [1, 4], columns: [1, 5], value: 'неблагополучная' },
          { rows: [1, 4], columns: [6, 10], value: 'резильентная' },
          { rows: [5, 5], columns: [6, 10], value: 'условно благополучная' },
        ],
      },
      scale: ['неблагополучная', 'резильентная', 'условно благополучная'],
      source: { seed: SEED, line: '1833-1945' },
      notes: ['The cell for ИСБШ 5 with quality ≤ 5 is not attested; see SEED_000_METHODOLOGY.'],
    },
    {
      kind: 'classifier',
      id: 'lowResults',
      name: { ru: 'Перечень школ, демонстрирующих низкие результаты', en: 'List of schools with low results' },
      classifier: {
        kind: 'ordered',
        options: [
          { value: 'сильно низкие', rule: { kind: 'status', fact: 'lowResultsCategory', in: ['сильно низкие'], source: { seed: SEED, line: 883 } } },
          { value: 'умеренно низкие', rule: { kind: 'status', fact: 'lowResultsCategory', in: ['умеренно низкие'], source: { seed: SEED, line: 883 } } },
          { value: 'в перечне (категория не указана)', rule: { kind: 'status', fact: 'lowResultsCategory', in: ['в перечне (категория не указана)'], source: { seed: SEED, line: 883 } } },
        ],
        otherwise: null,
      },
      scale: ['сильно низкие', 'умеренно низкие'],
      source: { seed: SEED, line: 883 },
      notes: ['«В 2022 году СОШ № 2 и 30 не попали в перечень школ, демонстрирующих низкие результаты. А МБОУ СОШ № 5 переместилась из категории «Сильно низкие» в «умеренно низкие»» (L883). The seed names two classes; a school on the list whose class is not named has the class «в перечне (категория не указана)».'],
    },
    {
      kind: 'flag',
      id: 'band',
      name: { ru: 'Признаки ШНОР/ШНСУ: качество 3–5 и ИСБШ 3–4', en: 'ШНОР/ШНСУ features: quality 3–5 and ИСБШ 3–4' },
      rule: {
        kind: 'all',
        rules: [
          { kind: 'between', measure: { kind: 'external', field: 'qualityGroup' }, min: 3, max: 5, minInclusive: true, maxInclusive: true, source: { seed: SEED, line: 803 } },
          { kind: 'between', measure: { kind: 'external', field: 'isbshGroup' }, min: 3, max: 4, minInclusive: true, maxInclusive: true, source: { seed: SEED, line: 803 } },
        ],
        source: { seed: SEED, line: 803 },
      },
      source: { seed: SEED, line: 803 },
    },
  ],
};

/**
 * @deprecated Use {@link REZH_2019_2025_METHODOLOGY}; this alias will be removed in the next major release.
 * @category Programs
 */
export const SEED_000_METHODOLOGY: Methodology = REZH_2019_2025_METHODOLOGY;
