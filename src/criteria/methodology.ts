import { isAfter, isBefore, isValid, parseISO } from 'date-fns';
import { ShnorError } from '../errors/ShnorError.js';
import { type SafeResult, type ValidationIssue, parseWith, safeParseWith } from '../model/validation.js';
import { SUBJECTS } from '../model/catalogues.js';
import type { Dataset } from '../model/dataset.js';
import { type Methodology, MethodologySchema } from './schema.js';

/**
 * Validates a methodology (rules, indices, categories as data) and returns it typed.
 *
 * @param input - Untrusted data, e.g. a methodology stored by a regional system as JSON.
 * @returns The methodology.
 * @throws {@link ShnorError} `VALIDATION_FAILED` listing every issue.
 * @example
 * ```ts
 * // методика Сергокалинского района (seed 002), как её пишет JSON-файл
 * const json = JSON.stringify(seed002Methodology());
 * parseMethodology(JSON.parse(json)).categories.map((c) => c.id)
 * //=> ['shnor', 'shnsu', 'riskZone', 'rosobrnadzorList', 'cluster']
 * parseMethodology({ id: 'seed002' }) // throws ShnorError VALIDATION_FAILED
 * ```
 * @category Criteria
 */
export function parseMethodology(input: unknown): Methodology {
  const deep = tooDeep(input);
  if (deep !== null) throw new ShnorError('VALIDATION_FAILED', { what: 'Methodology', issues: [deep] });
  const m = parseWith(MethodologySchema, input, 'Methodology');
  checkReferences(m);
  return m;
}

/**
 * Validates a methodology without throwing.
 *
 * @param input - Untrusted data.
 * @returns `{ success: true, data }` or `{ success: false, issues }`.
 * @example
 * ```ts
 * safeParseMethodology(seed002Methodology()).success //=> true
 * safeParseMethodology({ id: 'seed002' }).success //=> false (нет категорий, дат действия и источников)
 * ```
 * @category Criteria
 */
export function safeParseMethodology(input: unknown): SafeResult<Methodology> {
  const deep = tooDeep(input);
  if (deep !== null) return { success: false, issues: [deep] };
  const r = safeParseWith(MethodologySchema, input);
  if (!r.success) return r;
  try {
    checkReferences(r.data);
  } catch (e) {
    if (e instanceof ShnorError && e.code === 'INVALID_OPTION') {
      return { success: false, issues: [{ code: 'unknown_reference', path: [], received: (e.details as { value: unknown }).value, message: e.messages }] };
    }
    throw e;
  }
  return r;
}

/**
 * How deeply a methodology may nest (objects and arrays within each other). A rule nested 100
 * levels deep is already far beyond any act; beyond this limit the schema's recursion would
 * overflow the stack, so the input is refused first, with the path where the limit is crossed.
 */
export const MAX_METHODOLOGY_DEPTH = 200;

/** The first place where the input nests deeper than {@link MAX_METHODOLOGY_DEPTH}, as an issue; `null` when it does not. Iterative: no recursion. */
function tooDeep(input: unknown): ValidationIssue | null {
  const stack: { value: unknown; path: (string | number)[] }[] = [{ value: input, path: [] }];
  while (stack.length > 0) {
    const { value, path } = stack.pop() as { value: unknown; path: (string | number)[] };
    if (typeof value !== 'object' || value === null) continue;
    if (path.length > MAX_METHODOLOGY_DEPTH) {
      return {
        code: 'too_deep',
        path,
        received: Array.isArray(value) ? `array(${value.length})` : 'object',
        message: {
          ru: `методика вложена глубже ${MAX_METHODOLOGY_DEPTH} уровней (правило внутри правила): так глубоко правила не вкладываются; упростите правило`,
          en: `the methodology nests deeper than ${MAX_METHODOLOGY_DEPTH} levels (a rule within a rule): simplify the rule`,
        },
      };
    }
    if (Array.isArray(value)) value.forEach((v, i) => stack.push({ value: v, path: [...path, i] }));
    else for (const k of Object.keys(value)) stack.push({ value: (value as Record<string, unknown>)[k], path: [...path, k] });
  }
  return null;
}

/** Every index and category a methodology's rules name must exist. */
function checkReferences(m: Methodology): void {
  const indices = new Set((m.indices ?? []).map((i) => i.id));
  const categories = new Set(m.categories.map((c) => c.id));
  const walk = (x: unknown): void => {
    if (Array.isArray(x)) x.forEach(walk);
    else if (typeof x === 'object' && x !== null) {
      const o = x as Record<string, unknown>;
      if (o.kind === 'index' && typeof o.index === 'string' && !indices.has(o.index)) {
        throw new ShnorError('INVALID_OPTION', { option: 'measure.index', value: o.index, expected: `an index of the methodology (${[...indices].join(', ') || 'none'})` });
      }
      if ((o.kind === 'category' || o.kind === 'selectionBound') && typeof o.category === 'string' && !categories.has(o.category)) {
        throw new ShnorError('INVALID_OPTION', { option: 'measure.category', value: o.category, expected: `a category of the methodology (${[...categories].join(', ')})` });
      }
      Object.values(o).forEach(walk);
    }
  };
  walk(m.categories);
  walk(m.indices);
}

