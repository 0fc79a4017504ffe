/**
 * Explanations as a layer: the words of a verdict are written from its trace alone, by the module
 * of each node's rule kind. A verdict computed with `explain: false` (a national run) can be
 * explained later from its stored trace.
 */
import type { MissingInput, TraceNode } from '../engine/types.js';
import { explainMatrix } from '../classifiers/matrix.js';
import { explainOrdered } from '../classifiers/ordered.js';
import { explainTerritory } from '../classifiers/territory.js';
import { explainCombination } from '../rules/combine.js';
import { explainGap } from '../rules/gap.js';
import { explainNot } from '../rules/not.js';
import { explainRank } from '../rules/rank.js';
import { explainResidual } from '../rules/residual.js';
import { explainResults } from '../rules/results.js';
import { explainThreshold } from '../rules/threshold.js';
import { explainCumulative } from '../rules/cumulative.js';
import { explainPersist } from '../rules/persist.js';
import { explainScope } from '../rules/scope.js';
import { explainStatus } from '../rules/status.js';
import { YES, type Lang, missingList, unknownText } from './words.js';

/**
 * A trace node as stored before 0.2: its missing inputs are strings («rezh-5: vpr-5 math
 * belowMinimum (2023)»), its children alike. `explainTrace` reads it.
 *
 * @category Criteria
 */
export type StoredTraceNode = Omit<TraceNode, 'missing' | 'children'> & { readonly missing?: readonly (MissingInput | string)[]; readonly children?: readonly StoredTraceNode[] };

type NodeExplainer = (n: TraceNode, lang: Lang) => string;

const EXPLAINERS: Readonly<Record<string, NodeExplainer>> = Object.assign(Object.create(null) as Record<string, NodeExplainer>, {
  threshold: explainThreshold,
  between: explainThreshold,
  rank: explainRank,
  gap: explainGap,
  results: explainResults,
  residual: explainResidual,
  all: explainCombination,
  any: explainCombination,
  atLeast: explainCombination,
  not: explainNot,
  persist: explainPersist,
  scope: explainScope,
  status: explainStatus,
  cumulative: explainCumulative,
  matrix: explainMatrix,
  ordered: explainOrdered,
  territory: explainTerritory,
});

/**
 * The words of one trace node (its own line, without its children's lines). Internal: the
 * evaluator writes `text` with it while explaining.
 * @internal
 */
export function nodeText(n: TraceNode, lang: Lang): string {
  const own = ownText(n, lang);
  // the rule's own label (the act's wording) first; combinations write theirs themselves
  if (n.label === undefined || COMBINATIONS.has(n.rule)) return own;
  return `${lang === 'ru' ? n.label.ru : (n.label.en ?? n.label.ru)}: ${own}`;
}

/**
 * The rule a `scope` node wraps, when the school is within the scope (the node then has two
 * children: the condition and the rule). Such a node is worded as the rule it wraps, so that the
 * line shows the rule's numbers rather than «the rule applies».
 */
function scopedRule(n: TraceNode): TraceNode | undefined {
  return n.rule === 'scope' && n.children?.length === 2 ? n.children[1] : undefined;
}

function ownText(n: TraceNode, lang: Lang): string {
  const inner = scopedRule(n);
  if (inner !== undefined) {
    // the scope's label names the rule already; a scope without one lends the wrapped rule's
    return n.label !== undefined ? ownText(inner, lang) : nodeText(inner, lang);
  }
  const f = EXPLAINERS[n.rule];
  const policy = n.params?.ifMissing as string | undefined;
  const own =
    policy !== undefined && n.values?.absent !== undefined
      ? lang === 'ru'
        ? `${n.what ? `${n.what.ru}: ` : ''}нет данных (${missingList(n.values.absent as readonly MissingInput[], 'ru')}); по правилу методики отсутствие данных ${policy === 'fails' ? 'означает, что условие не выполнено' : 'засчитывается как выполнение условия'} — ${YES[n.outcome][0]}`
        : `${n.what ? `${n.what.en}: ` : ''}no data (${missingList(n.values.absent as readonly MissingInput[], 'en')}); by the methodology's rule, missing data ${policy === 'fails' ? 'means the condition is not met' : 'counts as meeting the condition'}: ${YES[n.outcome][1]}`
      : f !== undefined
        ? f(n, lang)
        : (unknownText(n, lang) ?? `${YES[n.outcome][lang === 'ru' ? 0 : 1]}`);
  return own;
}

const COMBINATIONS = new Set(['all', 'any', 'atLeast']);

