/**
 * Territory verdicts: a category for a municipality or a region computed from its schools'
 * verdicts («более половины оцененных школ муниципалитета — в перечне ШНОР»), with the same
 * three states, trace and explanation as a school's.
 */
import type { MissingInput } from './engine/missing.js';
import type { Outcome } from '../core/outcome.js';
import type { Bilingual } from '../errors/messages.js';
import { ShnorError } from '../errors/ShnorError.js';
import type { Dataset } from '../model/dataset.js';
import type { Name } from '../model/primitives.js';
import { compareShare, toNumber } from './_lib/compare.js';
import { num, plural } from './_lib/labels.js';
import type { Identification, PreparedDataset, TraceNode } from './engine/types.js';
import { datasetIndexOf } from './identify.js';

/**
 * A territory category: the share of a territory's rated schools that are in a school category.
 *
 * @category Criteria
 */
export interface TerritoryRule {
  /** The territory category's id. */
  readonly id: string;
  /** Its name. */
  readonly name: Name;
  /** The school category counted (a flag, or a classifier: any class counts). */
  readonly category: string;
  /** `municipality`: each school's own territory; `region`: its region. */
  readonly level: 'municipality' | 'region';
  /** `gt` («более половины»: 50) or `gte` («не менее»). */
  readonly op: 'gt' | 'gte';
  /** The share of rated schools, in percent. */
  readonly percent: string | number;
}

/**
 * One territory's verdict.
 *
 * @category Criteria
 */
export interface TerritoryVerdict {
  /** The territory. */
  readonly territoryId: string;
  /** `true` / `false`; missing, listing the schools whose verdict is missing, when they could change it; not applicable when no school is rated. */
  readonly outcome: Outcome<boolean>;
  /** The verdict in words. */
  readonly explanation: Bilingual;
  /** The counts behind it. */
  readonly trace: TraceNode;
}

/**
 * Computes a territory category from the schools' verdicts of an identification. Schools rated
 * «yes» or «no» count; not-applicable schools do not; a school whose verdict is missing could be
 * either, so the verdict is decided only when no outcome of the missing schools could change it.
 *
 * @param result - An identification (from `identify`).
 * @param data - The dataset (or prepared dataset) it was computed on, for the schools' territories.
 * @param rule - The territory category.
 * @returns One verdict per territory that has schools, in the order territories first appear.
 * @throws {@link ShnorError} `INVALID_OPTION` when the result has no verdicts for `rule.category`.
 * @example
 * ```ts
 * // Режевской округ: 6 ШНОР из 16 оценённых школ — не «преобладание»
 * const r = identify(seed002Methodology(), dataset, 2024);
 * territoryVerdicts(r, dataset, { id: 'troubled', name: { ru: 'Муниципалитет с преобладанием ШНОР' }, category: 'shnor', level: 'municipality', op: 'gt', percent: 50 })
 *   .map((t) => t.outcome) //=> [{ status: 'value', value: false }]
 * ```
 * @category Criteria
 */
export function territoryVerdicts(result: Identification, data: Dataset | PreparedDataset, rule: TerritoryRule): TerritoryVerdict[] {
  const ix = datasetIndexOf(data);
  const counts = new Map<string, { yes: number; no: number; unknown: string[] }>();
  let seen = false;
  for (const s of result.schools) {
    const v = s.categories.find((c) => c.categoryId === rule.category);
    if (v === undefined) continue;
    seen = true;
    const school = ix.schoolById.get(s.schoolId);
    if (school === undefined) continue;
    const t = rule.level === 'municipality' ? school.territoryId : (ix.regionOf.get(school.territoryId) ?? school.territoryId);
    let c = counts.get(t);
    if (c === undefined) {
      c = { yes: 0, no: 0, unknown: [] };
      counts.set(t, c);
    }
    if (v.outcome.status === 'value') {
      if (v.outcome.value === false || v.outcome.value === null) c.no++;
      else c.yes++;
    } else if (v.outcome.status === 'missing') c.unknown.push(s.schoolId);
  }
  if (!seen) throw new ShnorError('INVALID_OPTION', { option: 'rule.category', value: rule.category, expected: { ru: 'категория, по которой проведено выявление', en: 'a category of the identification' } });
  const out: TerritoryVerdict[] = [];
  for (const [territoryId, c] of counts) {
    const all = c.yes + c.no + c.unknown.length;
    let outcome: Outcome<boolean>;
    if (all === 0) outcome = { status: 'not_applicable', reason: { code: 'NO_RATED_SCHOOLS', ru: 'ни одна школа территории не оценена по этой категории', en: 'no school of the territory is rated in this category' } };
    else {
      // the share of «yes» among the rated schools lies between yes/all and (yes + unknown)/all
      const low = compareShare(c.yes, all, rule.op, rule.percent);
      const high = compareShare(c.yes + c.unknown.length, all, rule.op, rule.percent);
      outcome = low === high ? { status: 'value', value: low } : { status: 'missing', missing: c.unknown.map((id) => `${id}: ${rule.category}`) };
    }
    const outcomeWord = outcome.status === 'value' ? (outcome.value ? 'true' : 'false') : outcome.status;
    const trace: TraceNode = {
      rule: 'territory',
      id: rule.id,
      label: rule.name,
      outcome: outcomeWord,
      params: { category: rule.category, level: rule.level, op: rule.op, percent: rule.percent },
      values: { yes: c.yes, no: c.no, missing: c.unknown.length },
      ...(outcome.status === 'missing'
        ? { missing: c.unknown.map((id): MissingInput => ({ kind: 'category', school: id, schoolName: ix.schoolById.get(id)?.name ?? id, category: rule.category, name: { ru: rule.category } })) }
        : outcome.status === 'not_applicable'
          ? { reason: outcome.reason }
          : {}),
    };
    const pct = num(toNumber(rule.percent), 'ru');
    const cond = { ru: `${rule.op === 'gt' ? 'более' : 'не менее'} ${pct} %`, en: `${rule.op === 'gt' ? 'more than' : 'at least'} ${num(toNumber(rule.percent), 'en')} %` };
    const share = all === 0 ? 0 : (c.yes * 100) / all;
    const head = { ru: `${rule.name.ru}: ${outcome.status === 'value' ? (outcome.value ? 'да' : 'нет') : outcome.status === 'missing' ? 'неизвестно' : 'не применимо'}`, en: `${rule.name.en ?? rule.name.ru}: ${outcome.status === 'value' ? (outcome.value ? 'yes' : 'no') : outcome.status === 'missing' ? 'unknown' : 'not applicable'}` };
    const body = {
      ru: `в категории ${c.yes} из ${all} ${plural(all, 'оценённой школы', 'оценённых школ', 'оценённых школ')} (${num(share, 'ru')} %), требуется ${cond.ru}${c.unknown.length > 0 ? `; у ${c.unknown.length} ${plural(c.unknown.length, 'школы', 'школ', 'школ')} нет данных: ${c.unknown.map((id) => ix.schoolById.get(id)?.name ?? id).join(', ')}` : ''}`,
      en: `${c.yes} of ${all} rated schools in the category (${num(share, 'en')} %), ${cond.en} required${c.unknown.length > 0 ? `; ${c.unknown.length} school(s) without data: ${c.unknown.map((id) => ix.schoolById.get(id)?.name ?? id).join(', ')}` : ''}`,
    };
    out.push({ territoryId, outcome, trace: { ...trace, text: body }, explanation: { ru: `${head.ru}\n— ${body.ru}`, en: `${head.en}\n— ${body.en}` } });
  }
  return out;
}
