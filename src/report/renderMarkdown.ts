import type { ProgramEvaluation } from '../programs/evaluateProgram.js';
import { type ReportData, buildReport } from './_lib/model.js';
import type { ReasonLine } from './_lib/reasons.js';
import { T, count, whole } from './_lib/words.js';

import type { Identification } from '../criteria/identify.js';
import type { Methodology } from '../criteria/schema.js';
import type { Dataset } from '../model/dataset.js';
import type { Lang } from '../numbers/format.js';
import type { Program } from '../programs/schema.js';

/**
 * Options of the report renderers ({@link renderMarkdown}, `renderHtml`): the language, the program
 * (its methodology names the categories), the dataset (names, provenance, the synthetic-data label),
 * school and indicator names, further identifications to show beside the program's own.
 *
 * @category Reports
 */
export interface RenderOptions {
  /** `ru` (default) or `en`. */
  readonly lang?: Lang;
  /** The program evaluated: category names, indicator definitions, territory. The preset of the same id when omitted. */
  readonly program?: Program;
  /** The dataset evaluated: school names, results over the years, provenance (synthetic data is labelled), territory checks. */
  readonly dataset?: Dataset;
  /** School names by id (taken from the dataset when it is given). */
  readonly schoolNames?: Readonly<Record<string, string>>;
  /** Indicator names by id, shorter than the full names. */
  readonly indicatorNames?: Readonly<Record<string, string>>;
  /** Further identifications to show (another methodology over the same data), with a title and the methodology. */
  readonly extra?: readonly { readonly title: string; readonly result: Identification; readonly methodology?: Methodology; readonly categories?: Readonly<Record<string, string>> }[];
  /**
   * Which schools get a card (HTML): `all`, `identified` (those in at least one category) or `none`.
   * By default `all` up to {@link RenderOptions.cardsAllUpTo} schools (500) and `identified` above; the report says in a line how many
   * cards are left out and how to get them. The Markdown report has no cards.
   */
  readonly cards?: 'identified' | 'all' | 'none';
  /** Up to how many schools the default is `all` cards (500); above it, `identified`. */
  readonly cardsAllUpTo?: number;
}

/**
 * The old name of an options type, kept for one release.
 *
 * @deprecated Renamed {@link RenderOptions} (one options type per function, named after it); the old name goes in the next minor release.
 * @category Reports
 */
export type ReportOptions = RenderOptions;


const cell = (s: string): string => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

function reasonLines(lines: string[], reasons: readonly ReasonLine[], indent: string): void {
  for (const r of reasons) lines.push(`${indent}${'  '.repeat(r.depth)}- ${r.text}`);
}

/** The report content as Markdown. @internal */
function markdownOf(d: ReportData): string {
  return markdownLines(d).join('\n');
}

