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
 * @deprecated Use {@link KEMEROVSKY_2022_2024_PROGRAM}; this alias will be removed in the next major release.
 * @category Programs
 */
export const SEED_004_PROGRAM: Program = KEMEROVSKY_2022_2024_PROGRAM;
