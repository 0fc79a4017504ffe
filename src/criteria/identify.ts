import { ShnorError } from '../errors/ShnorError.js';
import type { Dataset } from '../model/dataset.js';
import { type PackedResults, checkPackedResults, withPackedResults } from '../model/packResults.js';
import { type DatasetIndex, indexDataset } from './_lib/context.js';
import { type Evaluator, createEvaluator, indexValueOf } from './engine/evaluator.js';
import { newMemos } from './engine/state.js';
import type { CategoryVerdict, Identification, IdentifyOptions, PreparedDataset, SchoolVerdicts, TerritoryVerdicts } from './engine/types.js';
import { territoryOf } from './classifiers/territory.js';
import { isMissingResult, verdictOf } from './engine/verdict.js';
import type { HistoryValue } from './history.js';
import type { Category, Methodology } from './schema.js';

export type { Identification, PreparedDataset, TraceNode } from './engine/types.js';

/**
 * Indexes a dataset once for repeated identification. The dataset must not be changed afterwards.
 *
 * @param dataset - A parsed dataset.
 * @returns The prepared dataset, accepted by {@link identify} in place of the dataset.
 * @example
 * ```ts
 * const prepared = prepareDataset(dataset); // the sample: 28 schools of Режевской округ
 * const methodology = seed002Methodology();
 * [2023, 2024].map((y) => identify(methodology, prepared, y).lists['shnor'].yes.length) //=> [4, 6]
 * ```
 * @category Criteria
 */
export function prepareDataset(dataset: Dataset): PreparedDataset {
  return { kind: 'shnor.prepared-dataset', dataset, index: indexDataset(dataset) };
}

/**
 * Indexes a dataset whose results are packed columns — what `readResultColumns` (from `shnor/io`)
 * reads a national JSON Lines or CSV file into — for identification and the program year, with no
 * object per result row: the rows are indexed by school, year and procedure in one typed array, and
 * measures read the columns. Verdicts are those of {@link prepareDataset} over the same rows. The
 * prepared dataset's `dataset.results` is unpacked into objects only if something reads it.
 *
 * @param frame - The dataset without results (its schools, facts, …): `readResultColumns(…).frame.dataset`.
 * @param packed - The results, packed (`readResultColumns(…).packed`, or {@link packResults}).
 * @returns The prepared dataset, accepted wherever a dataset is.
 * @throws `ShnorError` `INVALID_OPTION` when a column of `packed` is missing or not a typed array of
 *   its kind with a value for every row — packed results of the old shape (with `stats`) are told it
 *   became `mean`, `moreStatsAt` and `moreStats`.
 * @example
 * ```ts
 * // Реж: результаты упакованы в столбцы, школы и прочее — как есть
 * const prepared = prepareColumns({ ...dataset, results: [] }, packResults(dataset.results ?? []));
 * identify(seed002Methodology(), prepared, 2024, { explain: false }).lists['shnor'].yes
 * //=> ['rezh-4', 'rezh-5', 'rezh-8', 'rezh-23', 'rezh-27', 'rezh-28']
 * ```
 * @category Criteria
 */
export function prepareColumns(frame: Dataset, packed: PackedResults): PreparedDataset {
  checkPackedResults(packed);
  return prepareDataset(withPackedResults(frame, packed));
}

/** A prepared dataset as it is, or a plain dataset prepared now. @internal */
export function preparedOf(data: Dataset | PreparedDataset): PreparedDataset {
  return 'kind' in data && data.kind === 'shnor.prepared-dataset' ? (data as PreparedDataset) : prepareDataset(data as Dataset);
}

/** The index of a prepared dataset, or a new one for a plain dataset. @internal */
export function datasetIndexOf(data: Dataset | PreparedDataset): DatasetIndex {
  return preparedOf(data).index as DatasetIndex;
}

/**
 * An identification kept open for one methodology, dataset and year: the pools are grouped, the
 * measures computed and the schools ranked once, and any school's verdicts can then be asked for,
 * with or without traces and explanations, at the cost of that school's own rules. Made by
 * {@link openIdentification}; {@link identify} is `openIdentification(…).all(options)`.
 *
 * @category Criteria
 */
