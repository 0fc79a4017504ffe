import type { Methodology } from '../../criteria/schema.js';
import data from '../../data/kemerovsky-2022-2024.program.json';
import { type Program, parseProgram } from '../schema.js';

/**
 * Кемеровский муниципальный округ, 2022–2024 (seed 004) as a program. No identification rule
 * beyond the federal objectivity list and the 500+ project (§2 of the notes), so the methodology
 * marks the schools on the Rosobrnadzor list; risk catalogue: the ten 500+ factors; the seven
 * indicators of the passport (L50–L58); the 500+ roadmap for 2022 (20 measures, L2212–L2339),
 * whose calendar starts in January 2022: nothing is dated before the project began.
 *
 * The program is data: `src/data/kemerovsky-2022-2024.program.json` (valid against the program JSON Schema), parsed
 * when the module loads; every rule, indicator and plan item keeps its seed file and line.
 *
 * @example
 * ```ts
 * KEMEROVSKY_2022_2024_PROGRAM.territory.name.ru //=> 'Кемеровский муниципальный округ'
 * programCalendar(KEMEROVSKY_2022_2024_PROGRAM, 2022).map((e) => e.from) //=> ['2022-11-01']
 * ```
 * @category Programs
 */
export const KEMEROVSKY_2022_2024_PROGRAM: Program = /* #__PURE__ */ parseProgram(data);

/**
 * Кемеровский муниципальный округ, 2022–2024 (seed 004) as a methodology (a constant: it has no
 * options): the schools on the federal list of schools with signs of biased ВПР results, year by
 * year (L1822–L1841), a list published for a year being complete for that year; and the school
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

/**
 * @deprecated Use {@link KEMEROVSKY_2022_2024_PROGRAM}; this alias will be removed in the next major release.
 * @category Programs
 */
export const SEED_004_PROGRAM: Program = KEMEROVSKY_2022_2024_PROGRAM;
