/**
 * A territory category: a municipality's (or a region's) verdict computed from its schools'
 * verdicts of another category («более половины оцененных школ муниципалитета — в перечне ШНОР»),
 * with the same three states, trace and explanation as a school's. Every school of the territory
 * gets its territory's verdict when a rule reads the category; `identify` lists the verdicts by
 * territory. Internal.
 */
import type { MissingInput } from '../engine/missing.js';
import type { Name } from '../../model/primitives.js';
import { compareNumber, compareShare, toNumber } from '../_lib/compare.js';
import { OP, num, plural } from '../_lib/labels.js';
import { NONE, type EvalContext } from '../engine/context.js';
import type { CategoryResult, TraceNode } from '../engine/types.js';
import { type Lang, YES } from '../explain/words.js';
import type { Pool, TerritoryCategory } from '../schema.js';

/** The pools whose groups are the territories (one object each, so that their groups are computed once). */
const POOLS: Readonly<Record<TerritoryCategory['level'], Pool>> = { municipality: { scope: 'municipality' }, region: { scope: 'region' } };

/** The pool whose groups are the territories of a level. */
const territoryPool = (level: TerritoryCategory['level']): Pool => POOLS[level];

/** The territory of a school at a level. @internal */
export function territoryOf(ctx: EvalContext, si: number, level: TerritoryCategory['level']): string {
  const s = ctx.ix.schools[si];
  if (s === undefined) return '';
  return level === 'municipality' ? s.territoryId : (ctx.ix.regionOf.get(s.territoryId) ?? s.territoryId);
}

/** The verdicts of each evaluator's territory categories, by category and territory group. */
const memos = new WeakMap<EvalContext, Map<string, (CategoryResult | undefined)[]>>();

const nameIn = (n: Name, lang: Lang): string => (lang === 'ru' ? n.ru : (n.en ?? n.ru));

/**
 * The verdict of the territory of school `si` (all the schools of a territory share it), computed
 * once per territory. @internal
 */
export function evaluateTerritory(c: TerritoryCategory, si: number, ctx: EvalContext): CategoryResult {
  let byCategory = memos.get(ctx);
  if (byCategory === undefined) {
    byCategory = new Map();
    memos.set(ctx, byCategory);
  }
  let memo = byCategory.get(c.id);
  if (memo === undefined) {
    memo = [];
    byCategory.set(c.id, memo);
  }
  const groups = ctx.groupsOf(territoryPool(c.level));
  const gi = groups.groupOf[si] as number;
  const hit = memo[gi];
  if (hit !== undefined) return hit;
  const out = territoryVerdict(c, groups.members[gi] as readonly number[], territoryOf(ctx, si, c.level), ctx);
  memo[gi] = out;
  return out;
}

function territoryVerdict(c: TerritoryCategory, members: readonly number[], territoryId: string, ctx: EvalContext): CategoryResult {
  let yes = 0;
  let no = 0;
  let na = 0;
  const unknown: number[] = [];
  const missing: MissingInput[] = [];
  const counted = c.classes === undefined ? null : new Set(c.classes);
  const of = ctx.names.categories.get(c.category) ?? { ru: c.category };
  for (const sj of members) {
    const r = ctx.category(c.category, sj);
    if (r.value === null) {
      if (r.missing.length === 0 && r.reason !== undefined) na++;
      else {
        unknown.push(sj);
        missing.push({ kind: 'category', school: ctx.idOf(sj), schoolName: ctx.ix.schools[sj]?.name ?? ctx.idOf(sj), category: c.category, name: of });
      }
      continue;
    }
    const inside = 'cls' in r && r.cls !== undefined ? r.cls !== null && (counted === null || counted.has(r.cls)) : r.value;
    if (inside) yes++;
    else no++;
  }
  const rated = yes + no + unknown.length;
  const base = c.base ?? 'rated';
  const total = base === 'all' ? rated + na : rated;
  const holds = (k: number): boolean => (c.measure === 'count' ? compareNumber(k, c.op, c.value) : compareShare(k, total, c.op, c.value));
  let value: boolean | null;
  let reason: CategoryResult['reason'];
  if (c.measure === 'share' && total === 0) {
    value = null;
    reason = { code: 'NO_RATED_SCHOOLS', ru: 'ни одна школа территории не оценена по этой категории', en: 'no school of the territory is rated in this category' };
  } else {
    // every number of the unknown schools that could be in the category: decided when all give the same outcome
    value = holds(yes);
    for (let k = yes + 1; k <= yes + unknown.length; k++) {
      if (holds(k) !== value) {
        value = null;
        break;
      }
    }
  }
  const result: { value: boolean | null; missing: readonly MissingInput[]; reason?: CategoryResult['reason']; node?: TraceNode } = { value, missing: value === null && reason === undefined ? missing : NONE };
  if (reason !== undefined) result.reason = reason;
  if (ctx.tracing) {
    const values: Record<string, unknown> = { territory: territoryId, yes, no, missing: unknown.length, notApplicable: na, total };
    if (c.measure === 'share' && total > 0) values.share = (yes * 100) / total;
    if (unknown.length > 0) values.missingSchools = unknown.map((sj) => ctx.ix.schools[sj]?.name ?? ctx.idOf(sj));
    const extra: { -readonly [K in keyof TraceNode]?: TraceNode[K] } = {
      what: { ru: `школы в перечне «${of.ru}»`, en: `schools in "${of.en ?? of.ru}"` },
      params: { category: c.category, categoryName: of, level: c.level, measure: c.measure, op: c.op, value: c.value, base, ...(c.classes ? { classes: c.classes } : {}) },
      values,
    };
    if (result.missing.length > 0) extra.missing = result.missing;
    if (reason !== undefined) extra.reason = reason;
    const n = ctx.node({ kind: 'territory', id: c.id, ...(c.source ? { source: c.source } : {}) }, value, extra);
    if (n !== undefined) result.node = n;
  }
  return result as CategoryResult;
}

