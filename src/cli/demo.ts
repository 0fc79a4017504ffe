/**
 * The demo report: what the library computes today over numbers taken from the seeds.
 * @internal
 */
import {
  type Lang,
  compareShareToPercent,
  formatPercent,
  formatQuantity,
  percentagePointChange,
  quantity,
  relativePercentChange,
  share,
} from '../index.js';

/** Seed 000 (L1323–L1505), indicator 6 targets and the counts of 16 schools they imply. */
const SEED_000_INDICATOR_6: readonly (readonly [year: number, printed: string, count: number | null])[] = [
  [2019, '6,3', 1],
  [2020, '12,5', 2],
  [2021, '12,5', 2],
  [2022, '31', 5],
  [2023, '62,5', 10],
  [2024, '62,5', 10],
  [2025, '80', null],
];

/**
 * Renders the demo report as text.
 * @internal
 */
export function demo(lang: Lang): string {
  const ru = lang === 'ru';
  const lines: string[] = [];
  const h = (s: string): void => {
    lines.push('', s, '='.repeat(s.length));
  };
  lines.push(ru ? 'shnor — демонстрация на данных муниципальных программ' : 'shnor — demo over the municipal programs');

  h(ru ? 'Семя 000, показатель 6: цели как доли 16 школ' : 'Seed 000, indicator 6: targets as shares of 16 schools');
  for (const [year, printed, count] of SEED_000_INDICATOR_6) {
    if (count === null) {
      lines.push(`${year}: ${printed} — ${ru ? 'не равно k/16 ни при каком k (12,8 школ): проверьте знаменатель' : 'not k/16 for any k (12.8 schools): check the denominator'}`);
      continue;
    }
    const s = share(count, 16);
    lines.push(
      `${year}: ${ru ? 'в программе' : 'printed'} ${printed}; ${count}/16 = ${formatPercent(s, { lang })} → ` +
        `${formatPercent(s, { decimals: 1, lang })} (half-up), ${formatPercent(s, { decimals: 0, lang })}`,
    );
  }

  h(ru ? 'Семя 004, D1: успеваемость ОГЭ 96,3 % → 94,3 %' : 'Seed 004, D1: ОГЭ success rate 96.3 % → 94.3 %');
  const before = quantity('percent', '96.3');
  const after = quantity('percent', '94.3');
  const pp = percentagePointChange(before, after);
  const rel = relativePercentChange(before, after);
  if (pp.status === 'value') lines.push(`${ru ? 'изменение в п.п.' : 'change in points'}: ${formatQuantity(pp.value, { decimals: 1, lang })}`);
  if (rel.status === 'value') lines.push(`${ru ? 'относительное изменение' : 'relative change'}: ${formatQuantity(rel.value, { decimals: 2, lang })}`);

  h(ru ? 'Семя 002: правило «не менее 30 % ниже минимума»' : 'Seed 002: the «at least 30 % below the minimum» rule');
  for (const [count, total] of [
    [6, 20],
    [5, 20],
    [2, 7],
    [0, 0],
  ] as const) {
    const verdict = compareShareToPercent(share(count, total), 'gte', 30);
    const text =
      verdict.status === 'value'
        ? verdict.value
          ? ru ? 'да' : 'yes'
          : ru ? 'нет' : 'no'
        : verdict.status === 'not_applicable'
          ? (ru ? 'неприменимо: ' : 'not applicable: ') + verdict.reason[lang]
          : ru ? 'нет данных' : 'missing';
    lines.push(`${count} / ${total} (${formatPercent(share(count, total), { decimals: 1, lang })}): ${text}`);
  }
  lines.push('');
  return lines.join('\n');
}
