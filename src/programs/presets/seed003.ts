import data from '../../data/nazarovsky-2020-2023.program.json';
import { type Program, parseProgram } from '../schema.js';

/**
 * Назаровский район Красноярского края, 2020–2023 (seed 003) as a program. Its identification is
 * qualitative (SWOT, four quality areas, lines 192–198), so the preset has no methodology; it
 * carries the 15 end-state indicators of the passport (lines 26, 28), the plan of measures (27
 * measures in six blocks, lines 291–338) and the reporting cycle of line 135: reports of the
 * school teams in November, January, March and June.
 *
 * The program is data: `src/data/nazarovsky-2020-2023.program.json` (valid against the program JSON Schema), parsed
 * when the module loads; every rule, indicator and plan item keeps its seed file and line.
 *
 * @example
 * ```ts
 * NAZAROVSKY_2020_2023_PROGRAM.territory.name.ru //=> 'Назаровский район Красноярского края'
 * programCalendar(NAZAROVSKY_2020_2023_PROGRAM, 2021).map((e) => e.from)
 * //=> ['2021-11-01', '2022-01-01', '2022-03-01', '2022-06-01']
 * ```
 * @category Programs
 */
export const NAZAROVSKY_2020_2023_PROGRAM: Program = /* #__PURE__ */ parseProgram(data);

/**
 * @deprecated Use {@link NAZAROVSKY_2020_2023_PROGRAM}; this alias will be removed in the next major release.
 * @category Programs
 */
export const SEED_003_PROGRAM: Program = NAZAROVSKY_2020_2023_PROGRAM;
