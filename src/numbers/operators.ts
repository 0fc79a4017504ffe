import { invalidOperatorError } from '../errors/raise.js';
import type { Lang } from './format.js';
import { COMPARISON_OPERATORS, type ComparisonOperator } from './types.js';

/**
 * The one operator vocabulary: for each comparison operator its symbol and its words in Russian
 * and English, as acts and programs write them («не менее 30 %», «более 50 %»).
 *
 * @category Numbers
 */
export const OPERATORS: Readonly<Record<ComparisonOperator, { readonly symbol: string; readonly ru: string; readonly en: string }>> = {
  gte: { symbol: '≥', ru: 'не менее', en: 'at least' },
  gt: { symbol: '>', ru: 'более', en: 'more than' },
  lte: { symbol: '≤', ru: 'не более', en: 'at most' },
  lt: { symbol: '<', ru: 'менее', en: 'less than' },
  eq: { symbol: '=', ru: 'равно', en: 'equal to' },
};

/**
 * The symbol of a comparison operator.
 *
 * @param op - The operator.
 * @returns `≥`, `>`, `≤`, `<` or `=`.
 * @throws {@link ShnorError} `INVALID_OPERATOR` for an unknown operator.
 * @example
 * ```ts
 * // «не менее 30 %» в таблице отчёта
 * operatorSymbol('gte') //=> '≥'
 * ```
 * @category Numbers
 */
export function operatorSymbol(op: ComparisonOperator): string {
  return entry(op).symbol;
}

/**
 * The words of a comparison operator in a sentence.
 *
 * @param op - The operator.
 * @param lang - `ru` (the default) or `en`.
 * @returns «не менее», «более», «не более», «менее», «равно»; `at least`, `more than`, …
 * @throws {@link ShnorError} `INVALID_OPERATOR` for an unknown operator.
 * @example
 * ```ts
 * operatorWords('lt') //=> 'менее'
 * operatorWords('gt', 'en') //=> 'more than'
 * ```
 * @category Numbers
 */
export function operatorWords(op: ComparisonOperator, lang: Lang = 'ru'): string {
  return entry(op)[lang];
}

const NORMAL = (s: string): string => s.trim().toLowerCase().replace(/\s+/g, ' ');
const BY_TEXT: ReadonlyMap<string, ComparisonOperator> = /* #__PURE__ */ (() => {
  const m = new Map<string, ComparisonOperator>();
  for (const op of COMPARISON_OPERATORS) {
    const e = OPERATORS[op];
    for (const t of [op, e.symbol, e.ru, e.en]) m.set(NORMAL(t), op);
  }
  for (const [t, op] of [
    ['>=', 'gte'], ['<=', 'lte'], ['==', 'eq'], ['=>', 'gte'], ['=<', 'lte'],
    ['не ниже', 'gte'], ['не выше', 'lte'], ['выше', 'gt'], ['ниже', 'lt'], ['свыше', 'gt'], ['больше', 'gt'], ['меньше', 'lt'],
    ['не меньше', 'gte'], ['не больше', 'lte'], ['no less than', 'gte'], ['no more than', 'lte'], ['greater than', 'gt'], ['above', 'gt'], ['below', 'lt'], ['equals', 'eq'],
  ] as const) m.set(t, op);
  return m;
})();

/**
 * Reads a comparison operator written as a code (`gte`), a symbol (`≥`, `>=`) or words in
 * Russian or English («не менее», «более», «ниже», `at least`).
 *
 * @param text - The operator as written.
 * @returns The operator code.
 * @throws {@link ShnorError} `INVALID_OPERATOR` when the text is not an operator.
 * @example
 * ```ts
 * parseOperator('не менее') //=> 'gte'
 * parseOperator('≤') //=> 'lte'
 * parseOperator('более') //=> 'gt'
 * ```
 * @category Numbers
 */
export function parseOperator(text: string): ComparisonOperator {
  const op = typeof text === 'string' ? BY_TEXT.get(NORMAL(text)) : undefined;
  if (op === undefined) throw invalidOperatorError({ value: text });
  return op;
}

function entry(op: ComparisonOperator): { readonly symbol: string; readonly ru: string; readonly en: string } {
  if (typeof op !== 'string' || !Object.prototype.hasOwnProperty.call(OPERATORS, op)) throw invalidOperatorError({ value: op });
  return OPERATORS[op];
}
