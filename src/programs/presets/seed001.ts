import data from '../../data/berezovsky-2021-2024.program.json';
import { type Program, parseProgram } from '../schema.js';

/**
 * Березовский район Красноярского края, 2021–2024 (seed 001) as a program. Identification: the
 * table of L218–L224 (`berezovskyMethodology()` with its defaults); indicators of L197–L208 and
 * L274; the roadmap of Раздел 3 (8 measures, L264–L276) and its calendar: identification in
 * September (from January 2021), recommendations in February, school programs in April–May,
 * methodological visits in October, February and April.
 *
 * The program is data: `src/data/berezovsky-2021-2024.program.json` (valid against the program JSON Schema), parsed
 * when the module loads; every rule, indicator and plan item keeps its seed file and line.
 *
 * @example
 * ```ts
 * BEREZOVSKY_2021_2024_PROGRAM.territory.name.ru //=> 'Березовский район Красноярского края'
 * programCalendar(BEREZOVSKY_2021_2024_PROGRAM, 2024).map((e) => e.from)
 * //=> ['2024-09-01', '2024-10-01', '2025-02-01', '2025-02-01', '2025-04-01', '2025-04-01']
 * ```
 * @category Programs
 */
export const BEREZOVSKY_2021_2024_PROGRAM: Program = /* #__PURE__ */ parseProgram(data);

/**
 * @deprecated Use {@link BEREZOVSKY_2021_2024_PROGRAM}; this alias will be removed in the next major release.
 * @category Programs
 */
export const SEED_001_PROGRAM: Program = BEREZOVSKY_2021_2024_PROGRAM;
