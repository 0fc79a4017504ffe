import { addMonths, endOfMonth, formatISO, isValid, setDate } from 'date-fns';
import { ShnorError } from '../errors/ShnorError.js';
import type { Program } from './schema.js';

/**
 * A dated event of a program year.
 *
 * @category Programs
 */
export interface DatedEvent {
  /** The event. */
  readonly id: string;
  /** Its name in Russian. */
  readonly ru: string;
  /** Its name in English. */
  readonly en: string;
  /** First day (ISO date). */
  readonly from: string;
  /** Last day (ISO date). */
  readonly to: string;
}

/**
 * An event of the calendar whose source gives no month: listed, never dated.
 *
 * @category Programs
 */
export interface UndatedEvent {
  /** The event. */
  readonly id: string;
  /** Its name in Russian. */
  readonly ru: string;
  /** Its name in English. */
  readonly en: string;
  /** The external schedule it follows, verbatim, when the source names one («по графику ГАУО ДПО СО «ИРО»»). */
  readonly schedule?: string;
}

/** `YYYY-MM` of a date, for comparing with an event's `since` / `until`. */
const monthOf = (d: Date): string => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}`;

/**
 * The dated monitoring calendar of a school year: each yearly event that has a month placed in the
 * school year that starts on 1 September of `startYear` (seed 001: identification in September,
 * school programs in April–May, methodological visits in October, February and April). An event
 * whose source gives no month is not dated (see {@link undatedEvents}); an event is not placed
 * before its `since` month nor after its `until` month (seed 004's 500+ roadmap starts in January
 * 2022 and covers 2022 only).
 *
 * @param program - The program.
 * @param startYear - The first calendar year of the school year (2024 for 2024/2025).
 * @returns The dated events in date order.
 * @throws {@link ShnorError} `INVALID_YEAR` for a year outside 1990–2100.
 * @example
 * ```ts
 * programCalendar(BEREZOVSKY_2021_2024_PROGRAM, 2024)[0].ru //=> 'Определение перечня ШНОР и ШНСУ'
 * programCalendar(BEREZOVSKY_2021_2024_PROGRAM, 2024)[0].to //=> '2024-09-30'
 * programCalendar(KEMEROVSKY_2022_2024_PROGRAM, 2021).map((e) => e.from) //=> ['2022-01-01', '2022-03-31']
 * ```
 * @category Programs
 */
export function programCalendar(program: Program, startYear: number): DatedEvent[] {
  if (!Number.isInteger(startYear) || startYear < 1990 || startYear > 2100) throw new ShnorError('INVALID_YEAR', { value: startYear });
  const start = new Date(startYear, 8, 1);
  const iso = (d: Date): string => formatISO(d, { representation: 'date' });
  const events: DatedEvent[] = [];
  for (const e of program.calendar) {
    if (e.month === undefined) continue;
    // months from September: September = 0 … August = 11
    const offset = (e.month - 9 + 12) % 12;
    const first = setDate(addMonths(start, offset), e.day ?? 1);
    const lastMonth = e.untilMonth === undefined ? offset : (e.untilMonth - 9 + 12) % 12;
    const last = endOfMonth(addMonths(start, Math.max(lastMonth, offset)));
    if (!isValid(first)) throw new ShnorError('INVALID_YEAR', { value: `${startYear}: ${e.id}` });
    if (e.since !== undefined && monthOf(first) < e.since) continue;
    if (e.until !== undefined && monthOf(first) > e.until) continue;
    events.push({ id: e.id, ru: e.name.ru, en: e.name.en ?? e.name.ru, from: iso(first), to: iso(e.day === undefined ? last : first) });
  }
  return events.sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
}

/**
 * The events of a program's calendar that its source gives no month for: they are held every year
 * but cannot be dated («по графику ИРО»; seed 002 names no month at all).
 *
 * @param program - The program.
 * @returns The undated events, in calendar order, with their external schedule when named.
 * @example
 * ```ts
 * undatedEvents(REZH_2019_2025_PROGRAM)[0].schedule //=> 'по графику ГАУО ДПО СО «ИРО»'
 * ```
  * @category Programs
 */
export function undatedEvents(program: Program): UndatedEvent[] {
  return program.calendar
    .filter((e) => e.month === undefined)
    .map((e) => ({ id: e.id, ru: e.name.ru, en: e.name.en ?? e.name.ru, ...(e.schedule !== undefined ? { schedule: e.schedule } : {}) }));
}
