import type { IdentificationResult } from '../criteria/identify.js';
import type { Lang } from '../numbers/format.js';
import type { ProgramEvaluation } from '../programs/evaluateProgram.js';
import { RISK_LEVEL_NAMES } from '../risk/catalogue.js';
import { STATUS, T, TRANSITION, arrow, shortNum, targetText } from './_lib/shared.js';

/** Options for the report renderers. */
export interface ReportOptions {
  /** `ru` (default) or `en`. */
  readonly lang?: Lang;
  /** School names by id, for readable lists. */
  readonly schoolNames?: Readonly<Record<string, string>>;
  /** Indicator names by id, shorter than the full names. */
  readonly indicatorNames?: Readonly<Record<string, string>>;
  /** Further identifications to show (another methodology over the same data), with a title. */
  readonly extra?: readonly { readonly title: string; readonly result: IdentificationResult; readonly categories: Readonly<Record<string, string>> }[];
}

function identificationSection(lines: string[], r: IdentificationResult, names: Readonly<Record<string, string>>, categoryNames: Readonly<Record<string, string>>, lang: Lang): void {
  const byId = new Map(r.schools.map((s) => [s.schoolId, s]));
  for (const [categoryId, list] of Object.entries(r.lists)) {
    lines.push('', `### ${categoryNames[categoryId] ?? categoryId}`, '');
    const classes = new Map<string, string[]>();
    for (const s of r.schools) {
      const v = s.categories.find((c) => c.categoryId === categoryId);
      if (v?.outcome.status === 'value' && typeof v.outcome.value === 'string') classes.set(v.outcome.value, [...(classes.get(v.outcome.value) ?? []), s.schoolId]);
    }
    if (classes.size > 0) {
      for (const [cls, ids] of classes) lines.push(`- **${cls}** (${ids.length}): ${ids.map((id) => names[id] ?? id).join(', ')}`);
    } else {
      lines.push(`${T(lang, 'В списке', 'On the list')} (${list.yes.length}): ${list.yes.map((id) => names[id] ?? id).join(', ') || '—'}`);
      for (const id of list.yes) {
        const v = byId.get(id)?.categories.find((c) => c.categoryId === categoryId);
        const why = v?.explanation?.[lang].split('\n').slice(1, -1).filter((l) => l.includes(T(lang, '— выполнено', ': holds')) || l.includes('→')).slice(0, 3);
        if (why && why.length > 0) lines.push(`  - ${names[id] ?? id}: ${why.map((l) => l.replace(/^\s*— /, '')).join('; ')}`);
      }
    }
    if (list.unknown.length > 0) lines.push(`- ${T(lang, 'Нет данных', 'No data')} (${list.unknown.length}): ${list.unknown.map((id) => names[id] ?? id).join(', ')}`);
  }
}

/**
 * Renders a program evaluation as a Markdown report (Russian by default): identification lists
 * with reasons, their history with arrows, risk profiles, the indicator table with targets and
 * statuses, consistency warnings, and the calendar.
 *
 * @param e - The evaluation.
 * @param options - Language, school and indicator names, further identifications.
 * @returns The Markdown text.
 * @example
 * ```ts
 * renderMarkdown(evaluateProgram(SEED_000_PROGRAM, dataset, 2023, { actuals })).split('\n')[0]
 * //=> '# Режевской ГО: поддержка школ … — 2023'
 * ```
 */
