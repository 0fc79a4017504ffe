/**
 * The procedures a dataset's rows may name: the built-in catalogue and the dataset's own
 * declarations (`declaredProcedures`), with their names for explanations and which of them mark
 * on the 2–5 scale with a «2» below the minimum. Internal.
 */
import type { Dataset } from '../../model/dataset.js';
import { PROCEDURES, SUBJECTS } from '../../model/catalogues.js';
import type { Name } from '../../model/primitives.js';

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
 * A missing-input note about result rows («sch-1: vpr/oge math 2023»). When a declared procedure is
 * among them, the note carries its words in both languages («… / … (2023)»), so that an
 * explanation names it rather than printing its id.
 */
export function resultNote(who: string, procedures: readonly string[], subjects: readonly string[], when: string, declared: ReadonlyMap<string, Name>, declaredSubjects: ReadonlyMap<string, Name> = NO_NAMES): string {
  if (!procedures.some((p) => declared.has(p)) && !subjects.some((s) => declaredSubjects.has(s))) return `${who}: ${procedures.join('/')} ${subjects.join('/')} ${when}`;
  const words = (lang: 'ru' | 'en'): string => `${procedures.map((p) => procedureWord(p, lang, declared)).join(', ')}, ${subjects.map((s) => subjectWord(s, lang, declaredSubjects)).join(', ')}`;
  return `${who}: ${words('ru')} / ${words('en')} (${when})`;
}

const NO_NAMES: ReadonlyMap<string, Name> = new Map();

/** A subject's name in a sentence («математика»), a declared subject's name, or the id. */
function subjectWord(id: string, lang: 'ru' | 'en', declared?: ReadonlyMap<string, Name>): string {
  const d = declared?.get(id);
  if (d !== undefined) return lang === 'ru' ? d.ru.toLowerCase() : (d.en ?? d.ru);
  const s = SUBJECTS.find((x) => x.id === id);
  return s === undefined ? id : lang === 'ru' ? s.ru.toLowerCase() : s.en;
}