/**
 * «школы муниципалитета в перечне «ШНОР»: 3 из 5 оценённых (60 %) > 50 % — выполнено»; with
 * schools whose verdict is unknown, they are named and the outcome says whether they could change it. @internal
 */
export function explainTerritory(n: TraceNode, lang: Lang): string {
  const p = n.params ?? {};
  const v = n.values ?? {};
  const ru = lang === 'ru';
  const where = p.level === 'region' ? (ru ? 'региона' : 'of the region') : ru ? 'муниципалитета' : 'of the municipality';
  const of = nameIn((p.categoryName as Name | undefined) ?? { ru: String(p.category) }, lang);
  const classes = Array.isArray(p.classes) ? (ru ? ` (${p.classes.length === 1 ? 'класс' : 'классы'} ${(p.classes as string[]).map((x) => `«${x}»`).join(', ')})` : ` (class ${(p.classes as string[]).join(', ')})`) : '';
  const sep = ru ? ' — ' : ': ';
  if (n.reason !== undefined) return `${ru ? `школы ${where} в перечне «${of}»${classes}` : `schools ${where} in "${of}"${classes}`}: ${ru ? n.reason.ru : n.reason.en}`;
  const yes = v.yes as number;
  const total = v.total as number;
  const unknown = v.missing as number;
  const op = (OP[p.op as string] as [string, string])[0];
  const threshold = num(toNumber(p.value as string | number), lang);
  let body: string;
  if (p.measure === 'count') {
    body = ru
      ? `число школ ${where} в перечне «${of}»${classes}: ${yes} ${op} ${threshold}`
      : `number of schools ${where} in "${of}"${classes}: ${yes} ${op} ${threshold}`;
  } else {
    const baseWords = p.base === 'all' ? (ru ? `из ${total} ${plural(total, 'школы', 'школ', 'школ')} ${where}` : `of ${total} schools ${where}`) : ru ? `из ${total} ${plural(total, 'оценённой школы', 'оценённых школ', 'оценённых школ')} ${where}` : `of ${total} rated schools ${where}`;
    body = ru
      ? `доля школ в перечне «${of}»${classes}: ${yes} ${baseWords} (${num(v.share as number, 'ru')} %) ${op} ${threshold} %`
      : `share of schools in "${of}"${classes}: ${yes} ${baseWords} (${num(v.share as number, 'en')} %) ${op} ${threshold} %`;
  }
  if (unknown > 0) {
    const names = (v.missingSchools as string[] | undefined)?.join(', ') ?? '';
    body += ru
      ? `; нет вердикта у ${unknown} ${plural(unknown, 'школы', 'школ', 'школ')} (${names})${n.outcome === 'missing' ? ', от них зависит итог' : ', итог от них не зависит'}`
      : `; ${unknown} school(s) without a verdict (${names})${n.outcome === 'missing' ? ', the outcome depends on them' : ', the outcome does not depend on them'}`;
  }
  return `${body}${sep}${YES[n.outcome][ru ? 0 : 1]}`;
}
