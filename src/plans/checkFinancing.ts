import DecimalJs from 'decimal.js';
import { type Outcome, notApplicable, value } from '../core/outcome.js';
import type { Bilingual } from '../errors/messages.js';
import { invalidOptionError } from '../errors/raise.js';
import { formatNumber } from '../numbers/format.js';
import type { BudgetLevel, FinancingPlan } from './schema.js';

/**
 * A sum of a financing plan that does not add up.
 *
 * @category Plans
 */
export interface FinancingIssue {
  /** `YEAR_SPLIT_MISMATCH` (a year's levels against its total), `TOTAL_MISMATCH` (the years against «Всего»), `LEVEL_TOTAL_MISMATCH` (a level's years against its stated total). */
  readonly code: 'YEAR_SPLIT_MISMATCH' | 'TOTAL_MISMATCH' | 'LEVEL_TOTAL_MISMATCH';
  /** The year, for a year's split. */
  readonly year?: number;
  /** The budget level, for a level's total. */
  readonly level?: BudgetLevel;
  /** The amount stated, roubles (a plain decimal string, two places). */
  readonly stated: string;
  /** The amount its parts add up to. */
  readonly computed: string;
  /** stated − computed. */
  readonly difference: string;
  /** What disagrees, in Russian and English. */
  readonly message: Bilingual;
}

/**
 * A financing plan checked.
 *
 * @category Plans
 */
export interface FinancingCheck {
  /** Each year: its stated total, the sum of its levels, and whether they agree. */
  readonly years: readonly { readonly year: number; readonly stated?: string; readonly sumOfLevels: string; readonly consistent: boolean }[];
  /** The sum of the years' totals (or of their levels where a year states no total). */
  readonly sumOfYears: string;
  /** The sum of every level of every year. */
  readonly sumOfLevels: string;
  /** Every sum that does not add up, exactly (no tolerance: these are roubles and kopecks). */
  readonly issues: readonly FinancingIssue[];
}

// a private clone: a host's Decimal.set never changes these sums
const Decimal = DecimalJs.clone({ precision: 40, rounding: DecimalJs.ROUND_HALF_UP });
type Decimal = InstanceType<typeof Decimal>;

const LEVEL_RU: Record<BudgetLevel, string> = { federal: 'федеральный бюджет', regional: 'областной бюджет', local: 'местный бюджет', extrabudgetary: 'внебюджетные средства' };
const LEVEL_EN: Record<BudgetLevel, string> = { federal: 'federal budget', regional: 'regional budget', local: 'local budget', extrabudgetary: 'extra-budgetary funds' };

/** An amount in roubles, exactly; anything that is not a finite decimal is refused, naming where it is. */
const dec = (x: number | string, where: string): Decimal => {
  const text = typeof x === 'string' ? x.replace(/\s/g, '').replace(',', '.') : x;
  if ((typeof text === 'number' && !Number.isFinite(text)) || (typeof text === 'string' && !/^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(text))) {
    throw invalidOptionError({ option: where, value: x, expected: { ru: 'сумма в рублях, например 5220058,68', en: 'a decimal amount of roubles, e.g. 5220058.68' } });
  }
  return new Decimal(text);
};
const rub = (d: Decimal): string => `${formatNumber(d.toFixed(2), { decimals: 2 })}\u00a0руб.`;
const rubEn = (d: Decimal): string => `RUB ${formatNumber(d.toFixed(2), { decimals: 2, lang: 'en' })}`;

/**
 * Checks a financing plan's sums exactly, in roubles and kopecks: each year's budget levels against
 * the year's total, the years against «Всего», each level's years against its stated total. Seed
 * 000 (L153–L180): 2019 states 5 220 058,68, its levels add up to 3 186 384,00 + 679 132,00 +
 * 354 092,68 = 4 219 608,68, short by 1 000 450,00; the seven years add up to «Всего» 24 169 892,62.
 *
 * @param plan - The financing plan.
 * @returns The years with their sums and the issues found.
 * @throws {@link ShnorError} `INVALID_OPTION` naming the amount that is not a decimal number (an unvalidated plan).
 * @example
 * ```ts
 * // 2019 год: всего 5 220 058,68 руб., по уровням бюджета 4 219 608,68 руб.
 * checkFinancingPlan(REZH_2019_2025_PROGRAM.financing).issues[0].difference //=> '1000450.00'
 * ```
  * @category Plans
 */
