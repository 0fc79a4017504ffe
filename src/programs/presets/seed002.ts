import data from '../../data/sergokalinsky-2023-2025.program.json';
import { type Program, parseProgram } from '../schema.js';

/**
 * Сергокалинский район Республики Дагестан, 2023–2025 (seed 002) as a program. Identification:
 * ШНОР by rules A or B, ШНСУ, the risk zone, the Rosobrnadzor list (L129) and the three clusters of
 * the identified schools (`sergokalinskyMethodology()` with its defaults). Indicators: the seed's
 * 27 distinct «доля …» lines in their five groups (L116–L165; the group is the letter of the id: A «для
 * выявления …» L123, B «по определению динамики …» L141, C «по мониторингу ресурсных дефицитов» L145,
 * D «по мониторингу образовательных результатов …» L149, E «по профилактике учебной неуспешности» L160);
 * the seed sets no target for any of them, so none has one (each year's target is «—»). The seed
 * names no month for any event, so the calendar is undated; its plan is the three «Комплекс мер»
 * blocks (19 measures, L215–L238), with no terms and no responsible persons in the seed.
 *
 * The program is data: `src/data/sergokalinsky-2023-2025.program.json` (valid against the program JSON Schema), parsed
 * when the module loads; every rule, indicator and plan item keeps its seed file and line.
 *
 * @example
 * ```ts
 * SERGOKALINSKY_2023_2025_PROGRAM.territory.name.ru //=> 'Сергокалинский район Республики Дагестан'
 * SERGOKALINSKY_2023_2025_PROGRAM.indicators.length //=> 27
 * ```
 * @category Programs
 */
export const SERGOKALINSKY_2023_2025_PROGRAM: Program = /* #__PURE__ */ parseProgram(data);

/**
 * @deprecated Use {@link SERGOKALINSKY_2023_2025_PROGRAM}; this alias will be removed in the next major release.
 * @category Programs
 */
export const SEED_002_PROGRAM: Program = SERGOKALINSKY_2023_2025_PROGRAM;
