import { isAfter, isBefore, isValid, parseISO } from 'date-fns';
import { ShnorError } from '../errors/ShnorError.js';
import { type SafeResult, type ValidationIssue, parseWith, safeParseWith } from '../model/validation.js';
import { PROCEDURE_IDS, SUBJECTS } from '../model/catalogues.js';
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
 * // методика Сергокалинского района 2023–2025, как её пишет JSON-файл
 * const json = JSON.stringify(seed002Methodology());
 * parseMethodology(JSON.parse(json)).categories.map((c) => c.id)
 * //=> ['shnor', 'shnsu', 'riskZone', 'needsPrevention', 'rosobrnadzorList', 'cluster']
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
      const d = e.details as { option?: unknown; value: unknown };
      return { success: false, issues: [{ code: d.option === 'category.cycle' ? 'category_cycle' : 'unknown_reference', path: [], received: d.value, message: e.messages }] };
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
        throw new ShnorError('INVALID_OPTION', { option: 'measure.index', value: o.index, expected: { ru: `индекс методики (${[...indices].map((x) => `«${x}»`).join(', ') || 'в методике нет индексов'})`, en: `an index of the methodology (${[...indices].join(', ') || 'none'})` } });
      }
      if ((o.kind === 'category' || o.kind === 'selectionBound' || o.kind === 'territory') && typeof o.category === 'string' && !categories.has(o.category)) {
        throw new ShnorError('INVALID_OPTION', { option: 'measure.category', value: o.category, expected: { ru: `категория методики (${[...categories].map((x) => `«${x}»`).join(', ')})`, en: `a category of the methodology (${[...categories].join(', ')})` } });
      }
      Object.values(o).forEach(walk);
    }
  };
  walk(m.categories);
  walk(m.indices);
  // a territory category counts another category's verdicts, never its own
  for (const c of m.categories) {
    if (c.kind === 'territory' && c.category === c.id) throw new ShnorError('INVALID_OPTION', { option: 'category.category', value: c.category, expected: { ru: 'другая категория методики (не она сама)', en: 'another category of the methodology' } });
  }
  checkCycles(m);
}

/**
 * Categories and indices that read each other in the same year (a school category reading its
 * territory's verdict, which counts that same school category) would never finish: such a cycle is
 * refused with its path. Readings of an earlier year (`yearOffset` below 0) are no cycle.
 */
function checkCycles(m: Methodology): void {
  const deps = new Map<string, Set<string>>();
  const collect = (x: unknown, out: Set<string>): void => {
    if (Array.isArray(x)) for (const v of x) collect(v, out);
    else if (typeof x === 'object' && x !== null) {
      const o = x as Record<string, unknown>;
      if (o.kind === 'category' && typeof o.category === 'string' && ((o.yearOffset as number | undefined) ?? 0) === 0) out.add(`c:${o.category}`);
      if (o.kind === 'selectionBound' && typeof o.category === 'string') out.add(`c:${o.category}`);
      if (o.kind === 'rank' && typeof o.prefilled === 'string') out.add(`c:${o.prefilled}`);
      if (o.kind === 'index' && typeof o.index === 'string') out.add(`i:${o.index}`);
      for (const v of Object.values(o)) collect(v, out);
    }
  };
  for (const c of m.categories) {
    const out = new Set<string>();
    if (c.kind === 'territory') out.add(`c:${c.category}`);
    else collect(c.kind === 'flag' ? c.rule : c.classifier, out);
    deps.set(`c:${c.id}`, out);
  }
  for (const d of m.indices ?? []) {
    const out = new Set<string>();
    collect(d.components, out);
    deps.set(`i:${d.id}`, out);
  }
  // depth-first, iteratively: 1 on the path, 2 done
  const state = new Map<string, 1 | 2>();
  for (const start of deps.keys()) {
    if (state.has(start)) continue;
    const path: string[] = [start];
    const iters: Iterator<string>[] = [(deps.get(start) ?? new Set<string>()).values()];
    state.set(start, 1);
    while (path.length > 0) {
      const next = (iters[iters.length - 1] as Iterator<string>).next();
      if (next.done === true) {
        state.set(path.pop() as string, 2);
        iters.pop();
        continue;
      }
      const n = next.value;
      if (state.get(n) === 1) {
        const cycle = [...path.slice(path.indexOf(n)), n].map((x) => x.slice(2));
        throw new ShnorError('INVALID_OPTION', { option: 'category.cycle', value: cycle.join(' → '), expected: { ru: 'категории и индексы, которые не зависят от самих себя в том же году', en: 'categories and indices that do not depend on themselves in the same year' } });
      }
      if (state.has(n) || !deps.has(n)) continue;
      state.set(n, 1);
      path.push(n);
      iters.push((deps.get(n) as Set<string>).values());
    }
  }
}

/**
 * Checks a methodology against the data it will be applied to: every subject its rules name is
 * built in or declared by the dataset (`declaredSubjects`), every procedure is built in or
 * declared (`declaredProcedures`), and every fact they read is declared (`declaredFacts`) — so
 * that a misspelt id is an issue now, never a silent «unknown» later.
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
  const procedures = new Set<string>([...PROCEDURE_IDS, ...(dataset.declaredProcedures ?? []).map((p) => p.id)]);
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
    if (Array.isArray(o.procedures)) {
      o.procedures.forEach((p, i) => {
        if (typeof p === 'string' && !procedures.has(p)) {
          issues.push({ code: 'unknown_procedure', path: [...path, 'procedures', i], received: p, message: { ru: `процедура «${p}» не входит в каталог и не объявлена в наборе данных (declaredProcedures)`, en: `procedure "${p}" is neither in the catalogue nor declared by the dataset (declaredProcedures)` } });
        }
      });
    }
    const fact = o.kind === 'declared' || o.kind === 'status' ? o.fact : undefined;
    if (typeof fact === 'string' && !facts.has(fact)) {
      issues.push({ code: 'undeclared_fact', path: [...path, 'fact'], received: fact, message: { ru: `показатель «${fact}» не объявлен в наборе данных (declaredFacts)`, en: `fact "${fact}" is not declared by the dataset (declaredFacts)` } });
    }
    for (const k of Object.keys(o)) if (k !== 'subjects' && k !== 'procedures') stack.push({ value: o[k], path: [...path, k] });
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
