import type { IndicatorDefinition } from '../../indicators/definition.js';
import { REZH_2019_2025_PROGRAM } from '../presets/seed000.js';

/**
 * Seed 000 (Режевской ГО, 2019–2025): the ten target indicators of «ЦЕЛЕВЫЕ ПОКАЗАТЕЛИ реализации
 * Программы (мониторинг)», L1323–L1505, each yearly value with its seed line. All ten are shares
 * in percent, higher is better (the seed states no direction; every series is non-decreasing).
 * «-» (indicator 10, 2019–2021) is `null`: no target that year. Where the values are k/16 or
 * k/11 shares (seed-000-notes §4.2), `denominatorSize` and `published` say so.
 *
 * @example
 * ```ts
 * REZH_2019_2025_INDICATORS.length //=> 10
 * ```
 * @category Programs
 */
export const REZH_2019_2025_INDICATORS: readonly IndicatorDefinition[] = REZH_2019_2025_PROGRAM.indicators;

/**
 * @deprecated Use {@link REZH_2019_2025_INDICATORS}; this alias will be removed in the next major release.
 * @category Programs
 */
export const SEED_000_INDICATORS: readonly IndicatorDefinition[] = REZH_2019_2025_INDICATORS;
