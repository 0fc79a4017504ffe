import { formatISO, isValid, parseISO } from 'date-fns';
import { invalidOptionError } from '../errors/raise.js';
import { type Outcome, notApplicable, value } from '../core/outcome.js';
import { parseTerm } from './parseTerm.js';
import type { ExecutionStatus, Plan } from './schema.js';

/**
 * A measure past its term and not done.
 *
 * @category Plans
 */
export interface OverdueMeasure {
  readonly id: string;
  readonly title: string;
  /** The term as printed. */
  readonly term: string;
  /** The last day of the term (ISO). */
  readonly due: string;
  /** Its status, or `нет данных` when no execution record is kept. */
  readonly status: ExecutionStatus | 'нет данных';
}

/**
 * A plan's execution on a date.
 *
 * @category Plans
 */
export interface PlanExecutionSummary {
  /** The date (ISO). */
  readonly asOf: string;
  /** Number of measures. */
  readonly measures: number;
  /** Measures by status; `нет данных` for those without a record. */
  readonly byStatus: Readonly<Record<ExecutionStatus | 'нет данных', number>>;
  /** Measures whose dated term ended before the date and that are not «выполнено». */
  readonly overdue: readonly OverdueMeasure[];
  /** Measures whose term cannot be dated (an external schedule or text): never counted as overdue. */
  readonly undated: number;
  /** Measures whose term has not started on the date. */
  readonly notStarted: number;
}

/**
 * A roadmap's execution on a date: the measures by status («выполнено», «на исполнении», «не
 * выполнено», or no record), the ones overdue (a dated term that ended before the date, not
 * «выполнено»; a yearly term counts as running until the period's end), the ones not started yet,
 * and the ones whose term cannot be dated («по графику ИРО»), which are never called overdue.
 *
 * @param plan - The roadmap.
 * @param period - The program's period (calendar years), for terms such as «весь период».
 * @param date - The date (ISO `YYYY-MM-DD` or a Date).
 * @returns The summary.
 * @throws {@link ShnorError} `INVALID_OPTION` when `date` is not a date.
 * @example
 * ```ts
 * summarizePlan(REZH_2019_2025_PROGRAM.plan, { from: 2019, to: 2025 }, '2022-12-31').byStatus['выполнено'] //=> 8
 * summarizePlan(REZH_2019_2025_PROGRAM.plan, { from: 2019, to: 2025 }, '2022-12-31').byStatus['на исполнении'] //=> 1
 * ```
  * @category Plans
 */
export function summarizePlan(plan: Plan, period: { readonly from: number; readonly to: number }, date: string | Date): PlanExecutionSummary {
  const d = typeof date === 'string' ? parseISO(date) : date;
  if (!isValid(d)) {
    throw invalidOptionError({ option: 'date', value: date, expected: { ru: 'дата вида ГГГГ-ММ-ДД', en: 'ISO date YYYY-MM-DD' } });
  }
  const asOf = formatISO(d, { representation: 'date' });
  const byStatus: Record<ExecutionStatus | 'нет данных', number> = { выполнено: 0, 'на исполнении': 0, 'не выполнено': 0, 'нет данных': 0 };
  const overdue: OverdueMeasure[] = [];
  let undated = 0;
  let notStarted = 0;
  for (const m of plan.measures) {
    const status = m.execution?.status ?? 'нет данных';
    byStatus[status]++;
    const term = parseTerm(m.term, period);
    if (term.kind !== 'period') {
      undated++;
      continue;
    }
    if (term.from > asOf) notStarted++;
    else if (term.to < asOf && status !== 'выполнено') overdue.push({ id: m.id, title: m.title, term: m.term, due: term.to, status });
  }
  return { asOf, measures: plan.measures.length, byStatus, overdue, undated, notStarted };
}

/**
 * A program's plan execution on a date (see {@link summarizePlan}); not applicable when the
 * program carries no plan.
 *
 * @param program - A program with an optional `plan`.
 * @param date - The date (ISO `YYYY-MM-DD` or a Date).
 * @returns The summary, or not applicable with the reason.
 * @throws {@link ShnorError} `INVALID_OPTION` when `date` is not a date.
 * @example
 * ```ts
 * // просроченные мероприятия на 31.12.2022: 1.2, 1.5 и работа над имиджем школы (Приложение 3)
 * summarizePlanExecution(REZH_2019_2025_PROGRAM, '2022-12-31').value.overdue.map((m) => m.id) //=> ['1.2', '1.5', 'П3-4.3-2']
 * summarizePlanExecution({ period: { from: 2023, to: 2025 } }, '2024-01-01').status //=> 'not_applicable'
 * ```
  * @category Plans
 */
export function summarizePlanExecution(
  program: { readonly plan?: Plan | undefined; readonly period: { readonly from: number; readonly to: number } },
  date: string | Date,
): Outcome<PlanExecutionSummary> {
  if (program.plan === undefined) return notApplicable('NO_PLAN', 'в программе нет плана мероприятий', 'the program has no plan of measures');
  return value(summarizePlan(program.plan, program.period, date));
}
