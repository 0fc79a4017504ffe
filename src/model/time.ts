import { getMonth, getYear, isValid } from 'date-fns';
import { z } from 'zod';
import { invalidYearError } from '../errors/raise.js';
import { YEAR_RANGE } from './primitives.js';

/**
 * A school year written «2021/2022»: the second year is the first plus one.
 *
 * @category Model
 */
export type SchoolYear = `${number}/${number}`;

const SCHOOL_YEAR = /^(\d{4})\s*[/\-–]\s*(\d{4})$/;
// the spring year of a school year is a year of the library (YEAR_RANGE): 1989/1990 … 2099/2100
const inRange = (springYear: number): boolean => springYear >= YEAR_RANGE.min && springYear <= YEAR_RANGE.max;

/**
 * A school year «2021/2022» (also read: «2021-2022», «2021–2022»), normalised to «2021/2022».
 *
 * @category Model
 */
export const SchoolYearSchema: z.ZodPipe<z.ZodString, z.ZodTransform<`${number}/${number}`, string>> = /* #__PURE__ */ z
  .string()
  .transform((text, ctx) => {
    const m = SCHOOL_YEAR.exec(text.trim());
    if (m === null || Number(m[2]) !== Number(m[1]) + 1 || !inRange(Number(m[2]))) {
      ctx.addIssue({ code: 'custom', params: { code: 'INVALID_YEAR', ru: `получено ${JSON.stringify(text)}, ожидается учебный год вида «2021/2022» (с 1989/1990 по 2099/2100)`, en: `received ${JSON.stringify(text)}, expected a school year like "2021/2022" from 1989/1990 to 2099/2100` } });
      return z.NEVER;
    }
    return `${m[1]}/${m[2]}` as SchoolYear;
  });

/**
 * Reads a school year («2021/2022», «2021-2022» or «2021–2022»).
 *
 * @param text - The school year as written.
 * @returns The normalised school year «2021/2022».
 * @throws {@link ShnorError} `INVALID_YEAR` when it is not two consecutive years, or the second is outside 1990–2100.
 * @example
 * ```ts
 * // учебный год пишется через косую черту; годы должны идти подряд
 * parseSchoolYear('2021-2022') //=> '2021/2022'
 * parseSchoolYear('2021/2023') // throws INVALID_YEAR
 * ```
 * @category Model
 */
export function parseSchoolYear(text: string): SchoolYear {
  const m = typeof text === 'string' ? SCHOOL_YEAR.exec(text.trim()) : null;
  if (m === null || Number(m[2]) !== Number(m[1]) + 1 || !inRange(Number(m[2]))) throw invalidYearError({ value: text });
  return `${m[1]}/${m[2]}` as SchoolYear;
}

/**
 * The school year a date belongs to: from 1 September to 31 August. Spring assessments of 2022
 * (ВПР in April, ОГЭ and ЕГЭ in May–June) belong to 2021/2022; the olympiad's school stage in
 * October 2022 belongs to 2022/2023.
 *
 * @param date - A date (a `Date` or an ISO string such as `2022-04-15`).
 * @returns The school year.
 * @throws {@link ShnorError} `INVALID_YEAR` for an invalid date or one outside the school years 1989/1990–2099/2100.
 * @example
 * ```ts
 * // ВПР в апреле — в учебном году 2021/2022, контрольная в октябре — уже в 2022/2023
 * schoolYearOf('2022-04-15') //=> '2021/2022'
 * schoolYearOf('2022-10-01') //=> '2022/2023'
 * ```
 * @category Model
 */
export function schoolYearOf(date: Date | string): SchoolYear {
  const d = typeof date === 'string' ? new Date(date) : date;
  if (!(d instanceof Date) || !isValid(d)) throw invalidYearError({ value: date });
  const year = getYear(d);
  const start = getMonth(d) >= 8 ? year : year - 1;
  if (!inRange(start + 1)) throw invalidYearError({ value: typeof date === 'string' ? date : d.toISOString() });
  return `${start}/${start + 1}` as SchoolYear;
}

/**
 * The school year of an assessment held in a calendar year: a spring (or summer) assessment of
 * `year` belongs to `year−1/year`; an autumn one to `year/year+1`.
 *
 * @param year - The calendar year of the assessment.
 * @param season - `spring` (the default: ВПР, ОГЭ, ЕГЭ, КДР in spring) or `autumn`.
 * @returns The school year.
 * @throws {@link ShnorError} `INVALID_YEAR` for a year outside 1990–2100.
 * @example
 * ```ts
 * // весенние ВПР 2022 года — учебный год 2021/2022; осенние — следующий
 * schoolYearOfAssessment(2022) //=> '2021/2022'
 * schoolYearOfAssessment(2022, 'autumn') //=> '2022/2023'
 * ```
 * @category Model
 */
export function schoolYearOfAssessment(year: number, season: 'spring' | 'autumn' = 'spring'): SchoolYear {
  if (!Number.isInteger(year) || year < 1990 || year > 2100) throw invalidYearError({ value: year });
  const start = season === 'spring' ? year - 1 : year;
  return `${start}/${start + 1}` as SchoolYear;
}

/**
 * The calendar year in which a school year's spring assessments are held: «2021/2022» → 2022.
 *
 * @param schoolYear - The school year.
 * @returns The second calendar year of the school year.
 * @throws {@link ShnorError} `INVALID_YEAR` for a malformed school year or one outside 1989/1990–2099/2100.
 * @example
 * ```ts
 * // ВПР и ГИА учебного года 2021/2022 проходят весной 2022 года
 * assessmentYearOf('2021/2022') //=> 2022
 * ```
 * @category Model
 */
export function assessmentYearOf(schoolYear: string): number {
  return Number(parseSchoolYear(schoolYear).slice(5));
}