export interface IdentificationSession {
  /** The methodology applied. */
  readonly methodologyId: string;
  /** The year evaluated. */
  readonly year: number;
  /**
   * Verdicts of every school of the dataset, or of `options.schools`, as {@link identify} gives them.
   *
   * @throws {@link ShnorError} `INVALID_OPTION` for a school the dataset does not have, or a rule
   *   that names an index or category the methodology does not define.
   */
  all(options?: IdentifyOptions): Identification;
  /**
   * One school's verdicts: traces and explanations on by default. After `all` without them (a
   * national run), this explains the schools a user looks at without ranking anything again.
   *
   * @throws {@link ShnorError} `INVALID_OPTION` for a school the dataset does not have.
   */
  school(schoolId: string, options?: Pick<IdentifyOptions, 'trace' | 'explain'>): SchoolVerdicts;
  /**
   * One municipality's (or region's) verdicts of the methodology's territory categories of its
   * level, traces and explanations on by default: a national run explains the territory a user opens.
   *
   * @throws {@link ShnorError} `INVALID_OPTION` for a territory with no school in the dataset.
   */
  territory(territoryId: string, options?: Pick<IdentifyOptions, 'trace' | 'explain'>): TerritoryVerdicts;
}

/**
 * Opens an identification of a dataset by a methodology for a year, for asking verdicts more than
 * once: every school without explanations, then the ones a user opens with them. Nothing is
 * computed until asked.
 *
 * @param methodology - The methodology (validated with {@link MethodologySchema}).
 * @param data - The dataset (validated with `parseDataset`), or a {@link PreparedDataset}.
 * @param year - The year to identify for.
 * @returns The session.
 * @throws {@link ShnorError} `INVALID_YEAR` when `year` is not an integer.
 * @example
 * ```ts
 * const session = openIdentification(seed002Methodology(), prepareDataset(dataset), 2024);
 * // every school without words (a national dataset: about a second), then one school with them
 * session.all({ trace: false, explain: false }).lists['shnor'].yes.length //=> 6
 * session.school('rezh-4').categories[0].explanation?.ru.split('\n')[0] //=> 'ШНОР: да'
 * ```
 * @category Criteria
 */
