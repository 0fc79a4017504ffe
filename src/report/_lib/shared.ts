/** Helpers shared by the report renderers. Internal. */
import type { IndicatorEvaluation } from '../../indicators/evaluateIndicator.js';
import type { Lang } from '../../numbers/format.js';
import { formatNumber } from '../../numbers/format.js';
import type { ProgramEvaluation } from '../../programs/evaluateProgram.js';
import { operatorSymbol } from '../../numbers/operators.js';

export const T = (lang: Lang, ru: string, en: string): string => (lang === 'ru' ? ru : en);

export const STATUS: Record<IndicatorEvaluation['status'], [string, string]> = {
  achieved: ['достигнут', 'achieved'],
  not_achieved: ['не достигнут', 'not achieved'],
  no_target: ['нет цели', 'no target'],
  no_data: ['нет данных', 'no data'],
};

export function shortNum(x: string | boolean | null, lang: Lang): string {
  if (x === null) return '—';
  if (typeof x === 'boolean') return x ? T(lang, 'да', 'yes') : T(lang, 'нет', 'no');
  return formatNumber(x, { decimals: 1, trimZeros: true, lang });
}

/** The previous year's evaluation of the same indicator, for the arrow. */
export function arrow(e: ProgramEvaluation, id: string): string {
  const prev = e.indicators.byYear[String(e.year - 1)]?.find((x) => x.indicatorId === id);
  const cur = e.indicators.evaluations.find((x) => x.indicatorId === id);
  if (prev?.actual == null || cur?.actual == null || typeof prev.actual === 'boolean' || typeof cur.actual === 'boolean') return '·';
  const d = Number(cur.actual) - Number(prev.actual);
  return d > 1e-9 ? '↑' : d < -1e-9 ? '↓' : '→';
}

export function targetText(ev: IndicatorEvaluation, lang: Lang): string {
  if (ev.target === null) return '—';
  if (ev.target.op === 'flag') return ev.target.value === 'true' ? T(lang, 'да', 'yes') : T(lang, 'нет', 'no');
  const op = operatorSymbol(ev.target.op);
  return `${op} ${formatNumber(ev.target.value, { lang })}`;
}

export const TRANSITION: Record<string, [string, string]> = {
  entered: ['↗ вошла', '↗ entered'],
  left: ['↘ вышла', '↘ left'],
  stayed_in: ['→ осталась', '→ stayed'],
  stayed_out: ['· вне', '· out'],
  changed: ['⇄ сменила класс', '⇄ changed class'],
  unknown: ['? нет данных', '? no data'],
};
