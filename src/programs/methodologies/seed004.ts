import type { Methodology } from '../../criteria/schema.js';
import { KEMEROVSKY_2022_2024_PROGRAM } from '../presets/seed004.js';

/**
 * Кемеровский муниципальный округ, 2022–2024 (seed 004) as a methodology (a constant: it has no
 * options), the `methodology` of the data file `src/data/kemerovsky-2022-2024.program.json`: the
 * schools on the federal list of schools with signs of biased ВПР results, year by year (L1822–L1841), a list published for a year being complete for that year; and the school
 * rating by ЕГЭ (L117, L174) as a data index: the mean of the school's Russian and profile-maths
 * mean scores, raw and equally weighted (Ясногорская 71,25 first, Елыкаевская 49,65 last).
 *
 * @example
 * ```ts
 * KEMEROVSKY_2022_2024_METHODOLOGY.categories[0].name.ru //=> 'В списке Рособрнадзора (признаки необъективности)'
 * ```
 * @category Programs
 */
export const KEMEROVSKY_2022_2024_METHODOLOGY: Methodology = KEMEROVSKY_2022_2024_PROGRAM.methodology as Methodology;
