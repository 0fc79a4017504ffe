/**
 * The procedures a dataset's rows may name: the built-in catalogue and the dataset's own
 * declarations (`declaredProcedures`), with their names for explanations and which of them mark
 * on the 2–5 scale with a «2» below the minimum. Internal.
 */
import type { Dataset } from '../../model/dataset.js';
import { PROCEDURES } from '../../model/catalogues.js';
import type { Name } from '../../model/primitives.js';
import { type MissingInput, yearSpan } from '../engine/missing.js';

/** What identification needs to know of a dataset's procedures. */
export interface ProcedureCatalogue {
  /** the procedures whose «2» counts as below the minimum */
  readonly marked: ReadonlySet<string>;
  /** the names of the declared procedures (the built-in ones are named by the catalogue) */
  readonly declared: ReadonlyMap<string, Name>;
  /** the names of the declared subjects (`declaredSubjects`) */
  readonly subjects: ReadonlyMap<string, Name>;
}

/** Built-in procedures marked on the 2–5 scale: a «2» is below the minimum threshold. */
export const BUILT_IN_MARKED: ReadonlySet<string> = new Set(['vpr', 'oge', 'gve9', 'gve11']);

/** The catalogue of a dataset without declarations. */
export const BUILT_IN_CATALOGUE: ProcedureCatalogue = { marked: BUILT_IN_MARKED, declared: new Map(), subjects: new Map() };

const memo = new WeakMap<object, ProcedureCatalogue>();

/** The procedure catalogue of a dataset (computed once per dataset). */
export function proceduresOf(dataset: Dataset): ProcedureCatalogue {
  const decls = dataset.declaredProcedures ?? [];
  const subjects = dataset.declaredSubjects ?? [];
  if (decls.length === 0 && subjects.length === 0) return BUILT_IN_CATALOGUE;
  let c = memo.get(dataset);
  if (c === undefined) {
    const marked = new Set(BUILT_IN_MARKED);
    const declared = new Map<string, Name>();
    for (const d of decls) {
      declared.set(d.id, d.name);
      if (d.scale === 'marks' && d.twoBelowMinimum !== false) marked.add(d.id);
    }
    c = { marked, declared, subjects: new Map(subjects.map((s) => [s.id, s.name])) };
    memo.set(dataset, c);
  }
  return c;
}

/** A procedure's name for a sentence: the catalogue's abbreviation («ВПР»), a declared procedure's name, or the id. */
export function procedureWord(id: string, lang: 'ru' | 'en', declared?: ReadonlyMap<string, Name>): string {
  const d = declared?.get(id);
  if (d !== undefined) return lang === 'ru' ? d.ru : (d.en ?? d.ru);
  const p = PROCEDURES.find((x) => x.id === id);
  return p === undefined ? id : p.ru;
}

/**
 * A missing input of result rows: the school, the procedures and subjects (a row's grade and the
 * field it lacks, when one row lacks a number), the years; with the names of the declared
 * procedures and subjects among them, so that a stored trace names them without its dataset.
 */
export function resultInput(who: string, procedures: readonly string[], subjects: readonly string[], from: number, to: number, procs: ProcedureCatalogue, row?: { readonly grade: number; readonly field: string }): MissingInput {
  let names: Record<string, Name> | undefined;
  if (procs.declared.size > 0 || procs.subjects.size > 0) {
    for (const p of procedures) {
      const n = procs.declared.get(p);
      if (n !== undefined) (names ??= {})[p] = n;
    }
    for (const s of subjects) {
      const n = procs.subjects.get(s);
      if (n !== undefined) (names ??= {})[s] = n;
    }
  }
  const out: { -readonly [K in keyof Extract<MissingInput, { kind: 'results' }>]: Extract<MissingInput, { kind: 'results' }>[K] } = { kind: 'results', school: who, procedures, subjects, years: yearSpan(from, to) };
  if (row !== undefined) {
    out.grade = row.grade;
    out.field = row.field;
  }
  if (names !== undefined) out.names = names;
  return out;
}