export function checkFinancingPlan(plan: FinancingPlan): FinancingCheck {
  const issues: FinancingIssue[] = [];
  const levelSums = new Map<BudgetLevel, Decimal>();
  let sumOfYears = new Decimal(0);
  let sumOfLevels = new Decimal(0);
  const years = plan.years.map((y) => {
    let levels = new Decimal(0);
    for (const [level, amount] of Object.entries(y.byLevel) as [BudgetLevel, number | string][]) {
      const a = dec(amount, `financing.years[${y.year}].byLevel.${level}`);
      levels = levels.plus(a);
      levelSums.set(level, (levelSums.get(level) ?? new Decimal(0)).plus(a));
    }
    sumOfLevels = sumOfLevels.plus(levels);
    const stated = y.total === undefined ? undefined : dec(y.total, `financing.years[${y.year}].total`);
    sumOfYears = sumOfYears.plus(stated ?? levels);
    const consistent = stated === undefined || stated.eq(levels);
    if (stated !== undefined && !consistent) {
      const diff = stated.minus(levels);
      issues.push({
        code: 'YEAR_SPLIT_MISMATCH',
        year: y.year,
        stated: stated.toFixed(2),
        computed: levels.toFixed(2),
        difference: diff.toFixed(2),
        message: {
          ru: `${y.year} год: всего ${rub(stated)}, а по уровням бюджета ${rub(levels)} — ${diff.isPositive() ? 'не хватает' : 'лишние'} ${rub(diff.abs())}`,
          en: `${y.year}: the total is ${rubEn(stated)}, the budget levels add up to ${rubEn(levels)}, ${diff.isPositive() ? 'short by' : 'over by'} ${rubEn(diff.abs())}`,
        },
      });
    }
    return { year: y.year, ...(stated !== undefined ? { stated: stated.toFixed(2) } : {}), sumOfLevels: levels.toFixed(2), consistent };
  });
  if (plan.total !== undefined && !dec(plan.total, 'financing.total').eq(sumOfYears)) {
    const stated = dec(plan.total, 'financing.total');
    const diff = stated.minus(sumOfYears);
    issues.push({
      code: 'TOTAL_MISMATCH',
      stated: stated.toFixed(2),
      computed: sumOfYears.toFixed(2),
      difference: diff.toFixed(2),
      message: { ru: `Всего ${rub(stated)}, а сумма по годам ${rub(sumOfYears)}`, en: `The total is ${rubEn(stated)}, the years add up to ${rubEn(sumOfYears)}` },
    });
  }
  for (const [level, amount] of Object.entries(plan.levelTotals ?? {}) as [BudgetLevel, number | string][]) {
    const stated = dec(amount, `financing.levelTotals.${level}`);
    const computed = levelSums.get(level) ?? new Decimal(0);
    if (!stated.eq(computed)) {
      const diff = stated.minus(computed);
      issues.push({
        code: 'LEVEL_TOTAL_MISMATCH',
        level,
        stated: stated.toFixed(2),
        computed: computed.toFixed(2),
        difference: diff.toFixed(2),
        message: { ru: `${LEVEL_RU[level]}: итого ${rub(stated)}, а сумма по годам ${rub(computed)}`, en: `${LEVEL_EN[level]}: the total is ${rubEn(stated)}, the years add up to ${rubEn(computed)}` },
      });
    }
  }
  return { years, sumOfYears: sumOfYears.toFixed(2), sumOfLevels: sumOfLevels.toFixed(2), issues };
}

/**
 * A program's financing checked (see {@link checkFinancingPlan}); not applicable when the program
 * carries no financing plan.
 *
 * @param program - A program with an optional `financing` plan.
 * @returns The check, or not applicable with the reason.
 * @example
 * ```ts
 * // Режевской ГО: план финансирования по годам и уровням бюджета
 * checkFinancing(REZH_2019_2025_PROGRAM).status //=> 'value'
 * checkFinancing(SERGOKALINSKY_2023_2025_PROGRAM).status //=> 'not_applicable'
 * ```
  * @category Plans
 */
export function checkFinancing(program: { readonly financing?: FinancingPlan | undefined }): Outcome<FinancingCheck> {
  if (program.financing === undefined) return notApplicable('NO_FINANCING', 'в программе нет плана финансирования', 'the program has no financing plan');
  return value(checkFinancingPlan(program.financing));
}
