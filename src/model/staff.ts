import { checkArray, checkObject } from '../errors/guards.js';
import { checkCount } from '../numbers/decimal.js';
import { type Outcome, notApplicable, value } from '../core/outcome.js';
import type { Share } from '../numbers/share.js';
import type { StaffBand } from './context.js';

/**
 * A range of whole years: from `from` (inclusive) to below `below` (exclusive); an open end is left out.
 *
 * @category Model
 */
export interface YearRange {
  /** The first year of the range (inclusive); none: from 0. */
  readonly from?: number | undefined;
  /** The end of the range (exclusive); none: no upper end. */
  readonly below?: number | undefined;
}

const lo = (b: YearRange): number => b.from ?? 0;
const hi = (b: YearRange): number => b.below ?? Number.POSITIVE_INFINITY;
const text = (b: YearRange): string => `${b.from ?? 0}–${b.below === undefined ? '∞' : b.below}`;

/**
 * How many of a distribution's people fall in a range of years, out of all of them: «педагоги старше
 * 50 лет» from an age chart. Exact only when the range's ends are band ends: a band that the range
 * cuts (50 inside «45-54») makes the answer "not applicable", never a guess.
 *
 * @param bands - The distribution (ages or lengths of service), as in {@link StaffBandSchema}.
 * @param range - The range of years, `{ from: 50 }` for «50 лет и старше».
 * @returns The count in the range and the total of all bands, as a share; not applicable
 *   (`BANDS_DO_NOT_ALIGN`, `BANDS_OVERLAP`, `BAND_EMPTY`) when the bands cannot answer exactly.
 * @example
 * ```ts
 * // педагоги округа по возрасту: до 35 лет, 35–49, 50–54, 55 и старше (286 человек)
 * const ages = [{ below: 35, count: 40 }, { from: 35, below: 50, count: 118 }, { from: 50, below: 55, count: 60 }, { from: 55, count: 68 }];
 * countInBands(ages, { from: 50 }) //=> { status: 'value', value: { count: 128, total: 286 } }
 * countInBands(ages, { from: 52 }).status //=> 'not_applicable' (52 cuts the band 50–54)
 * ```
 * @category Model
 */
export function countInBands(bands: readonly StaffBand[], range: YearRange): Outcome<Share> {
  checkArray(bands, 'bands', { ru: 'список интервалов «{ from, below, count }»', en: 'a list of bands { from, below, count }' }, true);
  checkObject(range, 'range', { ru: 'интервал «{ from, below }»', en: '{ from, below }' });
  bands.forEach((b, i) => {
    checkCount(b.count, `bands[${i}].count`);
    if (b.from !== undefined) checkCount(b.from, `bands[${i}].from`);
    if (b.below !== undefined) checkCount(b.below, `bands[${i}].below`);
  });
  if (range.from !== undefined) checkCount(range.from, 'range.from');
  if (range.below !== undefined) checkCount(range.below, 'range.below');
  const sorted = [...bands].sort((a, b) => lo(a) - lo(b));
  let total = 0;
  let count = 0;
  for (let i = 0; i < sorted.length; i++) {
    const b = sorted[i] as StaffBand;
    if (hi(b) <= lo(b)) return notApplicable('BAND_EMPTY', `пустая полоса ${text(b)}`, `empty band ${text(b)}`);
    const next = sorted[i + 1];
    if (next !== undefined && lo(next) < hi(b)) return notApplicable('BANDS_OVERLAP', `полосы ${text(b)} и ${text(next)} пересекаются`, `bands ${text(b)} and ${text(next)} overlap`);
    total += b.count;
    const inside = lo(b) >= lo(range) && hi(b) <= hi(range);
    const outside = hi(b) <= lo(range) || lo(b) >= hi(range);
    if (!inside && !outside) {
      return notApplicable(
        'BANDS_DO_NOT_ALIGN',
        `диапазон ${text(range)} делит полосу ${text(b)}: точного числа нет`,
        `the range ${text(range)} cuts the band ${text(b)}: there is no exact count`,
      );
    }
    if (inside) count += b.count;
  }
  return value({ count, total });
}
