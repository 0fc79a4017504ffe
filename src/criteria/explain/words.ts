/** Words shared by the explanations of every rule kind. Internal. */
import type { TraceNode } from '../engine/types.js';
import { missingInputText, num } from '../_lib/labels.js';
import type { MissingInput } from '../engine/missing.js';

/** The language of an explanation. */
export type { Lang } from '../../numbers/format.js';
import type { Lang } from '../../numbers/format.js';

/** «выполнено» / «не выполнено» / «неизвестно (нет данных)» / «не применимо» by outcome. */
export const YES: Record<TraceNode['outcome'], [string, string]> = {
  true: ['выполнено', 'holds'],
  false: ['не выполнено', 'does not hold'],
  missing: ['неизвестно (нет данных)', 'unknown (no data)'],
  not_applicable: ['не применимо', 'not applicable'],
};

/** The outcome of a node in words. */
export const yes = (n: TraceNode, lang: Lang): string => YES[n.outcome][lang === 'ru' ? 0 : 1];

/** The name of what a node measures. */
export const whatOf = (n: TraceNode, lang: Lang): string => (n.what === undefined ? '' : lang === 'ru' ? n.what.ru : n.what.en);

/** A value as shown: a share with its counts («30 % (6 из 20)»), or a number. @internal */
export function shown(values: Readonly<Record<string, unknown>> | undefined, lang: Lang, unit?: unknown): string {
  const v = values?.value as number;
  const count = values?.count as number | undefined;
  const total = values?.total as number | undefined;
  if (count !== undefined && total !== undefined) return `${num(v, lang)} % (${count} ${lang === 'ru' ? 'из' : 'of'} ${total})`;
  return unit === 'percent' ? `${num(v, lang)} %` : num(v, lang);
}

/**
 * The words of a node whose measure had no value or whose rule does not apply («…: нет данных:
 * …», «…: в группе сравнения 3 школы…»), or `undefined` for a node with a value.
 * @internal
 */
export function unknownText(n: TraceNode, lang: Lang): string | undefined {
  if (n.outcome !== 'missing' && n.outcome !== 'not_applicable') return undefined;
  if (n.missing !== undefined && n.missing.length > 0) return `${whatOf(n, lang)}: ${lang === 'ru' ? 'нет данных' : 'no data'}: ${missingList(n.missing, lang)}`;
  if (n.reason !== undefined) return `${whatOf(n, lang)}: ${lang === 'ru' ? n.reason.ru : n.reason.en}`;
  return undefined;
}

/**
 * Missing inputs in words, without repeats. A trace stored before missing inputs were data holds
 * strings: printed as they are. @internal
 */
export function missingList(missing: readonly (MissingInput | string)[], lang: Lang): string {
  return [...new Set(missing.map((m) => missingInputText(m, lang)))].join('; ');
}

const MONTHS_RU = ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'];
const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * A date `ГГГГ-ММ-ДД` in words: «1 января 2021 г.», "1 January 2021"; any other text as it is.
 *
 * @param iso - The date.
 * @param lang - `ru` or `en`.
 * @returns The date in words.
 * @example
 * ```ts
 * // срок действия методики в объяснении
 * dateWords('2021-01-01', 'ru') //=> '1 января 2021 г.'
 * ```
 * @internal
 */
export function dateWords(iso: string, lang: Lang): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  const month = m === null ? undefined : (lang === 'ru' ? MONTHS_RU : MONTHS_EN)[Number(m[2]) - 1];
  if (m === null || month === undefined) return iso;
  return lang === 'ru' ? `${Number(m[3])} ${month} ${m[1]} г.` : `${Number(m[3])} ${month} ${m[1]}`;
}