export function openIdentification(methodology: Methodology, data: Dataset | PreparedDataset, year: number): IdentificationSession {
  if (!Number.isInteger(year)) throw new ShnorError('INVALID_YEAR', { value: year });
  const ix = datasetIndexOf(data);
  const memos = newMemos();
  const evaluators = new Map<string, Evaluator>();
  const evaluatorFor = (trace: boolean, explain: boolean): Evaluator => {
    const key = `${trace}|${explain}`;
    let ev = evaluators.get(key);
    if (ev === undefined) {
      // without traces and texts, the year's evaluator is the one other years of the session read
      const plain = !trace && !explain;
      ev = (plain ? (memos.otherYears.get(year) as Evaluator | undefined) : undefined) ?? createEvaluator(methodology, ix, year, { trace, explain }, memos);
      if (plain) memos.otherYears.set(year, ev);
      evaluators.set(key, ev);
    }
    return ev;
  };
  const ordinalOf = (id: string): number => {
    const si = ix.ordinal.get(id);
    if (si === undefined) throw new ShnorError('INVALID_OPTION', { option: 'schools', value: id, expected: { ru: 'идентификатор школы из набора данных', en: 'ids of schools in the dataset' } });
    return si;
  };
  // a territory category judges a municipality, not a school: its verdicts are listed by territory
  const schoolCategories = methodology.categories.filter((c) => c.kind !== 'territory');
  const territoryCategories = methodology.categories.filter((c) => c.kind === 'territory');
  const verdicts = (ev: Evaluator, id: string, si: number, explain: boolean, trace: boolean): SchoolVerdicts => ({
    schoolId: id,
    categories: schoolCategories.map((c) => verdictOf(c, ev.category(c.id, si), methodology, explain, trace)),
  });
  const session: IdentificationSession = {
    methodologyId: methodology.id,
    year,
    school(schoolId, options = {}) {
      const explain = options.explain ?? true;
      const trace = options.trace ?? true;
      return verdicts(evaluatorFor(trace, explain), schoolId, ordinalOf(schoolId), explain, trace);
    },
    territory(territoryId, options = {}) {
      const explain = options.explain ?? true;
      const trace = options.trace ?? true;
      const ev = evaluatorFor(trace, explain);
      const categories: CategoryVerdict[] = [];
      for (const c of territoryCategories) {
        let si = -1;
        for (let i = 0; i < ix.schools.length && si < 0; i++) if (territoryOf(ev, i, c.level) === territoryId) si = i;
        if (si >= 0) categories.push(verdictOf(c, ev.category(c.id, si), methodology, explain, trace));
      }
      if (categories.length === 0) throw new ShnorError('INVALID_OPTION', { option: 'territoryId', value: territoryId, expected: { ru: 'муниципалитет или регион, у которого есть школы в наборе данных и который оценивает территориальная категория методики', en: 'a municipality or region with schools in the dataset, judged by a territory category of the methodology' } });
      return { territoryId, categories };
    },
    all(options = {}) {
      const explain = options.explain ?? true;
      const trace = options.trace ?? true;
      const ev = evaluatorFor(trace, explain);
      const ids = options.schools ?? ix.schools.map((s) => s.id);
      // every id is checked before any work is done; every school, each id once: its position
      const ordinals = options.schools === undefined && ix.uniqueIds ? ids.map((_, q) => q) : ids.map(ordinalOf);
      const schools: SchoolVerdicts[] = [];
      // objects without a prototype: a category or school id such as `__proto__` is an own key like any other
      const lists = Object.create(null) as Record<string, { yes: string[]; missing: string[]; notApplicable: string[] }>;
      for (const c of methodology.categories) lists[c.id] = { yes: [], missing: [], notApplicable: [] };
      for (let q = 0; q < ids.length; q++) {
        const v = verdicts(ev, ids[q] as string, ordinals[q] as number, explain, trace);
        for (const c of v.categories) {
          const list = lists[c.categoryId] as { yes: string[]; missing: string[]; notApplicable: string[] };
          if (c.outcome.status === 'value') {
            if (c.outcome.value !== false && c.outcome.value !== null) list.yes.push(v.schoolId);
          } else if (c.outcome.status === 'missing') list.missing.push(v.schoolId);
          else list.notApplicable.push(v.schoolId);
        }
        schools.push(v);
      }
      let territories: TerritoryVerdicts[] | undefined;
      if (territoryCategories.length > 0) {
        // each territory of the schools asked for, once, in the order its first school comes
        const byTerritory = new Map<string, CategoryVerdict[]>();
        for (const c of territoryCategories) {
          const list = lists[c.id] as { yes: string[]; missing: string[]; notApplicable: string[] };
          const done = new Set<string>();
          for (const si of ordinals) {
            const t = territoryOf(ev, si, c.level);
            if (done.has(t)) continue;
            done.add(t);
            const v = verdictOf(c, ev.category(c.id, si), methodology, explain, trace);
            let vs = byTerritory.get(t);
            if (vs === undefined) {
              vs = [];
              byTerritory.set(t, vs);
            }
            vs.push(v);
            if (v.outcome.status === 'value') {
              if (v.outcome.value === true) list.yes.push(t);
            } else if (v.outcome.status === 'missing') list.missing.push(t);
            else list.notApplicable.push(t);
          }
        }
        territories = [...byTerritory].map(([territoryId, categories]) => ({ territoryId, categories }));
      }
      const indices = Object.create(null) as Record<string, Record<string, number | null>>;
      for (const def of methodology.indices ?? []) {
        const values = Object.create(null) as Record<string, number | null>;
        for (let q = 0; q < ids.length; q++) {
          const v = indexValueOf(ev, def.id, ordinals[q] as number);
          values[ids[q] as string] = v.status === 'value' ? v.value : null;
        }
        indices[def.id] = values;
      }
      return { methodologyId: methodology.id, validity: { from: methodology.validFrom, to: methodology.validTo ?? null }, year, schools, ...(territories !== undefined ? { territories } : {}), indices, lists };
    },
  };
  yearsOfSession.set(session, {
    statuses(y) {
      if (!Number.isInteger(y)) throw new ShnorError('INVALID_YEAR', { value: y });
      // statuses only, every year alike (the year's own too): its own values, one evaluator per year for the session
      let ev = memos.statusYears.get(y) as Evaluator | undefined;
      if (ev === undefined) {
        ev = createEvaluator(methodology, ix, y, { statusOnly: true }, newMemos(memos.otherYears, memos));
        memos.statusYears.set(y, ev);
      }
      return { ev, schoolCategories };
    },
    forget: (y) => {
      memos.otherYears.delete(y);
      memos.statusYears.delete(y);
    },
  });
  return session;
}

/** Each session's evaluator of statuses only of any year (one map of years per session), and its release. */
const yearsOfSession = new WeakMap<IdentificationSession, { statuses(y: number): { ev: Evaluator; schoolCategories: readonly Category[] }; forget(y: number): void }>();

/**
 * Lets a session's evaluators of another year go (its values are computed again if that year is
 * asked again): a program year reads its earlier years latest first — a year is read only by the
 * same or later ones — and drops each once its statuses are taken. @internal
 */
export function forgetYear(session: IdentificationSession, y: number): void {
  if (y !== session.year) yearsOfSession.get(session)?.forget(y);
}

/**
 * One year's statuses, as a program year's history reads an earlier year: per school category, each
 * school's status as a small code into that category's values (a flag's `true` / `false`, a class
 * or `null`, `'missing'`, `'not_applicable'`) — no verdict object, outcome or list of missing
 * inputs is built. @internal
 */
