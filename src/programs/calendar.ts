import { addMonths, endOfMonth, formatISO, isValid, setDate } from 'date-fns';
import { ShnorError } from '../errors/ShnorError.js';
import type { Program } from './schema.js';

/** A dated event of a program year. */
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
 * The dated monitoring calendar of a school year: each yearly event placed in the school year that
 * starts on 1 September of `startYear` (identification in September, school programs in April–May,
 * monitoring visits in October, February and April, as seed 001's roadmap has them).
 *
 * @param program - The program.
 * @param startYear - The first calendar year of the school year (2024 for 2024/2025).
 * @returns The events in date order.
 * @throws {@link ShnorError} `INVALID_YEAR` for a year outside 1990–2100.
 * @example
 * ```ts
 * programCalendar(SEED_001_PROGRAM, 2024)[0] //=> { id: 'identification', from: '2024-09-01', to: '2024-09-30', … }
 * ```
 */
export function programCalendar(program: Program, startYear: number): DatedEvent[] {
  if (!Number.isInteger(startYear) || startYear < 1990 || startYear > 2100) throw new ShnorError('INVALID_YEAR', { value: startYear });
  const start = new Date(startYear, 8, 1);
  const iso = (d: Date): string => formatISO(d, { representation: 'date' });
  const events = program.calendar.map((e) => {
    // months from September: September = 0 … August = 11
    const offset = (e.month - 9 + 12) % 12;
    const first = setDate(addMonths(start, offset), e.day ?? 1);
    const lastMonth = e.untilMonth === undefined ? offset : (e.untilMonth - 9 + 12) % 12;
    const last = endOfMonth(addMonths(start, Math.max(lastMonth, offset)));
    if (!isValid(first)) throw new ShnorError('INVALID_YEAR', { value: `${startYear}: ${e.id}` });
    return { id: e.id, ru: e.name.ru, en: e.name.en ?? e.name.ru, from: iso(first), to: iso(e.day === undefined ? last : first) };
  });
  return events.sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
}