/** The report content as Markdown lines. @internal */
function markdownLines(d: ReportData): string[] {
  const { lang } = d;
  const lines: string[] = [];
  lines.push(`# ${d.title}`, '');
  if (d.sampleLabel !== null) lines.push(`> **${d.sampleLabel}**`, '');
  lines.push(`${T(lang, 'Набор данных', 'Dataset')}: ${d.datasetName}`);
  if (d.warnings.length > 0) {
    lines.push('', `## ${T(lang, 'Важно для читателя', 'Read this first')}`, '');
    for (const w of d.warnings) lines.push(`- ${w}`);
  }
  for (const sec of d.identifications) {
    lines.push('', `## ${sec.title}`);
    if (sec.methodologyName !== null) lines.push('', `${T(lang, 'Методика', 'Methodology')}: ${sec.methodologyName}`);
    for (const c of sec.categories) {
      lines.push('', `### ${c.name}`, '');
      if (c.kind === 'classifier' || c.classes.length > 0) {
        for (const k of c.classes) lines.push(`- **${k.name}** (${count(k.schools.length, 'school', lang)}): ${k.schools.map((s) => s.name).join(', ')}`);
        if (c.classes.length === 0) lines.push(T(lang, 'Ни одна школа не отнесена к группе.', 'No school is in a class.'));
      } else {
        lines.push(`${T(lang, 'В списке', 'On the list')}: ${count(c.yes.length, 'school', lang)} ${T(lang, 'из', 'of')} ${whole(c.total, lang)}.`);
        for (const s of c.yes) {
          lines.push(`- **${s.name}**`);
          if (s.reasons.length === 0) lines.push(`  - ${T(lang, 'причины не сохранены: оценка выполнена без хода рассуждения', 'reasons not kept: evaluated without traces')}`);
          reasonLines(lines, s.reasons, '  ');
        }
      }
      if (c.missing.length > 0) {
        lines.push(`- ${T(lang, 'Нет данных для решения', 'Not enough data')} (${count(c.missing.length, 'school', lang)}); ${T(lang, 'не хватает сведений', 'missing')}:`);
        for (const u of c.missing) lines.push(`  - ${u.name}: ${u.missing}`);
      }
    }
  }
  if (d.history.length > 0) {
    lines.push('', `## ${T(lang, 'Изменения в перечнях', 'Changes in the lists')}: ${d.year - 1} → ${d.year}`, '');
    for (const h of d.history) {
      lines.push(`**${h.category}**: ${h.moves.length === 0 ? T(lang, 'без изменений', 'no changes') : h.moves.join('; ')}.`);
      lines.push(`${T(lang, 'Остались в списке', 'Stayed on the list')}: ${count(h.stayed, 'school', lang)}${h.longest.length > 0 ? `; ${T(lang, 'три года и более', 'three years or more')}: ${h.longest.join(', ')}` : ''}.`, '');
    }
  }
  if (d.risk !== null) {
    lines.push('', `## ${T(lang, 'Риск-профили', 'Risk profiles')}`, '', `${T(lang, 'Перечень', 'Catalogue')}: ${d.risk.catalogue}; ${T(lang, 'профили', 'profiles of')} ${count(d.risk.schools, 'school', lang)}.`, '');
    lines.push(`| ${T(lang, 'Фактор риска', 'Risk factor')} | ${T(lang, 'высокий', 'high')} | ${T(lang, 'средний', 'medium')} | ${T(lang, 'низкий', 'low')} | ${T(lang, 'нет данных', 'no data')} | ${T(lang, 'приоритетный', 'priority')} | ${T(lang, 'высокий: изменение к прошлому году', 'high: change on last year')} |`, '|---|---:|---:|---:|---:|---:|---|');
    for (const r of d.risk.rows) lines.push(`| ${cell(r.factor)} | ${r.high} | ${r.medium} | ${r.low} | ${r.missing} | ${r.priority} | ${r.delta} |`);
  }
  lines.push('', `## ${T(lang, 'Целевые показатели', 'Target indicators')}`, '');
  const s = d.indicatorCounts;
  lines.push(`${T(lang, 'Достигнуто', 'Achieved')}: ${s.achieved}; ${T(lang, 'не достигнуто', 'not achieved')}: ${s.not_achieved}; ${T(lang, 'нет цели на этот год', 'no target this year')}: ${s.not_applicable}; ${T(lang, 'нет данных', 'no data')}: ${s.missing}.`, '');
  lines.push(`| ${T(lang, 'Показатель', 'Indicator')} | ${T(lang, 'Цель', 'Target')} | ${T(lang, 'Факт', 'Actual')} | ${T(lang, 'К прошлому году', 'On last year')} | ${T(lang, 'Статус', 'Status')} |`, '|---|---|---|---|---|');
  for (const r of d.indicators) lines.push(`| ${cell(r.name)} | ${cell(r.target)} | ${cell(r.actual)} | ${r.arrow} | ${cell(r.statusText)}${r.notes.length > 0 ? ` (${cell(r.notes.join('; '))})` : ''} |`);
  for (const sec of [d.plan, d.financing]) {
    if (sec === null) continue;
    lines.push('', `## ${sec.title}`, '');
    for (const l of sec.lines) lines.push(`- ${l}`);
  }
  if (d.dataChecks.length > 0) {
    lines.push('', `## ${T(lang, 'Проверка данных', 'Data checks')}`, '');
    for (const w of d.dataChecks) {
      lines.push(`- ${w.text}`);
      for (const x of w.examples ?? []) lines.push(`  - ${x}`);
    }
  }
  if (d.calendar.length > 0) {
    lines.push('', `## ${T(lang, 'Календарь мониторинга', 'Monitoring calendar')} ${d.year}/${d.year + 1}`, '');
    for (const c of d.calendar) lines.push(`- ${c}`);
  }
  lines.push('');
  return lines;
}

/**
 * Renders a program evaluation as a Markdown report (Russian by default): warnings the reader must
 * see, identification lists with the reasons taken from each verdict's trace, changes in the lists,
 * risk profiles, the indicator table with targets, units and statuses, consistency warnings and the
 * calendar. Category names come from the program's methodology, school names from the dataset.
 *
 * @param e - The evaluation (with traces: `evaluateProgram(…, { trace: true })`, the default).
 * @param options - Language, the program and dataset, names, further identifications.
 * @returns The Markdown text.
 * @example
 * ```ts
 * renderMarkdown(evaluateProgram(SEED_000_PROGRAM, dataset, 2023, { actuals }), { dataset }).split('\n')[0]
 * //=> '# Режевской ГО: поддержка школ … — 2023'
 * ```
 * @category Reports
 */
export function renderMarkdown(e: ProgramEvaluation, options: RenderOptions = {}): string {
  // the Markdown report prints no school cards: none are built
  return markdownOf(buildReport(e, { ...options, cards: 'none' }));
}

/**
 * Writes the same text as {@link renderMarkdown} in pieces of about a million characters, for a
 * national report written to a file. Internal: the CLI writes `--format md` with it.
 *
 * @param e - The evaluation.
 * @param write - Called with each piece, in order.
 * @param options - As {@link renderMarkdown}.
 * @example
 * ```ts
 * // отчёт о программе Режевского округа за 2023 год, записанный по частям
 * const evaluation = evaluateProgram(SEED_000_PROGRAM, dataset, 2023, { actuals });
 * let text = '';
 * writeMarkdown(evaluation, (s) => (text += s), { dataset });
 * text === renderMarkdown(evaluation, { dataset }) //=> true
 * ```
 * @internal
 */
export function writeMarkdown(e: ProgramEvaluation, write: (text: string) => void, options: RenderOptions = {}): void {
  const lines = markdownLines(buildReport(e, { ...options, cards: 'none' }));
  let buf = '';
  lines.forEach((line, i) => {
    buf += i === 0 ? line : `\n${line}`;
    if (buf.length >= 1 << 20) {
      write(buf);
      buf = '';
    }
  });
  if (buf !== '') write(buf);
}
