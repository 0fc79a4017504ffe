import type { IndicatorDefinition } from '../../indicators/definition.js';
import { BEREZOVSKY_2021_2024_PROGRAM } from '../presets/seed001.js';

/**
 * Seed 001 (Березовский район, 2021–2024): «Ожидаемые результаты реализации Программы»
 * (L197–L208) and the roadmap expectation of L274. The seed gives no baseline, no yearly targets
 * and no unit column (seed-001-notes §4); each indicator has one end-state target for the period.
 * «Да/Нет» indicators (#1–#3) are municipal: «Рост доли школ, достигших положительной динамики …»
 * answered «Да» or «Нет» — did the share of the district's schools with positive dynamics grow?
 * Their target is «Да» (`true`) by 2024; the seed asks for «рост доли» without a number.
 *
 * @example
 * ```ts
 * BEREZOVSKY_2021_2024_INDICATORS.length //=> 10
 * ```
 * @category Programs
 */
export const BEREZOVSKY_2021_2024_INDICATORS: readonly IndicatorDefinition[] = BEREZOVSKY_2021_2024_PROGRAM.indicators;

/**
 * @deprecated Use {@link BEREZOVSKY_2021_2024_INDICATORS}; this alias will be removed in the next major release.
 * @category Programs
 */
export const SEED_001_INDICATORS: readonly IndicatorDefinition[] = BEREZOVSKY_2021_2024_INDICATORS;
