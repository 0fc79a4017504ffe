import type { Methodology } from '../../criteria/schema.js';
import { REZH_2019_2025_PROGRAM } from '../presets/seed000.js';

/**
 * Режевской ГО, 2019–2025 (seed 000) as a methodology (a constant: it has no options), the
 * `methodology` of the data file `src/data/rezh-2019-2025.program.json`. The municipality takes the regional
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
export const REZH_2019_2025_METHODOLOGY: Methodology = REZH_2019_2025_PROGRAM.methodology as Methodology;

/**
 * @deprecated Use {@link REZH_2019_2025_METHODOLOGY}; this alias will be removed in the next major release.
 * @category Programs
 */
export const SEED_000_METHODOLOGY: Methodology = REZH_2019_2025_METHODOLOGY;
