import data from '../../data/rezh-2019-2025.program.json';
import { type Program, parseProgram } from '../schema.js';

/**
 * Режевской городской округ, 2019–2025 (seed 000) as a program. Identification: the ИРО typology
 * and the band of L803 (`REZH_2019_2025_METHODOLOGY`); risk catalogue: the first nine 500+ factors
 * (L887–L896); the ten target indicators with yearly targets (L1323–L1505); the roadmap of Раздел 4
 * (47 measures, L933–L1315) and the pilot site's plan with its execution (Appendix 3,
 * L1653–L1800); the financing plan of the passport (L148–L180).
 *
 * The program is data: `src/data/rezh-2019-2025.program.json` (valid against the program JSON Schema), parsed
 * when the module loads; every rule, indicator and plan item keeps its seed file and line.
 *
 * @example
 * ```ts
 * REZH_2019_2025_PROGRAM.territory.name.ru //=> 'Режевской городской округ'
 * REZH_2019_2025_PROGRAM.plan?.measures.length //=> 56
 * checkFinancing(REZH_2019_2025_PROGRAM).status //=> 'value'
 * ```
 * @category Programs
 */
export const REZH_2019_2025_PROGRAM: Program = /* #__PURE__ */ parseProgram(data);

/**
 * @deprecated Use {@link REZH_2019_2025_PROGRAM}; this alias will be removed in the next major release.
 * @category Programs
 */
export const SEED_000_PROGRAM: Program = REZH_2019_2025_PROGRAM;
