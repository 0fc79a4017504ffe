import type { IndicatorDefinition } from '../../indicators/definition.js';
import { NAZAROVSKY_2020_2023_PROGRAM } from '../presets/seed003.js';

/**
 * Seed 003 (Назаровский район, 2020–2023): the 15 «Основные показатели (индикаторы)» of the
 * passport (line 26 for 1–14, line 28 for 15). Each is a single end-state bound for the end of the
 * program (2023); the seed gives no baseline, yearly targets or actuals (seed-003-notes §4). Where
 * the seed writes no comparator («80 % школ …») the preset takes «не менее» (≥), as the notes infer.
 * Percent-of-schools indicators are over the district's 10 schools (line 50).
 *
 * @example
 * ```ts
 * NAZAROVSKY_2020_2023_INDICATORS.length //=> 15
 * ```
 * @category Programs
 */
export const NAZAROVSKY_2020_2023_INDICATORS: readonly IndicatorDefinition[] = NAZAROVSKY_2020_2023_PROGRAM.indicators;

/**
 * @deprecated Use {@link NAZAROVSKY_2020_2023_INDICATORS}; this alias will be removed in the next major release.
 * @category Programs
 */
export const SEED_003_INDICATORS: readonly IndicatorDefinition[] = NAZAROVSKY_2020_2023_INDICATORS;
