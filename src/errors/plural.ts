/**
 * The one plural of the library: the form of a noun after a number, by the language's plural
 * rules (`Intl.PluralRules`). It lives at the bottom layer because error messages need it too.
 */

const RULES = { ru: /* #__PURE__ */ new Intl.PluralRules('ru'), en: /* #__PURE__ */ new Intl.PluralRules('en') };

/**
 * The form of a noun after a number: in Russian `[one, few, many]` («1 школа», «3 школы», «5 школ»;
 * a fraction takes the `few` form: «1,5 школы»), in English `[one, other]`.
 *
 * @param n - The number.
 * @param forms - The noun's forms: Russian `[one, few, many]`, English `[one, other]`.
 * @param lang - `ru` (the default) or `en`.
 * @returns The form that goes after `n`.
 * @example
 * ```ts
 * pluralForm(73, ['школа', 'школы', 'школ']) //=> 'школы'
 * pluralForm(11, ['школа', 'школы', 'школ']) //=> 'школ'
 * pluralForm(21, ['школа', 'школы', 'школ']) //=> 'школа'
 * ```
 * @category Numbers
 */
export function pluralForm(n: number, forms: readonly string[], lang: 'ru' | 'en' = 'ru'): string {
  if (lang === 'en') return (RULES.en.select(n) === 'one' ? forms[0] : forms[1] ?? forms[0]) ?? '';
  if (!Number.isInteger(n)) return forms[1] ?? forms[0] ?? '';
  const r = RULES.ru.select(n);
  return (r === 'one' ? forms[0] : r === 'few' ? forms[1] : forms[2] ?? forms[1]) ?? '';
}