export interface YearStatuses {
  readonly year: number;
  /** The schools, in the dataset's order: one array per dataset, the same for every year. */
  readonly schoolIds: readonly string[];
  /** Per school category, in the methodology's order: each school's code (by position in `schoolIds`) and what each code stands for. */
  readonly categories: readonly { readonly categoryId: string; readonly codes: Uint16Array; readonly values: readonly HistoryValue[] }[];
}

const schoolIdsOf = new WeakMap<object, readonly string[]>();

/**
 * The statuses of another year of an open identification (see {@link YearStatuses}), read through
 * the session's evaluators of every year of statuses only (a year that later years of the session
 * have read already — persistence, a category of another year — is not evaluated again): the status of each school and
 * category is the status of the verdict `identify` gives (missing exactly when it is missing, not
 * applicable exactly when it is not applicable). @internal
 */
export function statusesOfYear(session: IdentificationSession, y: number): YearStatuses {
  const of = yearsOfSession.get(session);
  if (of === undefined) throw new ShnorError('INVALID_OPTION', { option: 'session', value: session.methodologyId, expected: { ru: 'сеанс, открытый функцией «openIdentification»', en: 'a session of openIdentification' } });
  const { ev, schoolCategories } = of.statuses(y);
  const ix = ev.ix;
  let schoolIds = schoolIdsOf.get(ix);
  if (schoolIds === undefined) {
    schoolIds = Object.freeze(ix.schools.map((s) => s.id));
    schoolIdsOf.set(ix, schoolIds);
  }
  const count = schoolIds.length;
  const categories = schoolCategories.map((c) => {
    const codes = new Uint16Array(count);
    const values: HistoryValue[] = [];
    const known = new Map<HistoryValue, number>();
    const codeOf = (v: HistoryValue): number => {
      let code = known.get(v);
      if (code === undefined) {
        code = values.length;
        known.set(v, code);
        values.push(v);
      }
      return code;
    };
    // a flag's four states looked up by number, not by map: this runs for every school of every earlier year
    const flag = new Int32Array(4).fill(-1);
    const classifier = c.kind === 'classifier';
    for (let si = 0; si < count; si++) {
      const r = ev.category(c.id, si);
      let state: number;
      let v: HistoryValue;
      if (r.value === null) {
        const missing = isMissingResult(r);
        state = missing ? 2 : 3;
        v = missing ? 'missing' : 'not_applicable';
      } else if (!classifier) {
        state = r.value ? 1 : 0;
        v = r.value;
      } else {
        codes[si] = codeOf(r.cls ?? null);
        continue;
      }
      let code = flag[state] as number;
      if (code < 0) flag[state] = code = codeOf(v);
      codes[si] = code;
    }
    return { categoryId: c.id, codes, values };
  });
  return { year: y, schoolIds, categories };
}

/**
 * Identifies schools by a methodology for a year: for every school and category a verdict —
 * yes / no / a class; missing, with the missing inputs listed (never "not ШНОР" for lack of
 * data); or not applicable, with the reason — with its trace (which rule, which parameters and sources, which inputs and intermediate
 * values) and an explanation in Russian and English that a municipal officer can read.
 *
 * Size: 40 000 schools with 5 years of results (5 000 000 rows) take about 1,5–2 s with traces on
 * one core (`npm run bench`). Explanations cost about 20 KB of text per school: for a national
 * run use {@link openIdentification}, `all({ explain: false })` for everyone and `school(id)` for
 * the schools you show. Prepare the dataset once ({@link prepareDataset}) for several years.
 *
 * @param methodology - The methodology (validated with {@link MethodologySchema}).
 * @param data - The dataset (validated with `parseDataset`), or a {@link PreparedDataset}.
 * @param year - The year to identify for (the calendar year of the spring assessments).
 * @param options - Traces and explanations on or off; a subset of schools.
 * @returns The {@link Identification}: verdicts by school and category, index values, and the lists (`yes`, `missing`, `notApplicable` by category).
 * @throws {@link ShnorError} `INVALID_YEAR` when `year` is not an integer; `INVALID_OPTION` when a
 *   rule names an index or category the methodology does not define, or `schools` names a school
 *   the dataset does not have (checked before any work).
 * @example
 * ```ts
 * const result = identify(seed002Methodology(), dataset, 2024);
 * result.lists['shnor'].yes //=> ['rezh-4', 'rezh-5', 'rezh-8', 'rezh-23', 'rezh-27', 'rezh-28']
 * result.schools.find((s) => s.schoolId === 'rezh-4')?.categories[0].explanation.ru
 * //=> 'ШНОР: да\n— правило 1 или правило 2: хотя бы одно условие — выполнено (выполнено 1 из 2)\n…'
 * ```
 * @category Criteria
 */
export function identify(methodology: Methodology, data: Dataset | PreparedDataset, year: number, options: IdentifyOptions = {}): Identification {
  return openIdentification(methodology, data, year).all(options);
}