export function renderMarkdown(e: ProgramEvaluation, options: ReportOptions = {}): string {
  const lang = options.lang ?? 'ru';
  const names = options.schoolNames ?? {};
  const lines: string[] = [];
  const programName = lang === 'ru' ? e.programName.ru : (e.programName.en ?? e.programName.ru);
  lines.push(`# ${programName} — ${e.year}`, '', `${T(lang, 'Набор данных', 'Dataset')}: \`${e.datasetId}\``);
  if (e.identification !== null) {
    lines.push('', `## ${T(lang, 'Идентификация', 'Identification')}`);
    const catNames = Object.fromEntries(e.identification.schools[0]?.categories.map((c) => [c.categoryId, c.explanation?.[lang].split(':')[0] ?? c.categoryId]) ?? []);
    identificationSection(lines, e.identification, names, catNames, lang);
  }
  for (const x of options.extra ?? []) {
    lines.push('', `## ${x.title}`);
    identificationSection(lines, x.result, names, x.categories, lang);
  }
  if (e.history.length > 0) {
    lines.push('', `## ${T(lang, 'Динамика по годам', 'Changes over the years')}`, '');
    for (const h of e.history) {
      const moves = h.schools.flatMap((s) => s.transitions.filter((t) => t.toYear === e.year && (t.kind === 'entered' || t.kind === 'left' || t.kind === 'changed')).map((t) => ({ s, t })));
      const stayed = h.schools.filter((s) => s.transitions.some((t) => t.toYear === e.year && t.kind === 'stayed_in'));
      const longest = stayed.filter((s) => s.consecutiveYears >= 3).map((s) => `${names[s.schoolId] ?? s.schoolId} (${s.consecutiveYears})`);
      lines.push(`**${h.categoryId}** ${e.year - 1} → ${e.year}: ${moves.length === 0 ? T(lang, 'без переходов', 'no transitions') : moves.map(({ s, t }) => `${names[s.schoolId] ?? s.schoolId} ${(TRANSITION[t.kind] as [string, string])[lang === 'ru' ? 0 : 1]}${t.direction ? ` (${t.direction === 'up' ? '↑' : '↓'})` : ''}${s.consecutiveYears > 1 ? ` ${s.consecutiveYears} ${T(lang, 'г. подряд', 'years running')}` : ''}`).join('; ')}`);
      lines.push(`${T(lang, 'остались', 'stayed')}: ${stayed.length}${longest.length > 0 ? `; ${T(lang, '3 года и более подряд', '3 years or more running')}: ${longest.join(', ')}` : ''}`, '');
    }
  }
  if (e.risk !== null && e.risk.profiles.length > 0) {
    const risk = e.risk;
    lines.push(
      '',
      `## ${T(lang, 'Риск-профили', 'Risk profiles')} (${risk.catalogueId}, ${risk.profiles.length} ${T(lang, 'школ', 'schools')})`,
      '',
      `| ${T(lang, 'Фактор', 'Factor')} | ${RISK_LEVEL_NAMES.high[lang]} | ${RISK_LEVEL_NAMES.medium[lang]} | ${RISK_LEVEL_NAMES.low[lang]} | ${T(lang, 'нет данных', 'no data')} | ${T(lang, 'приоритетный', 'priority')} | ${T(lang, 'Δ высокий к прошлому году', 'Δ high on last year')} |`,
      '|---|---|---|---|---|---|---|',
    );
    for (const r of risk.summary) {
      const f = risk.factors.find((x) => x.id === r.factorId);
      const name = f === undefined ? r.factorId : lang === 'ru' ? f.ru : (f.en ?? f.ru);
      const d = r.change?.high;
      const delta = d === undefined ? '—' : d < 0 ? `↓ ${d}` : d > 0 ? `↑ +${d}` : '→ 0';
      lines.push(`| ${name} | ${r.counts.high} | ${r.counts.medium} | ${r.counts.low} | ${r.counts.unknown} | ${r.priority} | ${delta} |`);
    }
  }
  lines.push('', `## ${T(lang, 'Целевые показатели', 'Target indicators')}`, '');
  const s = e.indicators.summary.counts;
  lines.push(`${T(lang, 'Достигнуто', 'Achieved')}: ${s.achieved}, ${T(lang, 'не достигнуто', 'not achieved')}: ${s.not_achieved}, ${T(lang, 'нет цели', 'no target')}: ${s.no_target}, ${T(lang, 'нет данных', 'no data')}: ${s.no_data}`, '');
  lines.push(`| ${T(lang, 'Показатель', 'Indicator')} | ${T(lang, 'Цель', 'Target')} | ${T(lang, 'Факт', 'Actual')} | | ${T(lang, 'Статус', 'Status')} |`, '|---|---|---|---|---|');
  for (const ev of e.indicators.evaluations) {
    const name = options.indicatorNames?.[ev.indicatorId] ?? ev.indicatorId;
    lines.push(`| ${name} | ${targetText(ev, lang)} | ${shortNum(ev.actual, lang)} | ${arrow(e, ev.indicatorId)} | ${(STATUS[ev.status] as [string, string])[lang === 'ru' ? 0 : 1]} |`);
  }
  if (e.warnings.length > 0) {
    lines.push('', `## ${T(lang, 'Проверка данных', 'Data checks')}`, '');
    for (const w of e.warnings) lines.push(`- ${w.message[lang]}`);
  }
  if (e.calendar.length > 0) {
    lines.push('', `## ${T(lang, 'Календарь мониторинга', 'Monitoring calendar')} ${e.year}/${e.year + 1}`, '');
    for (const c of e.calendar) lines.push(`- ${c.from}${c.to !== c.from ? ` … ${c.to}` : ''}: ${lang === 'ru' ? c.ru : c.en}`);
  }
  lines.push('');
  return lines.join('\n');
}