/**
 * A trace stored before the outcome `'unknown'` was spelled as the state it is: each such node as
 * `not_applicable` when it has a reason and no missing input, else `missing` (the verdict's rule).
 * The same object when no node says `'unknown'`.
 */
function currentSpelling(n: TraceNode): TraceNode {
  const children = n.children?.map(currentSpelling);
  const changed = children !== undefined && children.some((c, i) => c !== n.children?.[i]);
  const legacy = (n.outcome as string) === 'unknown';
  if (!legacy && !changed) return n;
  const outcome: TraceNode['outcome'] = legacy ? (n.reason !== undefined && (n.missing?.length ?? 0) === 0 ? 'not_applicable' : 'missing') : n.outcome;
  return { ...n, outcome, ...(children !== undefined ? { children } : {}) };
}

/** Indentation stops growing after this depth, so that an explanation's size stays linear in the rule's size. */
const MAX_INDENT = 12;
const INDENTS = Array.from({ length: MAX_INDENT + 1 }, (_, d) => '  '.repeat(d));

/** A trace's lines, depth first, indented by depth (at most {@link MAX_INDENT} levels). @internal */
export function traceLines(n: TraceNode, depth: number, lang: Lang, out: string[], fromText: boolean): void {
  const indent = INDENTS[Math.min(depth, MAX_INDENT)] as string;
  const text = fromText && n.text !== undefined ? n.text[lang] : nodeText(n, lang);
  out.push(`${indent}— ${text}`);
  // a scope within which the school falls: its line is the wrapped rule's, so below it come the
  // scope's condition and the wrapped rule's own steps, not the wrapped rule's line a second time
  const inner = scopedRule(n);
  const children = inner === undefined ? (n.children ?? []) : [(n.children as TraceNode[])[0] as TraceNode, ...(inner.children ?? [])];
  for (const ch of children) traceLines(ch, depth + 1, lang, out, fromText);
}

/**
 * Writes the reasoning of a verdict in words from its stored trace: one line per step, indented by
 * depth, each rule with its own label, its inputs, its parameters and its outcome. Works on a
 * trace computed with `explain: false` (the trace carries every number and name it needs), so a
 * report can explain a verdict of a national run when a user opens it. A trace stored before this
 * release, whose outcomes say `'unknown'`, is read as the state each node was (`not_applicable`
 * with a reason and no missing input, else `missing`). Missing inputs are data
 * ({@link MissingInput}) and are written in words here; a trace stored before 0.2, whose missing
 * inputs are strings, prints those strings as they are.
 *
 * @param trace - A trace node (`verdict.trace` of `identify` with `trace: true`), or one stored as JSON.
 * @param lang - `ru` or `en`.
 * @returns The lines joined with line breaks: one per step, children indented under their parent.
 * @example
 * ```ts
 * // ШНСУ школы rezh-4 по методике seed 002: следы без слов, слова — по запросу
 * const r = identify(seed002Methodology(), dataset, 2024, { explain: false });
 * const shnsu = r.schools.find((s) => s.schoolId === 'rezh-4')?.categories[1];
 * explainTrace(shnsu.trace, 'ru')
 * //=> '— дефицит ресурсов и низкий ИСБ: все условия — не выполнено (выполнено 1 из 2)\n  — дефицит ресурсов (кадровых, материально-технических, финансовых): число неустранённых дефицитов ресурсного обеспечения = 1 ≥ 1 — выполнено\n…'
 * ```
 * @example
 * ```ts
 * // школа № 13 отсутствует в аналитических материалах 2023 г.: недостающее — данные, слова пишутся здесь
 * const lacking = { kind: 'field', school: 'rezh-13', section: 'external', field: 'absentFromAnalytics', years: [2023, 2023] };
 * explainTrace({ rule: 'threshold', outcome: 'missing', what: { ru: 'группа качества', en: 'quality group' }, missing: [lacking] }, 'ru')
 * //=> '— группа качества: нет данных: отсутствует в аналитических материалах (2023 г.)'
 * // след, сохранённый до 0.2 (недостающее — строкой), печатается как есть
 * explainTrace({ rule: 'threshold', outcome: 'missing', what: { ru: 'группа качества', en: 'quality group' }, missing: ['rezh-13: external.qualityGroup (2023)'] }, 'ru')
 * //=> '— группа качества: нет данных: rezh-13: external.qualityGroup (2023)'
 * ```
 * @category Criteria
 */
export function explainTrace(trace: TraceNode | StoredTraceNode, lang: Lang): string {
  const out: string[] = [];
  traceLines(currentSpelling(trace as TraceNode), 0, lang, out, false);
  return out.join('\n');
}
