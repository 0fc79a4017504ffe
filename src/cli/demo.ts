/**
 * The demo report: what the library computes today over data taken from the seeds.
 * @internal
 */
import seed000Data from '../data/seed000-rezh-2021.dataset.json';
import seed004Data from '../data/seed004-kemerovsky-2021.dataset.json';
import {
  type Lang,
  SEED_000_INDICATORS,
  SEED_000_METHODOLOGY,
  change,
  checkDataset,
  checkTargetDenominators,
  compareShareToPercent,
  evaluateIndicator,
  formatNumber,
  formatPercent,
  formatQuantity,
  gapToReference,
  identify,
  parseDataset,
  positiveDynamics,
  rankByKeys,
  share,
} from '../index.js';

/**
 * Renders the demo report as text.
 * @internal
 */
export function demo(lang: Lang): string {
  const ru = lang === 'ru';
  const t = (r: string, e: string): string => (ru ? r : e);
  const CLASS: Record<string, [string, string]> = {
    improvement: ['улучшение', 'improvement'],
    deterioration: ['ухудшение', 'deterioration'],
    no_change: ['без изменений', 'no change'],
    not_significant: ['статистически незначимо', 'not significant'],
    above: ['выше', 'above'],
    below: ['ниже', 'below'],
    at: ['на уровне', 'at the level'],
  };
  const word = (k: string): string => (CLASS[k] as [string, string] | undefined)?.[ru ? 0 : 1] ?? k;
  const lines: string[] = [];
  const h = (s: string): void => {
    lines.push('', s, '='.repeat(s.length));
  };
  lines.push(t('shnor — демонстрация на данных муниципальных программ (семена 000–004)', 'shnor — demo over the municipal programs (seeds 000–004)'));

  // seed 000: the regional typology of 14 schools, reproduced by a methodology written as data
  const rezh = parseDataset(seed000Data);
  const typology = identify(SEED_000_METHODOLOGY, rezh, 2021);
  h(t('Режевской ГО, 2021: типологическая группировка школ (семя 000, Приложение 4)', 'Rezh urban okrug, 2021: the typology of schools (seed 000, Appendix 4)'));
  const groups = new Map<string, string[]>();
  for (const s of typology.schools) {
    const v = s.categories.find((c) => c.categoryId === 'typology')?.outcome;
    const name = rezh.schools.find((x) => x.id === s.schoolId)?.name ?? s.schoolId;
    const key = v?.status === 'value' ? String(v.value) : t('нет данных', 'no data');
    groups.set(key, [...(groups.get(key) ?? []), name]);
  }
  for (const [group, names] of groups) lines.push(`${group} (${names.length}): ${names.join(', ')}`);
  const first = typology.schools.find((s) => s.schoolId === 'rezh-27')?.categories.find((c) => c.categoryId === 'typology')?.explanation;
  if (first) lines.push('', t('Почему МБОУ ООШ № 27:', 'Why МБОУ ООШ № 27:'), first[lang]);
  const absent = typology.schools.find((s) => s.schoolId === 'rezh-13')?.categories[0]?.explanation;
  if (absent) lines.push('', absent[lang].split('\n')[0] ?? '');
  const order = rankByKeys((rezh.external ?? []).filter((e) => e.antiRatingPlace !== undefined).map((e) => ({ id: e.schoolId, keys: [e.isbshGroup ?? null, e.qualityGroup ?? null] })));
  lines.push(
    '',
    t('Антирейтинг по (группа ИСБШ ↑, группа качества ↑): ', 'Anti-rating by (ИСБШ group ↑, quality group ↑): ') +
      order
        .slice(0, 5)
        .map((o) => `${o.rank}. ${rezh.schools.find((s) => s.id === o.id)?.name ?? o.id}`)
        .join('; ') +
      ' …',
  );
  h(t('Режевской ГО: проверка собственных чисел программы', 'Rezh urban okrug: checking the program\u2019s own numbers'));
  for (const w of checkDataset(rezh)) lines.push(`! ${w.message[lang]}`);

  // seed 004: ОГЭ 2021 per school
  const kem = parseDataset(seed004Data);
  h(t('Кемеровский МО, ОГЭ 2021 по математике (семя 004, T14): качество и средняя отметка', 'Kemerovsky MO, ОГЭ 2021 maths (seed 004, T14): quality and mean mark'));
  const math = (kem.results ?? []).filter((r) => r.procedure === 'oge' && r.subject === 'math');
  const rows = math
    .map((r) => ({ name: kem.schools.find((s) => s.id === r.schoolId)?.name ?? r.schoolId, q: share((r.marks?.['4'] ?? 0) + (r.marks?.['5'] ?? 0), r.participants ?? 0), mean: r.mean ?? 0, n: r.participants ?? 0 }))
    .sort((a, b) => a.mean - b.mean);
  for (const r of rows.slice(0, 5)) lines.push(`${r.name}: ${t('участников', 'participants')} ${r.n}, ${t('качество', 'quality')} ${formatPercent(r.q, { decimals: 1, lang })}, ${t('средняя отметка', 'mean mark')} ${formatNumber(r.mean, { decimals: 2, lang })}`);
  lines.push('…');
  const oblast = gapToReference(3.33, 3, { measure: { scale: 'grade', better: 'higher' } });
  if (oblast.status === 'value') lines.push(t('Округ против области: ', 'Okrug against the oblast: ') + `3,33 − 3 = ${formatQuantity(oblast.value.gap, { decimals: 2, lang })} (${word(oblast.value.position)})`);
  const repeats = new Map<string, number[]>();
  for (const e of kem.external ?? []) if (e.lists?.rosobrnadzorBiased) repeats.set(e.schoolId, [...(repeats.get(e.schoolId) ?? []), e.year]);
  lines.push(
    t('Повторно в списке Рособрнадзора: ', 'Repeatedly on the Rosobrnadzor list: ') +
      [...repeats]
        .filter(([, ys]) => ys.length > 1)
        .map(([id, ys]) => `${kem.schools.find((s) => s.id === id)?.name ?? id} (${ys.join(', ')})`)
        .join('; '),
  );
  const warnings = checkDataset(kem);
  lines.push(warnings.length === 0 ? t('Таблицы T13, T14, T3 согласованы: предупреждений нет.', 'Tables T13, T14, T3 are consistent: no warnings.') : warnings.map((w) => w.message[lang]).join('\n'));

  // target indicators
  h(t('Семя 000, показатель 6: цели как доли 16 школ', 'Seed 000, indicator 6: targets as shares of 16 schools'));
  const i6 = SEED_000_INDICATORS.find((d) => d.id === 'seed000.i6');
  if (i6 !== undefined) {
    for (const row of checkTargetDenominators(i6)) {
      const m = row.matches[0];
      lines.push(`${row.year}: ${formatNumber(row.printed, { lang })} — ${m ? `${m.count}/16 = ${formatNumber(m.exact, { lang })} % (${m.modes.join(', ')})` : t('не равно k/16 ни при каком k: знаменатель 16 не подходит', 'not k/16 for any k: the denominator 16 does not fit')}`);
    }
    const actuals = [
      { year: 2019, value: share(1, 16) },
      { year: 2020, value: share(2, 16) },
      { year: 2021, value: share(1, 16) },
    ];
    for (const year of [2019, 2020, 2021, 2022]) lines.push(evaluateIndicator(i6, actuals, year).explanation[lang]);
  }

  // dynamics
  h(t('Динамика: единицы названы явно (семя 004, D1 и D2)', 'Dynamics with explicit units (seed 004, D1 and D2)'));
  const d1 = change(96.3, 94.3, { measure: { scale: 'percent', better: 'higher' } });
  const d1r = change(96.3, 94.3, { measure: { scale: 'percent', better: 'higher' }, unit: 'relative_percent' });
  if (d1.status === 'value' && d1r.status === 'value') {
    lines.push(`${t('Успеваемость', 'Success rate')} 96,3 % → 94,3 %: ${formatQuantity(d1.value.delta, { decimals: 1, lang })} ${t('или', 'or')} ${formatQuantity(d1r.value.delta, { decimals: 2, lang })} ${t('относительно', 'relative')} ↓ (${word(d1.value.classification)})`);
  }
  const d2 = change(116, 204, { measure: { scale: 'count', better: 'lower' }, unit: 'ratio' });
  if (d2.status === 'value') lines.push(`${t('Академическая задолженность', 'Academic debt')} 116 → 204: ${formatQuantity(d2.value.delta, { decimals: 2, lang })} («${t('почти в два раза', 'almost twice')}») ↑ (${word(d2.value.classification)})`);
  const small = change(share(1, 7), share(2, 7), { measure: { scale: 'percent', better: 'higher' }, significance: {} });
  if (small.status === 'value') lines.push(`1/7 → 2/7: ${formatQuantity(small.value.delta, { decimals: 1, lang })}, ${word(small.value.classification)}`);
  for (const mode of ['consecutive', 'end_to_end'] as const) {
    const r = positiveDynamics(
      [
        { year: 2021, value: 60 },
        { year: 2022, value: 58 },
        { year: 2023, value: 65 },
      ],
      { measure: { scale: 'percent', better: 'higher' }, mode },
    );
    if (r.status === 'value') lines.push(`60 → 58 → 65, ${t('«положительная динамика на протяжении трёх лет»', '"positive dynamics over three years"')} (${mode}): ${r.value.positive ? t('да', 'yes') : t('нет', 'no')}`);
  }

  h(t('Семя 002: «не менее 30 % ниже минимума» — точно на счётчиках', 'Seed 002: «at least 30 % below the minimum», exact on counts'));
  for (const [count, total] of [
    [6, 20],
    [5, 20],
    [0, 0],
  ] as const) {
    const verdict = compareShareToPercent(share(count, total), 'gte', 30);
    const text = verdict.status === 'value' ? (verdict.value ? t('да', 'yes') : t('нет', 'no')) : verdict.status === 'not_applicable' ? t('неприменимо: ', 'not applicable: ') + verdict.reason[lang] : t('нет данных', 'missing');
    lines.push(`${count} / ${total} (${formatPercent(share(count, total), { decimals: 1, lang })}): ${text}`);
  }
  lines.push('');
  return lines.join('\n');
}
