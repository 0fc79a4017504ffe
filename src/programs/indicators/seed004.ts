import type { IndicatorDefinition } from '../../indicators/definition.js';
import { KEMEROVSKY_2022_2024_PROGRAM } from '../presets/seed004.js';

/**
 * Seed 004 (Кемеровский МО, 2022–2024): the seven «Целевые индикаторы» of the passport
 * (L50–L57). One target each, no baseline, yearly targets or actuals (seed-004-notes §4.1).
 * I3 («увеличение … на 3 %») and I6 («на 8 %») are increments whose unit the seed leaves open:
 * the preset reads them as percentage points (`pp`), the reading under which «на 3 %» of a share
 * is a change of the share; the relative reading is the same definition with
 * `unit: 'relative_percent'` (see the tests).
 *
 * @example
 * ```ts
 * KEMEROVSKY_2022_2024_INDICATORS.length //=> 7
 * ```
 * @category Programs
 */
export const KEMEROVSKY_2022_2024_INDICATORS: readonly IndicatorDefinition[] = KEMEROVSKY_2022_2024_PROGRAM.indicators;

/**
 * @deprecated Use {@link KEMEROVSKY_2022_2024_INDICATORS}; this alias will be removed in the next major release.
 * @category Programs
 */
export const SEED_004_INDICATORS: readonly IndicatorDefinition[] = KEMEROVSKY_2022_2024_INDICATORS;
