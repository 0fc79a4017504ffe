/**
 * The demo report: what the library computes today over numbers taken from the seeds.
 * @internal
 */
import {
  type Lang,
  SEED_000_INDICATORS,
  checkTargetDenominators,
  evaluateIndicator,
  positiveDynamics,
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
  h(ru ? 'Семя 000, показатель 6: проверка знаменателя и оценка по тестовым фактам' : 'Seed 000, indicator 6: denominator check and evaluation on test actuals');
  const i6 = SEED_000_INDICATORS.find((d) => d.id === 'seed000.i6');
  if (i6 !== undefined) {
    for (const row of checkTargetDenominators(i6)) {
      if (row.inconsistent) lines.push(`${row.year}: ${row.printed} — ${ru ? 'не равно k/16: знаменатель 16 не подходит' : 'not k/16: the denominator 16 does not fit'}`);
    }
    const actuals = [
      { year: 2019, value: share(1, 16) },
      { year: 2020, value: share(2, 16) },
      { year: 2021, value: share(1, 16) },
    ];
    for (const year of [2019, 2020, 2021, 2022]) lines.push(evaluateIndicator(i6, actuals, year).explanation[lang]);
  }

  h(ru ? '«Положительная динамика на протяжении трёх лет»: два прочтения' : '«Positive dynamics over three years»: two readings');
  const series = [
    { year: 2021, value: 60 },
    { year: 2022, value: 58 },
    { year: 2023, value: 65 },
  ];
  for (const mode of ['consecutive', 'end_to_end'] as const) {
    const r = positiveDynamics(series, { measure: { scale: 'percent', better: 'higher' }, mode });
    if (r.status === 'value') lines.push(`60 → 58 → 65 (${mode}): ${r.value.positive ? (ru ? 'да' : 'yes') : ru ? 'нет' : 'no'}`);
  }
  lines.push('');
  return lines.join('\n');
}
