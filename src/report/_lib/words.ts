/** Words for the reports: plurals, names of procedures and subjects, numbers with units. Internal. */
import type { Lang } from '../../numbers/format.js';
import { PROCEDURES, SUBJECTS } from '../../model/catalogues.js';
import { pluralForm } from '../../numbers/format.js';


/**
 * A count with its noun in the right form: `plural(73, ['школа', 'школы', 'школ'], 'ru')` is
 * «73 школы»; in English the forms are `[one, other]`.
 */
export function plural(n: number, forms: readonly string[], lang: Lang = 'ru', withNumber = true): string {
  const word = pluralForm(n, forms, lang);
  return withNumber ? `${whole(n, lang)} ${word}` : word;
}

/**
 * A number of things as a report prints it: from 10 000 up, the digits in groups of three (a
 * no-break space in Russian, a comma in English: «27 606», "27,606"); below, as it is, with a
 * decimal comma in Russian.
 */
export function whole(n: number, lang: Lang): string {
  if (Number.isInteger(n) && Math.abs(n) >= 10_000) {
    const digits = String(Math.abs(n)).replace(/\B(?=(\d{3})+$)/g, lang === 'ru' ? '\u00a0' : ',');
    return `${n < 0 ? '−' : ''}${digits}`;
  }
  return lang === 'ru' ? String(n).replace('.', ',') : String(n);
}

/** Nouns used by the reports, in Russian (one, few, many) and English (one, other). */
const NOUN = {
  school: { ru: ['школа', 'школы', 'школ'], en: ['school', 'schools'] },
  year: { ru: ['год', 'года', 'лет'], en: ['year', 'years'] },
  yearRunning: { ru: ['год подряд', 'года подряд', 'лет подряд'], en: ['year running', 'years running'] },
  indicator: { ru: ['показатель', 'показателя', 'показателей'], en: ['indicator', 'indicators'] },
  record: { ru: ['запись', 'записи', 'записей'], en: ['record', 'records'] },
  error: { ru: ['ошибка', 'ошибки', 'ошибок'], en: ['error', 'errors'] },
  warning: { ru: ['предупреждение', 'предупреждения', 'предупреждений'], en: ['warning', 'warnings'] },
  participant: { ru: ['участник', 'участника', 'участников'], en: ['participant', 'participants'] },
  case: { ru: ['случай', 'случая', 'случаев'], en: ['case', 'cases'] },
  point: { ru: ['балл', 'балла', 'баллов'], en: ['point', 'points'] },
} as const;

/** `count` and its noun from {@link NOUN}. */
export const count = (n: number, noun: keyof typeof NOUN, lang: Lang): string => plural(n, NOUN[noun][lang], lang);

/** A procedure's name («ВПР», «ОГЭ»), a declared procedure's name (`declaredProcedures`), or the id when neither knows it. */
export function procedureName(id: string, lang: Lang, declared?: readonly { readonly id: string; readonly name: { readonly ru: string; readonly en?: string | undefined } }[]): string {
  const d = declared?.find((x) => x.id === id);
  if (d !== undefined) return lang === 'ru' ? d.name.ru : (d.name.en ?? d.name.ru);
  const p = PROCEDURES.find((x) => x.id === id);
  return p === undefined ? id : p.ru;
}

/** A subject's name in lower case for a sentence («математика»), a declared subject's name (`declaredSubjects`), or the id when unknown. */
export function subjectName(id: string, lang: Lang, declared?: readonly { readonly id: string; readonly name: { readonly ru: string; readonly en?: string | undefined } }[]): string {
  const d = declared?.find((x) => x.id === id);
  if (d !== undefined) return lang === 'ru' ? d.name.ru.toLowerCase() : (d.name.en ?? d.name.ru);
  const s = SUBJECTS.find((x) => x.id === id);
  return s === undefined ? id : lang === 'ru' ? s.ru.toLowerCase() : s.en;
}

/** A number with a decimal comma in Russian, at most `decimals` digits, no trailing zeros; never NaN. */
export function num(x: number, lang: Lang, decimals = 1): string {
  if (!Number.isFinite(x)) return '—';
  const f = 10 ** decimals;
  const r = Math.round(x * f) / f;
  const s = (Object.is(r, -0) ? 0 : r).toString();
  return lang === 'ru' ? s.replace('.', ',').replace('-', '−') : s;
}

/** A percent value with its sign («41,7 %»). */
export const pct = (x: number, lang: Lang, decimals = 1): string => `${num(x, lang, decimals)} %`;

/** Russian or English. */
export const T = (lang: Lang, ru: string, en: string): string => (lang === 'ru' ? ru : en);

/** Own-key look-up in a record (a key `constructor` or `__proto__` finds nothing it was not given). */
export function own<V>(r: Readonly<Record<string, V>> | undefined, key: string): V | undefined {
  return r !== undefined && Object.prototype.hasOwnProperty.call(r, key) ? r[key] : undefined;
}

/** Escapes text for HTML. */
export const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