/**
 * Checks a methodology against the data it will be applied to: every subject its rules name is
 * built in or declared by the dataset (`declaredSubjects`), and every fact they read is declared
 * (`declaredFacts`) — so that a misspelt id is an issue now, never a silent «unknown» later.
 *
 * @param methodology - A parsed methodology.
 * @param dataset - The dataset.
 * @returns The issues, each with its path in the methodology; empty when everything is known.
 * @example
 * ```ts
 * // методика, где в правиле вместо русского языка — краеведение, которого нет в данных Режа
 * const json = JSON.stringify(seed002Methodology()).replace('"russian"', '"kraevedenie"');
 * checkMethodologyData(parseMethodology(JSON.parse(json)), dataset).map((i) => i.message.ru)
 * //=> ['предмет «kraevedenie» не входит в каталог и не объявлен в наборе данных (declaredSubjects)']
 * ```
 * @category Criteria
 */
export function checkMethodologyData(methodology: Methodology, dataset: Dataset): ValidationIssue[] {
  const subjects = new Set([...SUBJECTS.map((s) => s.id), ...(dataset.declaredSubjects ?? []).map((s) => s.id)]);
  const facts = new Set((dataset.declaredFacts ?? []).map((f) => f.id));
  const issues: ValidationIssue[] = [];
  // iterative walk with paths (the depth is bounded by parsing)
  const stack: { value: unknown; path: (string | number)[] }[] = [{ value: methodology.categories, path: ['categories'] }, { value: methodology.indices ?? [], path: ['indices'] }];
  while (stack.length > 0) {
    const { value, path } = stack.pop() as { value: unknown; path: (string | number)[] };
    if (Array.isArray(value)) {
      value.forEach((v, i) => stack.push({ value: v, path: [...path, i] }));
      continue;
    }
    if (typeof value !== 'object' || value === null) continue;
    const o = value as Record<string, unknown>;
    if (Array.isArray(o.subjects)) {
      o.subjects.forEach((s, i) => {
        if (typeof s === 'string' && !subjects.has(s)) {
          issues.push({ code: 'unknown_subject', path: [...path, 'subjects', i], received: s, message: { ru: `предмет «${s}» не входит в каталог и не объявлен в наборе данных (declaredSubjects)`, en: `subject "${s}" is neither in the catalogue nor declared by the dataset (declaredSubjects)` } });
        }
      });
    }
    const fact = o.kind === 'declared' || o.kind === 'status' ? o.fact : undefined;
    if (typeof fact === 'string' && !facts.has(fact)) {
      issues.push({ code: 'undeclared_fact', path: [...path, 'fact'], received: fact, message: { ru: `показатель «${fact}» не объявлен в наборе данных (declaredFacts)`, en: `fact "${fact}" is not declared by the dataset (declaredFacts)` } });
    }
    for (const k of Object.keys(o)) if (k !== 'subjects') stack.push({ value: o[k], path: [...path, k] });
  }
  return issues.sort((a, b) => a.path.join('.').localeCompare(b.path.join('.')));
}

/**
 * Finds the methodology in force for a territory on a date: it names the territory (or the
 * territory's region) and the date lies between its `validFrom` and `validTo` (inclusive). When
 * several apply, the one that started latest wins.
 *
 * @param methodologies - Candidate methodologies.
 * @param territoryId - The municipality (or region).
 * @param date - The date, as an ISO string or a `Date`.
 * @param regionId - The territory's region, so that a regional methodology applies to its municipalities.
 * @returns The methodology in force, or `undefined` when none is.
 * @throws {@link ShnorError} `INVALID_YEAR` for an invalid date.
 * @example
 * ```ts
 * // методика Сергокалинского района действует с 2023-01-01 по 2025-12-31
 * resolveMethodology([seed002Methodology()], 'sergokala', '2024-09-01')?.id //=> 'seed002'
 * resolveMethodology([seed002Methodology()], 'sergokala', '2026-09-01') //=> undefined
 * ```
 * @category Criteria
 */
export function resolveMethodology(
  methodologies: readonly Methodology[],
  territoryId: string,
  date: string | Date,
  regionId?: string,
): Methodology | undefined {
  const d = typeof date === 'string' ? parseISO(date) : date;
  if (!isValid(d)) throw new ShnorError('INVALID_YEAR', { value: date });
  const candidates = methodologies.filter((m) => {
    if (!m.territories.includes(territoryId) && !(regionId !== undefined && m.territories.includes(regionId))) return false;
    if (isBefore(d, parseISO(m.validFrom))) return false;
    return m.validTo === undefined || !isAfter(d, parseISO(`${m.validTo}T23:59:59.999`));
  });
  // the most specific (the territory itself over its region), then the latest start
  candidates.sort((a, b) => {
    const sa = a.territories.includes(territoryId) ? 1 : 0;
    const sb = b.territories.includes(territoryId) ? 1 : 0;
    return sb - sa || (a.validFrom < b.validFrom ? 1 : a.validFrom > b.validFrom ? -1 : 0);
  });
  return candidates[0];
}
